import { open } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { InputOutputError } from "../errors.js";
import { nameOutput, type OutputStream, outputFailed } from "../io.js";

/** An output file named on the command line: where, and what it is for messages (`report`). */
export interface OutputRequest {
  readonly path: string;
  readonly what: string;
}

/** Opens a file for writing; a bad path fails at once with `InputOutputError`. */
async function openOutput({ path, what }: OutputRequest, cwd: string): Promise<OutputStream> {
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(absolute, "w");
  } catch {
    throw new InputOutputError(
      `cannot write the ${what} to ${path}`,
      "Check that its folder exists and can be written.",
    );
  }
  const stream = handle.createWriteStream({ encoding: "utf8" });
  // Without a listener a refused write (a full disk) would crash the process; the stream
  // keeps the error, and the next writeText or closeOutput reports it.
  stream.on("error", () => undefined);
  nameOutput(stream, `the ${what} to ${path}`);
  return stream;
}

/**
 * Flushes and closes an output file, waiting until its descriptor is released. Rejects
 * with `InputOutputError` if any write to it failed, the last ones included.
 */
export function closeOutput(stream: OutputStream): Promise<void> {
  return new Promise((done, fail) => {
    const closed = (): void => {
      const error = stream.errored ?? undefined;
      if (error === undefined) done();
      else fail(outputFailed(stream, error));
    };
    if (stream.closed) {
      closed();
      return;
    }
    stream.once("close", closed);
    stream.end();
  });
}

/** Closes every output, all of them even if one fails; rejects with the first failure. */
export async function closeOutputs(streams: readonly OutputStream[]): Promise<void> {
  const results = await Promise.allSettled(streams.map(closeOutput));
  const failure = results.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failure !== undefined) throw failure.reason;
}

/**
 * Opens every output, in order, or none: when one cannot be opened, those already open are
 * closed before the error is thrown, so no file handle is left behind.
 */
export async function openOutputs(
  requests: readonly (OutputRequest | undefined)[],
  cwd: string,
): Promise<(OutputStream | undefined)[]> {
  const opened: OutputStream[] = [];
  const streams: (OutputStream | undefined)[] = [];
  try {
    for (const request of requests) {
      const stream = request === undefined ? undefined : await openOutput(request, cwd);
      if (stream !== undefined) opened.push(stream);
      streams.push(stream);
    }
  } catch (error) {
    await closeOutputs(opened).catch(() => undefined);
    throw error;
  }
  return streams;
}
