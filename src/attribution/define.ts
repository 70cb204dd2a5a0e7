import { WhosaidError } from "../errors";
import type { Rule } from "./types";

const RULE_ID = /^[a-z0-9]+(?:[-:.][a-z0-9]+)*$/;

/** Checks a rule's shape once, when it is defined, so mistakes surface before any text is read. */
export function defineRule(rule: Rule): Rule {
  if (typeof rule !== "object" || rule === null) throw new WhosaidError("INVALID_OPTION", "A rule must be an object");
  if (typeof rule.id !== "string" || !RULE_ID.test(rule.id)) {
    throw new WhosaidError("INVALID_OPTION", `Rule id ${JSON.stringify(rule.id)} must be kebab-case, e.g. "house-tweeted"`);
  }
  if (typeof rule.description !== "string" || !rule.description.trim()) {
    throw new WhosaidError("INVALID_OPTION", `Rule "${rule.id}" needs a one-line description`);
  }
  if (typeof rule.apply !== "function") throw new WhosaidError("INVALID_OPTION", `Rule "${rule.id}" needs an apply(context) function`);
  return Object.freeze({ ...rule });
}
