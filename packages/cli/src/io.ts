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

/**
 * Writes text and waits while the stream's buffer is full, so output never piles up in
 * memory faster than the reader takes it. Rejects with `InputOutputError` when the stream
 * fails or closes first.
 */
export async function writeText(stream: Writable, text: string): Promise<void> {
  if (text.length === 0) return;
  if (stream.destroyed || stream.writableEnded) throw outputClosed();
  if (stream.write(text)) return;
  const abort = new AbortController();
  try {
    await Promise.race([
      once(stream, "drain", { signal: abort.signal }),
      once(stream, "close", { signal: abort.signal }).then(() => {
        throw outputClosed();
      }),
    ]);
  } catch (error) {
    if (error instanceof InputOutputError) throw error;
    throw errorCode(error) === "EPIPE"
      ? outputClosed()
      : new InputOutputError(
          "the output could not be written",
          "Check the disk has space and the file can be written.",
        );
  } finally {
    abort.abort();
  }
}
