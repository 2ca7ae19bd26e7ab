/** The formats the command reads, as `--format` names them. */
export type InputFormat = "csv" | "ndjson" | "json";

export const inputFormats: readonly InputFormat[] = ["csv", "ndjson", "json"];

const byExtension: Readonly<Record<string, InputFormat>> = {
  ".csv": "csv",
  ".ndjson": "ndjson",
  ".jsonl": "ndjson",
  ".json": "json",
};

/** The format a file's extension names (`.csv`, `.ndjson`, `.jsonl`, `.json`), if any. */
export function formatFromName(name: string): InputFormat | undefined {
  const dot = name.lastIndexOf(".");
  if (dot < 0 || name.lastIndexOf("/") > dot) return undefined;
  return byExtension[name.slice(dot).toLowerCase()];
}
