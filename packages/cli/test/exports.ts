import { readFileSync } from "node:fs";
import { exampleExports } from "./run-cli.js";

export type AdapterId = keyof typeof exampleExports;

export const adapterIds = Object.keys(exampleExports) as AdapterId[];

/** A bundled example export: its header line and its rows (the examples have no multi-line cells). */
export function exportLines(adapter: AdapterId): { header: string; rows: string[] } {
  const [header, ...rows] = readFileSync(exampleExports[adapter], "utf8").split("\n");
  if (header === undefined) throw new Error(`${adapter} export is empty`);
  return { header, rows: rows.filter((row) => row !== "") };
}

/** The CSV cell for a value: quoted when it holds a comma, quote or line break. */
export const csvCell = (value: string): string =>
  /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

/**
 * A CSV with the adapter's header and one row per object: columns the object leaves out are
 * blank, and a key that is not a column is an error (so a typo cannot make a test pass).
 */
export function csvFor(adapter: AdapterId, rows: readonly Readonly<Record<string, string>>[]): string {
  const columns = exportLines(adapter).header.split(",");
  for (const row of rows)
    for (const key of Object.keys(row))
      if (!columns.includes(key)) throw new Error(`${key} is not a column of the ${adapter} export`);
  return [columns.join(","), ...rows.map((row) => columns.map((c) => csvCell(row[c] ?? "")).join(","))]
    .map((line) => `${line}\n`)
    .join("");
}

/** A reference the adapter accepts, unique per n: the example's prefix (`CR`, `CU`...) and six digits. */
const numberedRef = (example: string, n: number): string =>
  `${example.split("-")[0] ?? "X"}-${String(n).padStart(6, "0")}`;

export interface RepeatOptions {
  /** Every n-th row gets a reference the adapter rejects, so rejections are spread through the file. */
  readonly rejectEvery?: number;
}

/**
 * The example export's rows repeated `times` times, each with its own reference: a big,
 * realistic export for tests of order, threads and progress.
 */
export function repeatExport(adapter: AdapterId, times: number, options: RepeatOptions = {}): string {
  const { header, rows } = exportLines(adapter);
  const out = [header];
  let n = 0;
  for (let i = 0; i < times; i += 1) {
    for (const row of rows) {
      n += 1;
      const comma = row.indexOf(",");
      const ref =
        options.rejectEvery !== undefined && n % options.rejectEvery === 0
          ? "not a ref"
          : numberedRef(row.slice(0, comma), n);
      out.push(`${ref}${row.slice(comma)}`);
    }
  }
  return `${out.join("\n")}\n`;
}

/** The smallest crime export row the adapter maps: a child victim of a crime, with two circumstances. */
export function crimeRow(crimeRef: string): Readonly<Record<string, string>> {
  return {
    crime_ref: crimeRef,
    protective_marking: "OFFICIAL-SENSITIVE",
    recorded_date: "21/03/2026 10:00",
    committed_from: "20/03/2026 22:00",
    offence_1_ho_class: "105A",
    person_1_ref: "CHILD-A",
    person_1_role: "VIC",
    person_1_dob: "02/09/2011",
    person_1_circumstances: "XGIFT;MISS",
  };
}
