import { readFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./run-cli.js";

/** The hand-written canonical example records, by kind. */
export const exampleRecordPaths = {
  crime: join(repoRoot, "examples/records/crime-0001.json"),
  intelligence: join(repoRoot, "examples/records/intelligence-0001.json"),
  custody: join(repoRoot, "examples/records/custody-0001.json"),
  "missing-person": join(repoRoot, "examples/records/missing-person-0001.json"),
} as const;

export type RecordKindName = keyof typeof exampleRecordPaths;

/** A fresh copy of an example canonical record, to change for a test. */
export function exampleRecord(kind: RecordKindName): Record<string, unknown> {
  return JSON.parse(readFileSync(exampleRecordPaths[kind], "utf8")) as Record<string, unknown>;
}

const segments = (pointer: string): string[] =>
  pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));

function container(
  root: unknown,
  pointer: string,
): { parent: Record<string, unknown> | unknown[]; key: string } {
  const path = segments(pointer);
  const key = path.pop();
  if (key === undefined) throw new Error("cannot replace the whole document");
  let node: unknown = root;
  for (const segment of path) {
    if (typeof node !== "object" || node === null) throw new Error(`no ${pointer} in the record`);
    node = (node as Record<string, unknown>)[segment];
  }
  if (typeof node !== "object" || node === null) throw new Error(`no ${pointer} in the record`);
  return { parent: node as Record<string, unknown> | unknown[], key };
}

/** Sets the value at a JSON Pointer (the parent must exist); returns the root for chaining. */
export function setAt<T>(root: T, pointer: string, value: unknown): T {
  const { parent, key } = container(root, pointer);
  if (Array.isArray(parent)) parent[Number(key)] = value;
  else parent[key] = value;
  return root;
}

/** Removes the member at a JSON Pointer; returns the root for chaining. */
export function deleteAt<T>(root: T, pointer: string): T {
  const { parent, key } = container(root, pointer);
  if (Array.isArray(parent)) parent.splice(Number(key), 1);
  else delete parent[key];
  return root;
}

/** One JSON document per line. */
export const ndjson = (values: readonly unknown[]): string =>
  values.map((v) => `${JSON.stringify(v)}\n`).join("");

/** The non-empty lines of a JSON-lines text, parsed. */
export const jsonLines = (text: string): unknown[] =>
  text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as unknown);
