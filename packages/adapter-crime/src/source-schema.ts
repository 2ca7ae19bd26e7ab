import { ukDateCell, ukDateTimeCell, yesNoCell } from "@cse-flags/adapter-kit";
import { securityClassificationCodes } from "@cse-flags/core";
import { z } from "zod";

// One row of the crime reference export, as the CSV reader gives it (the JSON export has the
// same field names and string values): every cell is a string and a blank cell is "". The
// schema checks each cell's shape; `map` turns cells into values and rejects impossible ones.
// Messages describe the expected form and never quote the value.

/** The offence and person column groups a row has (`offence_1_…` to `offence_3_…`). */
export type OffenceNumber = 1 | 2 | 3;
export type PersonNumber = 1 | 2 | 3 | 4;
export const offenceNumbers: readonly OffenceNumber[] = [1, 2, 3];
export const personNumbers: readonly PersonNumber[] = [1, 2, 3, 4];

export const offenceCells = ["ho_class", "ho_subclass", "soa_section", "cjs_code"] as const;
export const personCells = [
  "ref",
  "role",
  "dob",
  "looked_after",
  "learning_disability",
  "circumstances",
] as const;

export type OffenceCell = (typeof offenceCells)[number];
export type PersonCell = (typeof personCells)[number];
export type OffenceField = `offence_${OffenceNumber}_${OffenceCell}`;
export type PersonField = `person_${PersonNumber}_${PersonCell}`;

export const offenceField = <C extends OffenceCell>(n: OffenceNumber, cell: C) =>
  `offence_${n}_${cell}` as const;
export const personField = <C extends PersonCell>(n: PersonNumber, cell: C) => `person_${n}_${cell}` as const;

const pattern = (regex: RegExp, message: string): z.ZodType<string> => z.string().regex(regex, message);

/**
 * Local codes of up to 12 capitals or digits, separated by `;` (blank for none). No cap on
 * how many: a child with many signs recorded is the child most at risk, and the kit's input
 * limits already bound a cell's length.
 */
const codeList = (message: string) => pattern(/^([A-Z0-9]{1,12}(;[A-Z0-9]{1,12})*)?$/, message);

/** A yes/no cell: `Y`, `N` or blank, exactly what `fromYesNo` reads. */
const answer = yesNoCell({ blank: true });

const offenceCellSchemas: Readonly<Record<OffenceCell, z.ZodType<string>>> = {
  ho_class: pattern(
    /^(\d{1,3}[A-Z]?)?$/,
    "Expected a Home Office offence class such as 19D, 71 or 071, or a blank cell",
  ),
  ho_subclass: pattern(/^([0-9A-Z]{1,4})?$/, "Expected a Home Office subclass of up to 4 letters or digits"),
  soa_section: pattern(
    /^([1-9]\d{0,2}[A-Z]{0,2})?$/,
    "Expected a Sexual Offences Act 2003 section such as 15A or 48, or a blank cell",
  ),
  cjs_code: pattern(/^([A-Z0-9]{1,16})?$/, "Expected a CJS offence code of up to 16 capitals or digits"),
};

const personCellSchemas: Readonly<Record<PersonCell, z.ZodType<string>>> = {
  ref: pattern(
    /^([A-Za-z0-9][A-Za-z0-9._:/-]{0,63})?$/,
    "Expected a person (nominal) reference such as CHILD-A, or a blank cell",
  ),
  role: pattern(/^([A-Z0-9]{1,8})?$/, "Expected a person role code such as VIC, or a blank cell"),
  dob: ukDateCell({ blank: true }),
  looked_after: answer,
  learning_disability: answer,
  circumstances: codeList("Expected circumstance codes in capitals separated by ;"),
};

const groupShape = <F extends string, C extends string>(
  numbers: readonly number[],
  cells: Readonly<Record<C, z.ZodType<string>>>,
  name: (n: number, cell: C) => string,
): Record<F, z.ZodType<string>> =>
  Object.fromEntries(
    numbers.flatMap((n) =>
      (Object.entries(cells) as [C, z.ZodType<string>][]).map(([cell, schema]) => [name(n, cell), schema]),
    ),
  ) as Record<F, z.ZodType<string>>;

const recordShape = {
  crime_ref: pattern(
    /^[A-Z0-9][A-Z0-9/-]{2,31}$/,
    "Expected a crime reference of capitals, digits, / and -, such as CR-0001",
  ),
  // Every marking core knows, so no classification is refused here that core would accept.
  protective_marking: z.enum(securityClassificationCodes, {
    error: `Expected a protective marking: ${securityClassificationCodes.join(", ")}`,
  }),
  recorded_date: ukDateTimeCell(),
  committed_from: ukDateTimeCell(),
  committed_to: ukDateTimeCell({ blank: true }),
  crime_flags: codeList("Expected crime flag codes in capitals separated by ;"),
  location_ref: pattern(
    /^([A-Za-z0-9][A-Za-z0-9._:/-]{0,63})?$/,
    "Expected a location reference such as LOC-0001, or a blank cell",
  ),
  // Never read, so any text will do: a long note must not cost the crime its flags. The kit's
  // input limits bound a cell's length.
  officer_in_case: z.string(),
  mo_summary: z.string(),
  officer_notes: z.string(),
};

/** One row of the crime reference export. Strict: a column the adapter does not know is refused. */
export const CrimeExportRow = z.strictObject({
  ...recordShape,
  ...groupShape<OffenceField, OffenceCell>(
    offenceNumbers,
    offenceCellSchemas,
    (n, cell) => `offence_${n}_${cell}`,
  ),
  ...groupShape<PersonField, PersonCell>(
    personNumbers,
    personCellSchemas,
    (n, cell) => `person_${n}_${cell}`,
  ),
});

export type CrimeExportRow = z.infer<typeof CrimeExportRow>;

/** Every column of the export, in the order the reference export writes them. */
export const crimeExportColumns: readonly (keyof CrimeExportRow)[] = [
  "crime_ref",
  "protective_marking",
  "recorded_date",
  "committed_from",
  "committed_to",
  "crime_flags",
  "location_ref",
  ...offenceNumbers.flatMap((n) => offenceCells.map((cell) => offenceField(n, cell))),
  ...personNumbers.flatMap((n) => personCells.map((cell) => personField(n, cell))),
  "officer_in_case",
  "mo_summary",
  "officer_notes",
];
