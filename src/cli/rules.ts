import { register } from "node:module";
import { resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { createExtractor, defaultRules, type Rule } from "../index";

/** A --rules module that cannot be used: the command stops with a usage error. */
export class RulesModuleError extends Error {}

/**
 * A module resolution hook (Node's `module.register`): an `import "whosaid"` or `"whosaid/rules"`
 * that finds no package from the importing file (a --rules module beside which whosaid is not
 * installed, as with npx or a global install) resolves from this CLI's own file instead, which
 * Node's package self-reference maps to the CLI's own package. An installed whosaid still wins.
 */
const RESOLVE_WHOSAID_HOOK = `
let cliUrl;
export function initialize(data) { cliUrl = data.cliUrl; }
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    if (error?.code !== "ERR_MODULE_NOT_FOUND" || !/^whosaid(?:\\/|$)/.test(specifier)) throw error;
    return nextResolve(specifier, { ...context, parentURL: cliUrl });
  }
}`;

let hookRegistered = false;

/** Registers the hook once per thread (the CLI's worker threads load the rules module too). */
function resolveWhosaidFromCli(): void {
  // `register` arrived in Node 20.6; before it, a module importing whosaid gets the hint below.
  if (hookRegistered || typeof register !== "function") return;
  hookRegistered = true;
  register(`data:text/javascript,${encodeURIComponent(RESOLVE_WHOSAID_HOOK)}`, { data: { cliUrl: import.meta.url } });
}

/** Why a module that requires whosaid may not find it, and the ways out. */
const NOT_FOUND_HINT =
  "whosaid is not installed beside the rules module: write each rule as a plain object " +
  "({ id, description, apply(ctx) }, no import needed), use an ES module (.mjs), whose `import \"whosaid/rules\"` " +
  "the CLI resolves itself, or install whosaid in the module's folder";

/**
 * Loads the rules of a --rules module (ES module or CommonJS). Accepted shapes:
 * `export default [rule, ...]`, `export const rules = [...]`, a single rule as either, or a function
 * `(defaultRules) => rules` as the default export (or as `rules`). CommonJS `module.exports`
 * arrives as the default export, so `module.exports = [...]` and `module.exports = { rules }` work too.
 * A rule is a plain object or made with `defineRule`; either way its shape is checked here.
 */
export async function loadRules(path: string): Promise<readonly Rule[]> {
  const url = pathToFileURL(resolve(path)).href;
  resolveWhosaidFromCli();
  let mod: Record<string, unknown>;
  try {
    mod = (await import(url)) as Record<string, unknown>;
  } catch (error) {
    const message = (error as Error).message;
    const hint = /Cannot find (?:package|module) 'whosaid(?:\/[^']*)?'/.test(message) ? `\n${NOT_FOUND_HINT}` : "";
    throw new RulesModuleError(`cannot load rules module ${path}: ${message}${hint}`);
  }
  const exported = pick(mod);
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

/**
 * The rules export of a module namespace: `rules`, else `default`, else (CommonJS `module.exports`
 * arrives as `default`) the default export's `rules` or `default`. A list or a function of the
 * default rules is taken as it is; a single rule (an object with an `id` or `apply`) as a list of one.
 */
function pick(mod: Record<string, unknown>): unknown {
  const fallback = mod.default as Record<string, unknown> | null | undefined;
  const candidates = [mod.rules, fallback, ...(typeof fallback === "object" && fallback !== null ? [fallback.rules, fallback.default] : [])];
  for (const value of candidates) {
    if (Array.isArray(value) || typeof value === "function") return value;
    if (isSingleRule(value)) return [value];
  }
  return undefined;
}

function isSingleRule(value: unknown): boolean {
  return typeof value === "object" && value !== null && ("apply" in value || "id" in value);
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "an empty array";
  return value === null ? "null" : typeof value;
}
