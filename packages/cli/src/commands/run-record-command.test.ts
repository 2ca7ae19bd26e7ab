import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Readable } from "node:stream";
import { pathToFileURL } from "node:url";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { collector } from "../../test/collector.js";
import { run } from "../cli.js";
import type { CliIo } from "../io.js";

const sentinel = "SENTINEL-CHILD-A-9001";
const validRecord = JSON.stringify(
  JSON.parse(readFileSync(new URL("../../../../examples/records/crime-0001.json", import.meta.url), "utf8")),
);
const crimeCsv = new URL("../../../../examples/consistent-flagging/exports/crime.csv", import.meta.url)
  .pathname;

// Spools (JUnit) go to os.tmpdir(), which follows TMPDIR: a folder of our own shows what a run leaves behind.
let dir = "";
let spools = "";
let savedTmpdir: string | undefined;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "run-record-command-test-"));
  spools = join(dir, "spools");
  savedTmpdir = process.env.TMPDIR;
  process.env.TMPDIR = mkdtempSync(`${spools}-`);
  spools = process.env.TMPDIR;
});
afterEach(() => {
  expect(readdirSync(spools)).toEqual([]);
});
afterAll(() => {
  if (savedTmpdir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmpdir;
  rmSync(dir, { recursive: true, force: true });
});

/** Runs the command line in process; stdin is empty unless given. */
async function cli(
  argv: readonly string[],
  stdin: Readable = new PassThrough().end(),
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = collector();
  const stderr = collector();
  const io: CliIo = { stdin, stdout: stdout.out, stderr: stderr.out, cwd: dir, env: {} };
  const code = await run(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

// Linux shows a process's open descriptors here; it is how a leaked file handle is seen.
const descriptors = "/proc/self/fd";
const openDescriptors = (): number => readdirSync(descriptors).length;

describe("runRecordCommand: failures are clean", () => {
  it("exits 2 when an input fails while it is read (an I/O error), after counting what was read", async () => {
    const stdin = Readable.from(
      (async function* () {
        yield Buffer.from(`${validRecord}\n{"ref":"${sentinel}"`);
        throw Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" });
      })(),
    );
    const result = await cli(["validate", "--format", "ndjson", "-"], stdin);
    expect(result.code).toBe(2);
    expect(result.stdout).toContain("<stdin>: stopped reading: input_failed");
    expect(result.stderr).toBe(
      "cse-flags validate: read 1, ok 1, rejected 0 (1 file)\n" +
        "  <stdin>: stopped after 1 record(s) (input_failed); the rest was not read\n" +
        "cse-flags validate: error: cannot read <stdin> to its end: the input stream failed\n" +
        "  Check that the file can be read (its permissions, the disk) and run the command again.\n",
    );
    expect(result.stdout + result.stderr).not.toContain(sentinel);
  });

  it("still exits 1 for a file that stops on bytes that are not UTF-8: a finding, not an I/O error", async () => {
    writeFileSync(
      join(dir, "latin1.ndjson"),
      Buffer.concat([Buffer.from(`${validRecord}\n{"a":"`), Buffer.from([0xe9, 0x22, 0x7d, 0x0a])]),
    );
    const result = await cli(["validate", "latin1.ndjson"]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("latin1.ndjson: stopped after 1 record(s) (invalid_utf8)");
  });

  it("opens no output when the worker threads cannot start: no report emptied, no temporary file", async () => {
    // A valid adapter on the main thread that cannot be loaded in a worker thread.
    const crime = pathToFileURL(createRequire(import.meta.url).resolve("@cse-flags/adapter-crime")).href;
    const module = join(dir, "main-thread-only.mjs");
    writeFileSync(
      module,
      `import { isMainThread } from "node:worker_threads";
import crime from ${JSON.stringify(crime)};
if (!isMainThread) throw new Error(${JSON.stringify(sentinel)});
export default (options) => crime.createCrimeAdapter(options);\n`,
    );
    writeFileSync(join(dir, "old-report.xml"), "an earlier report\n");
    const result = await cli([
      "validate",
      "--adapter",
      module,
      "--force",
      "example-force",
      "--jobs",
      "2",
      "--output",
      "junit",
      "--report",
      "old-report.xml",
      crimeCsv,
    ]);
    expect(result.code).toBe(2);
    expect(readFileSync(join(dir, "old-report.xml"), "utf8")).toBe("an earlier report\n");
    expect(result.stderr).not.toContain(sentinel);
  }, 30_000);

  it.runIf(existsSync(descriptors))(
    "leaves no file open when a later output cannot be opened, or a run fails part way",
    async () => {
      const before = openDescriptors();
      const unopenable = await cli([
        "map",
        "--adapter",
        "crime",
        "--force",
        "example-force",
        "--report",
        "report.txt",
        "--rejects",
        join("no-such-folder", "rejects.ndjson"),
        crimeCsv,
      ]);
      expect(unopenable.code).toBe(2);
      expect(unopenable.stderr).toContain("cannot write the rejects to");
      expect(openDescriptors()).toBe(before);

      if (!existsSync("/dev/full")) return;
      // The report fails part way (a full disk): the rejects file, open too, must still be closed.
      const failed = await cli([
        "map",
        "--adapter",
        "crime",
        "--force",
        "example-force",
        "--output",
        "json",
        "--report",
        "/dev/full",
        "--rejects",
        "rejects.ndjson",
        crimeCsv,
      ]);
      expect(failed.code).toBe(2);
      expect(openDescriptors()).toBe(before);
    },
  );

  it.runIf(existsSync("/dev/full"))(
    "reports a report the disk will not take as an I/O error, exit 2, never a crash, and leaves no spool",
    async () => {
      for (const output of ["junit", "json", "text"]) {
        const result = await cli([
          "validate",
          "--adapter",
          "crime",
          "--force",
          "example-force",
          "--output",
          output,
          "--report",
          "/dev/full",
          crimeCsv,
          crimeCsv,
        ]);
        // A text report of valid records is empty: nothing to refuse.
        if (output === "text") {
          expect(result.code).toBe(0);
          continue;
        }
        expect(result).toMatchObject({ code: 2, stdout: "" });
        expect(result.stderr).toContain("cse-flags validate: error: cannot write the report to /dev/full\n");
        expect(result.stderr).not.toContain("internal error");
      }
    },
  );
});
