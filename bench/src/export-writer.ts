import { once } from "node:events";
import { createWriteStream } from "node:fs";
import type { SystemGenerator } from "./generators/index.js";
import { createRandom } from "./random.js";

export type ExportFormat = "csv" | "ndjson";

/** One CSV cell, quoted when it holds a comma, a quote or a line break (RFC 4180). */
export const csvCell = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;

export const csvLine = (cells: readonly string[]): string => `${cells.map(csvCell).join(",")}\n`;

/** The lines of an export of `size` rows: the header first for CSV. Same seed, same lines. */
export function* exportLines(
  generator: SystemGenerator,
  size: number,
  format: ExportFormat,
  seed: number,
): Generator<string> {
  const random = createRandom(seed);
  if (format === "csv") yield csvLine(generator.columns);
  for (let index = 0; index < size; index += 1) {
    const row = generator.row(random, index);
    yield format === "csv"
      ? csvLine(generator.columns.map((column) => row[column] ?? ""))
      : `${JSON.stringify(row)}\n`;
  }
}

/** Writes an export to `path` in chunks, waiting for the disk: a million rows never sit in memory. */
export async function writeExport(
  path: string,
  generator: SystemGenerator,
  size: number,
  format: ExportFormat,
  seed: number,
): Promise<{ readonly bytes: number }> {
  const out = createWriteStream(path);
  let chunk = "";
  let bytes = 0;
  const write = async (text: string): Promise<void> => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, "drain");
  };
  for (const line of exportLines(generator, size, format, seed)) {
    chunk += line;
    if (chunk.length >= 1 << 20) {
      await write(chunk);
      chunk = "";
    }
  }
  if (chunk !== "") await write(chunk);
  out.end();
  await once(out, "finish");
  return { bytes };
}
