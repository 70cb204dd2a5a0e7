import { WhosaidError } from "../errors";
import type { Rule } from "./types";

const RULE_ID = /^[a-z0-9]+(?:[-:.][a-z0-9]+)*$/;
const QUOTE_TYPES = new Set(["direct", "partial", "indirect"]);

/**
 * Throws an INVALID_OPTION WhosaidError naming the rule if it is not a well-formed rule. Used by
 * `defineRule` and again by `createExtractor`, for rules written as plain objects.
 */
export function assertRule(rule: unknown, position?: number): asserts rule is Rule {
  const where = position === undefined ? "" : ` (rules[${position}])`;
  if (typeof rule !== "object" || rule === null) {
    throw new WhosaidError("INVALID_OPTION", `A rule must be an object, got ${rule === null ? "null" : typeof rule}${where}`);
  }
  const { id, description, apply, types } = rule as Partial<Rule>;
  if (typeof id !== "string" || !RULE_ID.test(id)) {
    throw new WhosaidError("INVALID_OPTION", `Rule id ${JSON.stringify(id)}${where} must be kebab-case, e.g. "house-tweeted"`);
  }
  if (typeof description !== "string" || !description.trim() || /[\r\n]/.test(description.trim())) {
    throw new WhosaidError("INVALID_OPTION", `Rule "${id}" needs a one-line description`);
  }
  if (typeof apply !== "function") throw new WhosaidError("INVALID_OPTION", `Rule "${id}" needs an apply(context) function`);
  if (types !== undefined && (!Array.isArray(types) || !types.every((t) => QUOTE_TYPES.has(t)))) {
    throw new WhosaidError("INVALID_OPTION", `Rule "${id}" has types ${JSON.stringify(types)}; use "direct", "partial" and "indirect"`);
  }
}

/**
 * Checks a rule's shape once, when it is defined, so mistakes surface before any text is read, and
 * returns it frozen. Every built-in rule is made this way.
 */
export function defineRule(rule: Rule): Rule {
  assertRule(rule);
  return Object.freeze({ ...rule, ...(rule.types ? { types: Object.freeze([...rule.types]) } : {}) });
}
