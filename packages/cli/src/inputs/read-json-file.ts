import { readFile, stat } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { errorCode, InputOutputError } from "../errors.js";
import { maxDocumentBytes } from "./read-json-documents.js";

/** What a file is, for messages: `the policy overlay`, and what to check when it cannot be read. */
export interface FileRole {
  readonly what: string;
  readonly hint?: string;
}

/**
 * A whole JSON file (up to `maxDocumentBytes`), parsed; `undefined` when it is not valid
 * JSON. Throws `InputOutputError` when it cannot be read.
 */
export async function readJsonFile(
  path: string,
  cwd: string,
  role?: FileRole,
): Promise<{ readonly value: unknown } | undefined> {
  const name = role === undefined ? path : `${role.what} ${path}`;
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  let text: string;
  try {
    if ((await stat(absolute)).size > maxDocumentBytes)
      throw new InputOutputError(`${name} is larger than ${maxDocumentBytes} bytes`, role?.hint);
    text = await readFile(absolute, "utf8");
  } catch (error) {
    if (error instanceof InputOutputError) throw error;
    throw new InputOutputError(
      `cannot read ${name}: ${errorCode(error) === "ENOENT" ? "no such file" : "it could not be opened"}`,
      role?.hint,
    );
  }
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch {
    return undefined;
  }
}
