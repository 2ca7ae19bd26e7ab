import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { InputOutputError } from "./errors.js";
import { nameOutput, writeText } from "./io.js";

const systemError = (code: string): Error => Object.assign(new Error(`${code}: refused`), { code });

/** A stream whose every write the system refuses, synchronously, as a file on a full disk does. */
const refusing = (code: string): Writable =>
  new Writable({
    write(_chunk, _encoding, done) {
      done(systemError(code));
    },
  });

const rejection = async (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => {
      throw new Error("expected a rejection");
    },
    (error: unknown) => error,
  );

describe("writeText", () => {
  it("writes text to a working stream", async () => {
    const chunks: string[] = [];
    const out = new Writable({
      write(chunk: Buffer, _encoding, done) {
        chunks.push(chunk.toString());
        done();
      },
    });
    await writeText(out, "a\n");
    await writeText(out, "");
    expect(chunks).toEqual(["a\n"]);
  });

  it("turns a write the disk refuses into an I/O error naming the output, not an uncaught 'error' event", async () => {
    const out = refusing("ENOSPC");
    nameOutput(out, "the report to r.xml");
    const error = await rejection(writeText(out, "x"));
    expect(error).toBeInstanceOf(InputOutputError);
    expect(error).toMatchObject({ message: "cannot write the report to r.xml", code: "ENOSPC" });
    // The stream is failed now: the next write says why, not merely that it was closed.
    await new Promise((done) => setImmediate(done));
    expect(await rejection(writeText(out, "y"))).toMatchObject({
      message: "cannot write the report to r.xml",
    });
  });

  it("calls an unnamed output 'the output'", async () => {
    expect(await rejection(writeText(refusing("EIO"), "x"))).toMatchObject({
      message: "the output could not be written",
      code: "EIO",
    });
  });

  it("calls a reader that went away a closed output (EPIPE), whether it shows at once or later", async () => {
    expect(await rejection(writeText(refusing("EPIPE"), "x"))).toMatchObject({
      message: "the output was closed before the command finished",
      code: "EPIPE",
    });
    const ended = new Writable({ write: (_chunk, _encoding, done) => done() });
    ended.end();
    expect(await rejection(writeText(ended, "x"))).toMatchObject({ code: "EPIPE" });
  });
});
