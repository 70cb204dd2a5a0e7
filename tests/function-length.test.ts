/**
 * The quotation finder stays readable: no function in src/quotes is longer than 50 lines (a
 * decision tree grows one more branch at a time; the limit makes the next branch a new pattern
 * file instead). Lines are counted from a function's first token to its last, with the
 * TypeScript parser, so arrow functions and methods count too.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

const ROOT = join(__dirname, "..");
const LIMIT = 50;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return name.endsWith(".ts") ? [path] : [];
  });
}

/** Every function with a body longer than `limit` lines, as "name (lines)". */
function longFunctions(fileName: string, text: string, limit: number): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line;
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const lines = lineOf(node.end) - lineOf(node.getStart(source)) + 1;
      const name = node.name && ts.isIdentifier(node.name) ? node.name.text : "(anonymous)";
      if (lines > limit) found.push(`${name} (${lines})`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("function length", () => {
  it("finds a long function and passes a short one (the check itself works)", () => {
    const body = Array.from({ length: 60 }, (_, k) => `  const x${k} = ${k};`).join("\n");
    expect(longFunctions("a.ts", `function tree() {\n${body}\n}\nconst f = () => 1;`, LIMIT)).toEqual(["tree (62)"]);
    expect(longFunctions("b.ts", `const g = (a: number) => {\n  return a;\n};`, LIMIT)).toEqual([]);
  });

  it(`no function in src/quotes is longer than ${LIMIT} lines`, () => {
    const long = sourceFiles(join(ROOT, "src/quotes")).flatMap((file) =>
      longFunctions(file, readFileSync(file, "utf8"), LIMIT).map((what) => `${relative(ROOT, file)}: ${what}`),
    );
    expect(long).toEqual([]);
  });
});
