import { ukDateCell, ukDateTimeCell, yesNoCell } from "@cse-flags/adapter-kit";
import { securityClassificationCodes } from "@cse-flags/core";
import { z } from "zod";

// One row of the intelligence reference export, as the CSV reader gives it (and as the JSON
// export writes it): every field is a string and a blank cell is "". One row is one report;
// its subjects and operation headings are numbered column groups. Messages describe the
// expected form and never quote the value.

/** The subject column groups a row has: `subject_1_…` to `subject_4_…`. */
export const subjectSlots = [1, 2, 3, 4] as const;
export type SubjectSlot = (typeof subjectSlots)[number];
/** The operation heading columns a row has. */
export const operationFields = ["operation_1", "operation_2", "operation_3"] as const;

/** Several local codes in one cell, separated by `;`. */
const codeList = z
  .string()
  .regex(/^[A-Za-z0-9 ;-]{0,300}$/, "Expected local codes of letters, digits and - separated by ;");

/** One grading letter or digit, or blank; `map` checks it against the grading scheme. */
const gradingCell = z.string().regex(/^[A-Z0-9]?$/, "Expected one capital letter or digit, or blank");

/** The cells of one subject group, by column, in export order. */
const subjectCells = {
  ref: z
    .string()
    .regex(/^([A-Z0-9][A-Z0-9-]{0,31})?$/, "Expected a person reference such as CHILD-A, or blank"),
  role: z
    .string()
    .regex(/^([A-Z0-9][A-Z0-9-]{0,15})?$/, "Expected a subject role code in capitals, or blank"),
  dob: ukDateCell({ blank: true }),
  looked_after: yesNoCell({ blank: true }),
  learning_disability: yesNoCell({ blank: true }),
  indicators: codeList,
};
export type SubjectColumn = keyof typeof subjectCells;
export const subjectColumns = Object.keys(subjectCells) as readonly SubjectColumn[];

/** The name of a subject group's column, e.g. `subject_2_dob`. */
export const subjectField = <N extends SubjectSlot, C extends SubjectColumn>(slot: N, column: C) =>
  `subject_${slot}_${column}` as `subject_${N}_${C}`;

type SubjectGroupShape<N extends SubjectSlot> = {
  [C in SubjectColumn as `subject_${N}_${C}`]: (typeof subjectCells)[C];
};

const subjectGroup = <N extends SubjectSlot>(slot: N): SubjectGroupShape<N> =>
  Object.fromEntries(
    subjectColumns.map((column) => [subjectField(slot, column), subjectCells[column]]),
  ) as SubjectGroupShape<N>;

/** Spaces around the heading are allowed: `readOperations` trims them. */
const operationHeading = z
  .string()
  .regex(
    /^ *([A-Za-z0-9][A-Za-z0-9 -]{0,63})? *$/,
    "Expected an operation heading of letters, digits, spaces and -, or blank",
  );

export const IntelligenceExportRow = z.strictObject({
  ir_ref: z
    .string()
    .regex(/^[A-Z0-9][A-Z0-9/-]{0,31}$/, "Expected an intelligence report reference such as IR-0001"),
  submitted: ukDateTimeCell(),
  intel_date: ukDateTimeCell(),
  // Every marking core knows, so no classification is refused here that core would accept.
  protective_marking: z.enum(securityClassificationCodes, {
    error: `Expected a protective marking: ${securityClassificationCodes.join(", ")}`,
  }),
  grading_scheme: z.enum(["5x5x5", "3x5x2", ""], { error: "Expected 5x5x5, 3x5x2 or blank" }),
  source_eval: gradingCell,
  intel_eval: gradingCell,
  handling_code: gradingCell,
  handling_conditions: z.string().max(2000),
  operation_1: operationHeading,
  operation_2: operationHeading,
  operation_3: operationHeading,
  report_flags: codeList,
  ...subjectGroup(1),
  ...subjectGroup(2),
  ...subjectGroup(3),
  ...subjectGroup(4),
  intel_text: z.string().max(20_000),
  submitted_by: z.string().max(40),
});

/** One intelligence report as exported: a row of the CSV, or an object of the JSON array. */
export type IntelligenceExportRow = z.infer<typeof IntelligenceExportRow>;

/** The export's columns, in the order the CSV header lists them. */
export const intelligenceExportColumns = Object.freeze(
  Object.keys(IntelligenceExportRow.shape),
) as readonly (keyof IntelligenceExportRow & string)[];
