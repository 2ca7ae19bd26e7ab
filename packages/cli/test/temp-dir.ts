import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll } from "vitest";

export interface TempDir {
  /** The folder's absolute path (available once the file's tests start). */
  readonly path: () => string;
  /** Writes a file under the folder (creating subfolders) and returns its absolute path. */
  readonly write: (name: string, content: string | Uint8Array) => string;
}

/**
 * A fresh temporary folder for the tests of one file, removed after them. The prefix holds
 * no sentinel text, so a path in the output never looks like a leaked value.
 */
export function useTempDir(): TempDir {
  let dir: string | undefined;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "cse-flags-e2e-"));
  });
  afterAll(() => {
    if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
  });
  const path = (): string => {
    if (dir === undefined) throw new Error("the temporary folder exists only while the tests run");
    return dir;
  };
  return {
    path,
    write: (name, content) => {
      const file = join(path(), name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
      return file;
    },
  };
}
