import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createExtractor, defaultRules, type Rule } from "../index";

/** A --rules module that cannot be used: the command stops with a usage error. */
export class RulesModuleError extends Error {}

/**
 * Loads the rules of a --rules module (ES module or CommonJS). Accepted shapes:
 * `export default [rule, ...]`, `export const rules = [...]`, or a function
 * `(defaultRules) => rules` as the default export (or as `rules`). CommonJS `module.exports`
 * arrives as the default export, so `module.exports = [...]` and `module.exports = { rules }` work too.
 */
export async function loadRules(path: string): Promise<readonly Rule[]> {
  const url = pathToFileURL(resolve(path)).href;
  let mod: Record<string, unknown>;
  try {
    mod = (await import(url)) as Record<string, unknown>;
  } catch (error) {
    throw new RulesModuleError(`cannot load rules module ${path}: ${(error as Error).message}`);
  }
  const exported = pick(mod) ?? pick(mod.default);
  if (exported === undefined) {
    throw new RulesModuleError(
      `rules module ${path} exports no rules: use \`export default [rule, ...]\`, \`export const rules = [...]\` or \`export default (defaultRules) => rules\``,
    );
  }
  let rules: unknown;
  try {
    rules = typeof exported === "function" ? await (exported as (d: readonly Rule[]) => unknown)(defaultRules) : exported;
  } catch (error) {
    throw new RulesModuleError(`the rules function of ${path} threw: ${(error as Error).message}`);
  }
  if (!Array.isArray(rules) || rules.length === 0) {
    throw new RulesModuleError(`rules module ${path} must give a non-empty array of rules, got ${describe(rules)}`);
  }
  try {
    createExtractor({ rules: rules as Rule[] }); // checks every rule's shape and that ids are unique
  } catch (error) {
    throw new RulesModuleError(`rules module ${path}: ${(error as Error).message}`);
  }
  return rules as Rule[];
}

/** The rules export of a module namespace (or of a CommonJS exports object), if it has one. */
function pick(value: unknown): unknown {
  if (Array.isArray(value) || typeof value === "function") return value;
  if (typeof value !== "object" || value === null) return undefined;
  const { rules, default: fallback } = value as Record<string, unknown>;
  if (Array.isArray(rules) || typeof rules === "function") return rules;
  return Array.isArray(fallback) || typeof fallback === "function" ? fallback : undefined;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an empty array";
  return value === null ? "null" : typeof value;
}
