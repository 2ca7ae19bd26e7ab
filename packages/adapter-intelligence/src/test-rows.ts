import { type IntelligenceExportRow, intelligenceExportColumns } from "./source-schema.js";

// Synthetic rows for the package's tests: a valid report about one child, changed per test.

/** A row with every cell blank. */
export const blankRow = (): IntelligenceExportRow =>
  Object.fromEntries(intelligenceExportColumns.map((column) => [column, ""])) as IntelligenceExportRow;

/** A valid report: CHILD-A, a person at risk, missing from care, graded 3x5x2 2/B/P. */
export const exampleRow = (overrides: Partial<IntelligenceExportRow> = {}): IntelligenceExportRow => ({
  ...blankRow(),
  ir_ref: "IR-0100",
  submitted: "21/03/2026 09:00",
  intel_date: "20/03/2026 22:00",
  protective_marking: "OFFICIAL-SENSITIVE",
  grading_scheme: "3x5x2",
  source_eval: "2",
  intel_eval: "B",
  handling_code: "P",
  subject_1_ref: "CHILD-A",
  subject_1_role: "PAR",
  subject_1_dob: "02/09/2011",
  subject_1_indicators: "MFH",
  intel_text: "Synthetic free text about Child A.",
  ...overrides,
});

const quoted = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** Rows as the CSV export writes them, header first. */
export const toCsv = (rows: readonly IntelligenceExportRow[]): string =>
  [intelligenceExportColumns, ...rows.map((row) => intelligenceExportColumns.map((column) => row[column]))]
    .map((cells) => cells.map(quoted).join(","))
    .join("\n");
