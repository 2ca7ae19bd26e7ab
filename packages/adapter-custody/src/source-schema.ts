import { ukDateCell, yesNoCell } from "@cse-flags/adapter-kit";
import { z } from "zod";

// One row of the custody reference export, as the CSV reader gives it (and as the JSON
// export writes it): every field is a string, and a blank cell is "". A row is one custody
// record: one detained person, with numbered column groups for the arrest offences, the
// risk-assessment answers and the people arrested with them.

/** How many numbered column groups of each kind the export has. */
export const offenceGroups = 3;
export const riskAnswerGroups = 8;
export const coArrestedGroups = 2;

export type OffenceNumber = 1 | 2 | 3;
export type RiskAnswerNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
export type CoArrestedNumber = 1 | 2;

const numbers = <N extends number>(count: number): readonly N[] =>
  Array.from({ length: count }, (_, i) => (i + 1) as N);

export const offenceNumbers = numbers<OffenceNumber>(offenceGroups);
export const riskAnswerNumbers = numbers<RiskAnswerNumber>(riskAnswerGroups);
export const coArrestedNumbers = numbers<CoArrestedNumber>(coArrestedGroups);

/** A date with a time, as custody logs write every event: `DD/MM/YYYY HH:MM`, UK local time. */
const timedShape = /^(0[1-9]|[12]\d|3[01])\/(0[1-9]|1[0-2])\/\d{4} ([01]\d|2[0-3]):[0-5]\d$/;
const timedCell = z.string().regex(timedShape, "Expected a date and time as DD/MM/YYYY HH:MM");
const timedCellOrBlank = z.union([timedCell, z.literal("")]);

const personRef = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9-]{0,31}$/, "Expected a person reference in capitals, such as CHILD-A");
const personRefOrBlank = z.union([personRef, z.literal("")]);
// A code cell takes any text: the concept map decides what a code means, and a force that
// replaces a map may use codes of any shape (`q.07`, `Official`). A code no map holds is
// reported, never refused here; one core cannot hold is counted as unreportable by the kit.
const codeCell = z.string();

// A column the adapter ignores takes any text: its shape says nothing the adapter uses, so
// it must never be the reason a record is refused (core's input guard bounds its length).
const ignoredText = z.string();
const yesNoBlank = yesNoCell({ blank: true });

const offenceColumns = (n: OffenceNumber) => ({
  [`offence_${n}_cjs_code`]: z
    .string()
    .regex(/^[A-Z0-9]{0,16}$/, "Expected a CJS offence code of up to 16 capital letters or digits"),
  [`offence_${n}_ho_code`]: z
    .string()
    .regex(/^(\d{1,3}[A-Z]?)?$/, "Expected a Home Office classification such as 19D or 071"),
  [`offence_${n}_ho_subcode`]: z
    .string()
    .regex(/^[0-9A-Z]{0,4}$/, "Expected a Home Office subcode of up to 4 letters or digits"),
  [`offence_${n}_title`]: ignoredText,
});

const riskAnswerColumns = (n: RiskAnswerNumber) => ({
  [`ra_${n}_question`]: codeCell,
  [`ra_${n}_answer`]: yesNoBlank,
});

const coArrestedColumns = (n: CoArrestedNumber) => ({
  [`co_arrested_${n}_ref`]: personRefOrBlank,
  [`co_arrested_${n}_dob`]: ukDateCell({ blank: true }),
});

type OffenceFields = {
  [N in OffenceNumber as
    | `offence_${N}_cjs_code`
    | `offence_${N}_ho_code`
    | `offence_${N}_ho_subcode`
    | `offence_${N}_title`]: string;
};
type RiskAnswerFields = { [N in RiskAnswerNumber as `ra_${N}_question`]: string } & {
  [N in RiskAnswerNumber as `ra_${N}_answer`]: "Y" | "N" | "";
};
type CoArrestedFields = {
  [N in CoArrestedNumber as `co_arrested_${N}_ref` | `co_arrested_${N}_dob`]: string;
};

const recordColumns = {
  custody_ref: z.string().regex(/^CU-\d{4,8}$/, "Expected a custody reference such as CU-0001"),
  custody_suite: ignoredText,
  protective_marking: codeCell,
  arrival: timedCell,
  released: timedCellOrBlank,
  detainee_ref: personRef,
  detainee_dob: ukDateCell({ blank: true }),
  detainee_age: z.string().regex(/^(\d{1,3})?$/, "Expected an age in whole years"),
  juvenile: yesNoBlank,
  appropriate_adult: yesNoBlank,
  looked_after: yesNoBlank,
  learning_disability: yesNoBlank,
};

const closingColumns = {
  arrest_circumstances: ignoredText,
  officer_comments: ignoredText,
  custody_officer: ignoredText,
};

/**
 * The columns of the custody reference export, in the order the CSV header lists them.
 * The JSON export uses the same names.
 */
export const custodyExportColumns: readonly string[] = [
  ...Object.keys(recordColumns),
  ...offenceNumbers.flatMap((n) => Object.keys(offenceColumns(n))),
  ...riskAnswerNumbers.flatMap((n) => Object.keys(riskAnswerColumns(n))),
  ...coArrestedNumbers.flatMap((n) => Object.keys(coArrestedColumns(n))),
  ...Object.keys(closingColumns),
];

type RecordFields = { [K in keyof typeof recordColumns]: z.output<(typeof recordColumns)[K]> };
type ClosingFields = { [K in keyof typeof closingColumns]: string };

/** One row of the custody reference export. */
export type CustodyExportRow = RecordFields &
  OffenceFields &
  RiskAnswerFields &
  CoArrestedFields &
  ClosingFields;

const shape = Object.assign(
  {},
  recordColumns,
  ...offenceNumbers.map(offenceColumns),
  ...riskAnswerNumbers.map(riskAnswerColumns),
  ...coArrestedNumbers.map(coArrestedColumns),
  closingColumns,
) as Record<string, z.ZodType<string>>;

/**
 * The zod schema of one export row. Strict: a column the format does not name is refused,
 * never dropped. It checks each cell's shape; the adapter rejects impossible values.
 */
export const CustodyExportRow: z.ZodType<CustodyExportRow> = z.strictObject(
  shape,
) as unknown as z.ZodType<CustodyExportRow>;
