import { type MapOutcome, mapSourceRecord } from "@cse-flags/adapter-kit";
import { createMissingPersonAdapter } from "../adapter.js";
import { type MissingPersonExportRow, missingPersonExportColumns } from "../source-schema.js";

// Shared by the package's tests: a complete, synthetic row to vary one cell at a time.

/** Every column blank. */
export const blankRow = (): MissingPersonExportRow =>
  Object.fromEntries(missingPersonExportColumns.map((column) => [column, ""])) as MissingPersonExportRow;

/** A current episode of Child A: reported, found, nothing else recorded. */
export const baseRow = (overrides: Partial<MissingPersonExportRow> = {}): MissingPersonExportRow => ({
  ...blankRow(),
  episode_ref: "MP-0100",
  protective_marking: "OFFICIAL-SENSITIVE",
  date_created: "14/03/2026 19:20",
  category: "M",
  risk_grade: "MED",
  reported_missing: "14/03/2026 19:05",
  found: "15/03/2026 02:30",
  person_ref: "CHILD-A",
  date_of_birth: "02/09/2011",
  ...overrides,
});

export const testAdapter = createMissingPersonAdapter({ force: "force-x" });

/** Maps one row with the default adapter. */
export const mapRowForTest = (row: MissingPersonExportRow): MapOutcome => mapSourceRecord(testAdapter, row);

/** The reason code and column of a rejected outcome, as `reason@column`, or `mapped`. */
export function outcomeOf(outcome: MapOutcome): string {
  if (outcome.status === "mapped") return "mapped";
  return outcome.issues.map((issue) => `${issue.reason ?? issue.code}@${issue.path.join("/")}`).join(" ");
}
