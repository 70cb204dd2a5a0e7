import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(__dirname, "../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.[cm]?[jt]s$/.test(name) ? [path] : [];
  });
}

/** Built-in objects whose properties, or prototypes' properties, are everyone's. */
const GLOBALS = "globalThis|window|self|global|JSON|Math|Object|Array|String|Number|Boolean|Symbol|Promise|Date|RegExp|" +
  "Map|Set|WeakMap|WeakSet|Error|Function|Reflect|Intl|console|process|Buffer|Uint8Array|Uint32Array|Int32Array|atob|btoa";
/** An assignment (=, op=, ++/--, delete, defineProperty...) to a property of a built-in. */
const PATCH = new RegExp(
  String.raw`(?<![\w$.])(?:${GLOBALS})(?:\.prototype)?(?:\.[\w$]+|\[[^\]]+\])+\s*(?:[-+*/%&|^]|\*\*|<<|>>>?|&&|\|\||\?\?)?=(?!=)` +
    String.raw`|\bdelete\s+(?:${GLOBALS})[.[]` +
    String.raw`|\b(?:Object|Reflect)\.(?:defineProperty|defineProperties|setPrototypeOf|assign)\(\s*(?:${GLOBALS})\b` +
    String.raw`|\.__proto__\s*=(?!=)`,
  "g",
);

/** Settings a program is meant to make: the CLI's exit code. */
const ALLOWED = /\bprocess\.exitCode\s*=/g;

describe("src/ patches no globals", () => {
  it("finds patches in a sample of patching code (the check itself works)", () => {
    const patches = [
      "JSON.stringify = fake;", "globalThis.x = 1;", "Object.prototype.y = 2;", "Array.prototype['z'] ||= f;",
      "delete JSON.parse;", "Object.defineProperty(globalThis, 'a', {});", "window.name = 'n';", "x.__proto__ = p;",
    ];
    for (const line of patches) expect(line.match(PATCH), line).not.toBeNull();
    const fine = ["process.exitCode = 2;", "const s = JSON.stringify(value);", "if (Object.keys(a) === b) {}", "table[key] = position;", "const y = Math.max(1, 2) == 3;"];
    for (const line of fine) expect(line.replace(ALLOWED, "").match(PATCH), line).toBeNull();
  });

  it.each(sourceFiles(SRC).map((path) => [path.slice(SRC.length + 1), path]))("%s assigns to no global", (_name, path) => {
    expect(readFileSync(path, "utf8").replace(ALLOWED, "").match(PATCH)).toBeNull();
  });
});
