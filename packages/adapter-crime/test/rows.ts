import { mapSourceRecord } from "@cse-flags/adapter-kit";
import {
  type CrimeAdapter,
  type CrimeExportRow,
  createCrimeAdapter,
  crimeExportColumns,
} from "../src/index.js";

/** The adapter most tests use. */
export const adapter: CrimeAdapter = createCrimeAdapter({ force: "example-force" });

const blank = Object.fromEntries(crimeExportColumns.map((column) => [column, ""])) as CrimeExportRow;

/**
 * A synthetic export row: an assault on CHILD-A with nothing else filled in, changed by
 * `cells`. Every column is present, as the export writes them all.
 */
export const crimeRow = (cells: Partial<CrimeExportRow> = {}): CrimeExportRow => ({
  ...blank,
  crime_ref: "CR-0100",
  protective_marking: "OFFICIAL-SENSITIVE",
  recorded_date: "21/03/2026",
  committed_from: "20/03/2026 22:00",
  offence_1_ho_class: "105A",
  person_1_ref: "CHILD-A",
  person_1_role: "VIC",
  ...cells,
});

/** Maps one row; the outcome's record or the rejection's reason codes and paths. */
export function mapRow(cells: Partial<CrimeExportRow>, using: CrimeAdapter = adapter) {
  return mapSourceRecord(using, crimeRow(cells));
}

/** The adapter's reason code and field for a rejected row, or `mapped`. */
export function rejectionOf(cells: Partial<CrimeExportRow>, using: CrimeAdapter = adapter): string {
  const outcome = mapRow(cells, using);
  if (outcome.status === "mapped") return "mapped";
  return outcome.issues.map((i) => `${i.reason ?? i.code} at ${i.path.join("/")}`).join(", ");
}

/** Rows as CSV text with a header, every cell quoted, as a spreadsheet would save them. */
export const toCsv = (rows: readonly CrimeExportRow[]): string =>
  [crimeExportColumns, ...rows.map((row) => crimeExportColumns.map((column) => row[column]))]
    .map((cells) => cells.map((cell) => `"${cell.replaceAll('"', '""')}"`).join(","))
    .join("\r\n");
