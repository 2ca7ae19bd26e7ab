import { describe, expect, it } from "vitest";
import { repeatExport } from "./exports.js";
import { reconciliationOf } from "./reconciliation.js";
import { runCli } from "./run-cli.js";
import { useTempDir } from "./temp-dir.js";
import { hasScript, runInTerminal } from "./terminal.js";

// The progress bar is for people at a terminal: in CI logs and pipes it would be noise.

const temp = useTempDir();
/** What the progress line is drawn with: a carriage return, then "erase the line". */
const clearLine = "\r\u001b[2K";
const esc = "\u001b";
/** A carriage return not ending a line (a pseudo-terminal turns "\n" into "\r\n"). */
const bareReturn = /\r(?!\n)/;
const flag = (file: string) => ["flag", "--adapter", "crime", "--force", "example-force", file];
const bigExport = () => temp.write("crime-3000.csv", repeatExport("crime", 600));

describe("progress", () => {
  it("is never drawn when stderr is not a terminal", async () => {
    const run = await runCli(flag(bigExport()));
    expect(run.code).toBe(0);
    expect(run.stderr).not.toContain(esc);
    expect(run.stderr).not.toMatch(bareReturn);
    expect(run.stderr).toBe(
      `cse-flags flag: read 3,000, ok 3,000, rejected 0 (1 file); markers proposed for 2,400\n`,
    );
  });

  describe.skipIf(!hasScript)("on a terminal (util-linux script; skipped when it is not installed)", () => {
    it("draws a progress line with the file and a record count, then clears it before the counts", async () => {
      const run = await runInTerminal(flag("crime-3000.csv"), { cwd: temp.path(), columns: 120 });
      expect(run.code).toBe(0);
      const drawn = run.terminal.split(clearLine).slice(1);
      expect(drawn.some((line) => /^\[[#-]{24}\] +\d+% crime-3000\.csv: [\d,]+ records$/.test(line))).toBe(
        true,
      );
      // The line is cleared before the reconciliation line is written.
      const afterLastClear = drawn.at(-1) ?? "";
      expect(afterLastClear).toMatch(/^cse-flags flag: read 3,000, /);
      expect(reconciliationOf(afterLastClear.replace(/\r/g, ""))).toMatchObject({ read: 3000, ok: 3000 });
    });

    it("--no-progress draws nothing", async () => {
      const run = await runInTerminal([...flag("crime-3000.csv"), "--no-progress"], {
        cwd: temp.path(),
        columns: 120,
      });
      expect(run.code).toBe(0);
      expect(run.terminal).not.toContain(esc);
      expect(run.terminal).not.toMatch(bareReturn);
      expect(run.terminal).toMatch(/^cse-flags flag: read 3,000, /);
    });

    it("still shows the count on a terminal that reports no width", async () => {
      // `script` without `stty cols` gives a width of 0, as some CI pseudo-terminals do.
      const run = await runInTerminal(flag("crime-3000.csv"), { cwd: temp.path() });
      expect(run.code).toBe(0);
      expect(run.terminal).toMatch(/crime-3000\.csv: [\d,]+ records/);
    });
  });
});
