import { realpath } from "node:fs/promises";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { UsageError } from "../errors.js";
import type { InputFile } from "../inputs/input-file.js";

/** An output file named on the command line, and the option that named it. */
export interface NamedOutput {
  readonly path: string;
  readonly option: string;
}

/** The path with links resolved, for a file that may not exist yet. */
async function canonicalPath(path: string): Promise<string> {
  try {
    return await realpath(path);
  } catch {
    try {
      return join(await realpath(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

/**
 * Refuses outputs that would overwrite an input (opening it for writing empties it before
 * it is read: a lost export) or each other. Links are followed, so `./a.csv` and a
 * symbolic link to it are the same file.
 */
export async function checkOutputsApart(
  outputs: readonly NamedOutput[],
  inputs: readonly InputFile[],
  cwd: string,
): Promise<void> {
  const inputPaths = new Map<string, string>();
  for (const input of inputs)
    if (input.path !== undefined) inputPaths.set(await canonicalPath(input.path), input.name);
  const seen = new Map<string, string>();
  for (const { path, option } of outputs) {
    const real = await canonicalPath(isAbsolute(path) ? path : resolve(cwd, path));
    const input = inputPaths.get(real);
    if (input !== undefined)
      throw new UsageError(
        `${option} ${path} is also an input file: writing it would destroy ${input}`,
        `Write to another file.`,
      );
    const other = seen.get(real);
    if (other !== undefined)
      throw new UsageError(`${option} and ${other} name the same file, ${path}`, "Give each its own file.");
    seen.set(real, option);
  }
}
