import { once } from "node:events";
import type { Readable, Writable } from "node:stream";
import { errorCode, InputOutputError } from "./errors.js";

/** A writable stream the command prints to, with the terminal facts it needs. */
export type OutputStream = Writable & { readonly isTTY?: boolean; readonly columns?: number };

/**
 * Everything the command touches outside itself, so tests and embedders can run it in
 * process. `bin.ts` passes the real process streams.
 */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Relative paths on the command line are resolved against it. */
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
}

/** The reader of an output went away (`| head`, a closed pipe): not a bug, but the job is unfinished. */
export const outputClosed = (): InputOutputError =>
  new InputOutputError("the output was closed before the command finished", undefined, "EPIPE");

// What each output file is, for messages ("the report (r.xml)"); stdout and stderr have none.
const outputNames = new WeakMap<Writable, string>();

/** Names an output for the message `writeText` gives when it cannot be written. */
export function nameOutput(stream: Writable, name: string): void {
  outputNames.set(stream, name);
}

/** The error for a stream that failed: a closed reader, or a write the system refused (a full disk). */
export function outputFailed(stream: Writable, error: unknown): InputOutputError {
  if (errorCode(error) === "EPIPE") return outputClosed();
  const name = outputNames.get(stream);
  return new InputOutputError(
    name === undefined ? "the output could not be written" : `cannot write ${name}`,
    "Check the disk has space and the file can be written.",
    errorCode(error),
  );
}

/** The error a stream failed with, if it did (`errored`, which streams not made by Node may lack). */
const errorOf = (stream: Writable): Error | undefined => stream.errored ?? undefined;

/**
 * Writes text and waits while the stream's buffer is full, so output never piles up in
 * memory faster than the reader takes it. Rejects with `InputOutputError` when the stream
 * fails or closes first.
 */
export async function writeText(stream: Writable, text: string): Promise<void> {
  if (text.length === 0) return;
  // A stream that already failed (a write the disk refused) is destroyed: say why, not just "closed".
  const failed = errorOf(stream);
  if (failed !== undefined) throw outputFailed(stream, failed);
  if (stream.destroyed || stream.writableEnded) throw outputClosed();
  if (stream.write(text)) return;
  const abort = new AbortController();
  try {
    await Promise.race([
      once(stream, "drain", { signal: abort.signal }),
      once(stream, "close", { signal: abort.signal }).then(() => {
        const error = errorOf(stream);
        throw error === undefined ? outputClosed() : outputFailed(stream, error);
      }),
    ]);
  } catch (error) {
    if (error instanceof InputOutputError) throw error;
    throw outputFailed(stream, error);
  } finally {
    abort.abort();
  }
}
