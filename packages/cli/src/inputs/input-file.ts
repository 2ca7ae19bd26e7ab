import { constants, createReadStream } from "node:fs";
import { access, stat } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { errorCode, InputOutputError, UsageError } from "../errors.js";
import type { CliIo } from "../io.js";

/** One input named on the command line. */
export interface InputFile {
  /** As reports show it: the path as given (without a leading `./`), or `<stdin>` for `-`. */
  readonly name: string;
  /** Absolute path; absent for stdin. */
  readonly path?: string;
  /** Size in bytes, for the progress bar; absent for stdin. */
  readonly size?: number;
}

export const stdinName = "<stdin>";

const displayName = (given: string): string => (given.startsWith("./") ? given.slice(2) : given);

/**
 * Checks every input before any is read, so a mistyped path fails at once with exit code 2
 * rather than after an hour of work: each must exist, be readable and not be a folder; `-`
 * (stdin) at most once.
 */
export async function checkInputFiles(given: readonly string[], io: CliIo): Promise<InputFile[]> {
  if (given.filter((name) => name === "-").length > 1)
    throw new UsageError("stdin (-) can be read only once", "Name it once, or save it to a file first.");
  const files: InputFile[] = [];
  for (const name of given) {
    if (name === "-") {
      files.push({ name: stdinName });
      continue;
    }
    const path = isAbsolute(name) ? name : resolve(io.cwd, name);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(path);
      // stat needs no read permission on the file itself: ask, so an unreadable file fails now, not mid-run.
      if (!info.isDirectory()) await access(path, constants.R_OK);
    } catch (error) {
      const code = errorCode(error);
      throw new InputOutputError(
        `cannot read ${displayName(name)}: ${code === "ENOENT" ? "no such file" : code === "EACCES" ? "permission denied" : "it could not be opened"}`,
        code === "ENOENT" ? "Check the path; relative paths start from the current directory." : undefined,
      );
    }
    if (info.isDirectory())
      throw new UsageError(
        `${displayName(name)} is a directory`,
        `Name the files in it instead, e.g. ${displayName(name).replace(/\/$/, "")}/*.csv`,
      );
    files.push({ name: displayName(name), path, size: info.size });
  }
  return files;
}

/**
 * The file's bytes as a stream, calling `onBytes` with each chunk's size (for progress).
 * Read errors surface as the stream failing, which the readers report as `input_failed`.
 */
export async function* inputBytes(
  file: InputFile,
  io: CliIo,
  onBytes: (count: number) => void = () => undefined,
): AsyncGenerator<Uint8Array> {
  const stream =
    file.path === undefined ? io.stdin : createReadStream(file.path, { highWaterMark: 256 * 1024 });
  for await (const chunk of stream as AsyncIterable<unknown>) {
    // An embedder's stdin may be an object stream: anything but text or bytes fails the read (input_failed).
    if (typeof chunk !== "string" && !(chunk instanceof Uint8Array))
      throw new InputOutputError("the input gave something that is neither text nor bytes");
    const bytes = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    onBytes(bytes.byteLength);
    yield bytes;
  }
}

/**
 * Keeps a stdin that fails before its turn to be read (it is not the first file) from
 * crashing the process with an unheard 'error' event; its reader still meets the error
 * when it gets there. Returns the function that lets go.
 */
export function holdStdinErrors(io: CliIo): () => void {
  const hold = (): void => undefined;
  io.stdin.on("error", hold);
  return () => {
    io.stdin.off("error", hold);
  };
}
