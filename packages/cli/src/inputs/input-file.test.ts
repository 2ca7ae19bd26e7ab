import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { access } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough, Writable } from "node:stream";
import fc from "fast-check";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { InputOutputError, UsageError } from "../errors.js";
import type { CliIo } from "../io.js";
import { checkInputFiles, stdinName } from "./input-file.js";

// Tests run as any user, root included, for whom no file is unreadable: a refused access is simulated.
vi.mock("node:fs/promises", async (importOriginal) => {
  const actual = await importOriginal<typeof import("node:fs/promises")>();
  return { ...actual, access: vi.fn(actual.access) };
});

let dir = "";
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "input-file-test-"));
  writeFileSync(join(dir, "a.ndjson"), "{}\n");
  mkdirSync(join(dir, "exports"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => vi.mocked(access).mockClear());

const sink = (): Writable => new Writable({ write: (_chunk, _encoding, done) => done() });
const io = (): CliIo => ({ stdin: new PassThrough(), stdout: sink(), stderr: sink(), cwd: dir, env: {} });

const failure = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error("expected a failure");
    },
    (error: unknown) => error,
  );

describe("checkInputFiles", () => {
  it("describes each file by the name given (without ./), its path and size; stdin by <stdin>", async () => {
    expect(await checkInputFiles(["./a.ndjson", "-"], io())).toEqual([
      { name: "a.ndjson", path: join(dir, "a.ndjson"), size: 3 },
      { name: stdinName },
    ]);
  });

  it("refuses a file it may not read at once, exit 2, rather than stopping part way through the run", async () => {
    vi.mocked(access).mockRejectedValueOnce(Object.assign(new Error("EACCES: denied"), { code: "EACCES" }));
    const error = await failure(checkInputFiles(["a.ndjson"], io()));
    expect(error).toBeInstanceOf(InputOutputError);
    expect(error).toMatchObject({ message: "cannot read a.ndjson: permission denied" });
  });

  it("refuses a missing file, a folder and stdin twice", async () => {
    expect(await failure(checkInputFiles(["missing.csv"], io()))).toMatchObject({
      message: "cannot read missing.csv: no such file",
    });
    const folder = await failure(checkInputFiles(["exports/"], io()));
    expect(folder).toBeInstanceOf(UsageError);
    expect(folder).toMatchObject({
      message: "exports/ is a directory",
      hint: expect.stringContaining("exports/*.csv"),
    });
    expect(await failure(checkInputFiles(["-", "a.ndjson", "-"], io()))).toBeInstanceOf(UsageError);
  });

  it("names a missing file as given and says nothing else about it, whatever it is called", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.stringMatching(/^[A-Za-z0-9 _.-]{1,40}$/).filter((name) => name !== "-" && !name.startsWith(".")),
        async (name) => {
          const given = `missing-${name}`;
          const error = await failure(checkInputFiles([given], io()));
          expect(error).toBeInstanceOf(InputOutputError);
          expect((error as InputOutputError).message).toBe(`cannot read ${given}: no such file`);
        },
      ),
      { numRuns: 50 },
    );
  });
});
