import { readFile, stat } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { errorCode, InputOutputError } from "../errors.js";
import { maxDocumentBytes } from "../inputs/read-json-documents.js";

/** A whole JSON file, parsed; `undefined` when it is not valid JSON. Throws `InputOutputError` when it cannot be read. */
export async function readJsonFile(
  path: string,
  cwd: string,
): Promise<{ readonly value: unknown } | undefined> {
  const absolute = isAbsolute(path) ? path : resolve(cwd, path);
  let text: string;
  try {
    if ((await stat(absolute)).size > maxDocumentBytes)
      throw new InputOutputError(`${path} is larger than ${maxDocumentBytes} bytes`);
    text = await readFile(absolute, "utf8");
  } catch (error) {
    if (error instanceof InputOutputError) throw error;
    throw new InputOutputError(
      `cannot read ${path}: ${errorCode(error) === "ENOENT" ? "no such file" : "it could not be opened"}`,
    );
  }
  try {
    return { value: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown };
  } catch {
    return undefined;
  }
}
