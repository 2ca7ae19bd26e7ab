import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { InputOutputError } from "../errors.js";
import { Spool } from "./spool.js";

// Spools go to os.tmpdir(), which follows TMPDIR: a folder of our own shows what is left behind.
let root = "";
let saved: string | undefined;
beforeAll(() => {
  saved = process.env.TMPDIR;
  root = mkdtempSync(join(tmpdir(), "spool-test-"));
  process.env.TMPDIR = root;
});
afterEach(() => {
  process.env.TMPDIR = root;
  expect(readdirSync(root)).toEqual([]);
});
afterAll(() => {
  if (saved === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = saved;
  rmSync(root, { recursive: true, force: true });
});

async function drained(spool: Spool): Promise<string> {
  let text = "";
  for await (const chunk of spool.drain()) text += chunk;
  return text;
}

describe("Spool", () => {
  it("gives back what was written, in order, past its buffer, and removes itself", async () => {
    const spool = new Spool();
    const lines = Array.from({ length: 5_000 }, (_, i) => `<testcase name="line ${i}"/>\n`);
    for (const line of lines) spool.write(line);
    expect(readdirSync(root)).toHaveLength(1);
    expect(await drained(spool)).toBe(lines.join(""));
  });

  it("removes itself when the reader stops early, and when discarded (more than once)", async () => {
    const early = new Spool();
    early.write("a".repeat(200_000));
    for await (const _chunk of early.drain()) break;
    const discarded = new Spool();
    discarded.write("b");
    discarded.discard();
    discarded.discard();
  });

  it("fails with an I/O error that says where, not a crash, when no temporary file can be made", () => {
    process.env.TMPDIR = join(root, "no-such-folder");
    let failure: unknown;
    try {
      new Spool();
    } catch (error) {
      failure = error;
    }
    expect(failure).toBeInstanceOf(InputOutputError);
    expect(failure).toMatchObject({
      message: `cannot write a temporary file for the report in ${join(root, "no-such-folder")}`,
    });
  });
});
