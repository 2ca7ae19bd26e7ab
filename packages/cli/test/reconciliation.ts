import { expect } from "vitest";
import type { CliRun } from "./run-cli.js";

/** The reconciliation line's numbers. */
export interface Reconciliation {
  readonly command: string;
  readonly read: number;
  readonly ok: number;
  readonly rejected: number;
  readonly files: number;
  /** `flag` only: records with a proposal. */
  readonly flagged?: number;
}

const line =
  /^cse-flags (validate|map|flag): read ([\d,]+), ok ([\d,]+), rejected ([\d,]+) \((\d+) files?\)(?:; markers proposed for ([\d,]+))?$/gm;

const number = (text: string): number => Number(text.replace(/,/g, ""));

/** The one reconciliation line in stderr, parsed; fails the test when there is none or more than one. */
export function reconciliationOf(stderr: string): Reconciliation {
  const found = [...stderr.matchAll(line)];
  expect(found, `one reconciliation line in stderr:\n${stderr}`).toHaveLength(1);
  const [, command = "", read = "", ok = "", rejected = "", files = "", flagged] =
    found[0] as RegExpMatchArray;
  return {
    command,
    read: number(read),
    ok: number(ok),
    rejected: number(rejected),
    files: Number(files),
    ...(flagged === undefined ? {} : { flagged: number(flagged) }),
  };
}

/**
 * A usage or I/O mistake: exit code 2, nothing on stdout, and on stderr an error line naming
 * the command followed by an indented hint that says what to do instead.
 */
export function expectUsageError(run: CliRun, message: RegExp, hint?: RegExp): void {
  expect(run.signal).toBeNull();
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe("");
  const [first = "", second = ""] = run.stderr.split("\n");
  expect(first).toMatch(/^cse-flags(?: [a-z]+(?: [a-z]+)?)?: error: /);
  expect(first).toMatch(message);
  expect(second, "a hint line").toMatch(/^ {2}\S/);
  if (hint !== undefined) expect(second).toMatch(hint);
  expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
}
