/**
 * docs/newsroom-loop.md's commands on examples/newsroom, as written there: the house rule fixes the
 * parenthesised speaker, the lexicon trained on train.jsonl finds the "underlined that" quote, and
 * the outputs the page shows are the commands' own.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { SpeakerChange } from "../../src/eval";
import { runTrainCommand } from "../../scripts/train-command";
import { whosaid } from "../cli/helpers";

const tmp = mkdtempSync(join(tmpdir(), "whosaid-newsroom-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const LEARNED = join(tmp, "newsroom-learned.json");
/** The ```text blocks of the page, in order. */
const SHOWN = [...readFileSync("docs/newsroom-loop.md", "utf8").matchAll(/```text\n([\s\S]*?)```/g)].map((m) => m[1]!);

async function changes(args: string[]): Promise<Array<[string, string, string | null, string | null]>> {
  const run = await whosaid(["eval", "--gold", "examples/newsroom/gold.jsonl", "--compare", "--format", "json", ...args]);
  expect([run.code, run.stderr]).toEqual([0, ""]);
  return (JSON.parse(run.stdout).changes as SpeakerChange[]).map((c) => [c.docId, c.verdict, c.before.speaker, c.after.speaker]);
}

async function text(args: string[]): Promise<string> {
  return (await whosaid(["eval", "--gold", "examples/newsroom/gold.jsonl", "--compare", ...args])).stdout;
}

describe("the newsroom loop example", () => {
  it("--compare --rules examples/cli-rules.mjs: the parenthesised speaker is fixed, nothing broken", async () => {
    expect(await changes(["--rules", "examples/cli-rules.mjs"])).toEqual([["market-square", "fixed", null, "Ruth Ambler"]]);
    expect(SHOWN).toHaveLength(2);
    expect(await text(["--rules", "examples/cli-rules.mjs"])).toContain(SHOWN[0]);
  });

  it("npm run train -- --data examples/newsroom/train.jsonl learns the house cue; --compare --learned finds its quote", async () => {
    const err: string[] = [];
    const status = runTrainCommand(["--data", "examples/newsroom/train.jsonl", "--out", LEARNED, "--quiet"], { root: resolve("."), log: () => undefined, error: (m) => err.push(m) });
    expect([status, err]).toEqual([0, []]);
    expect(Object.keys(JSON.parse(readFileSync(LEARNED, "utf8")).cues)).toEqual(["underlined"]);
    expect(await changes(["--learned", LEARNED])).toEqual([["bridge-repairs", "fixed", null, "Owen Pike"]]);
    expect(await text(["--learned", LEARNED])).toContain(SHOWN[1]);
  });
});
