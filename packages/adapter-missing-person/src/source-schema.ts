import { ukDateCell, ukDateTimeCell, yesNoCell } from "@cse-flags/adapter-kit";
import { securityClassificationCodes } from "@cse-flags/core";
import { z } from "zod";

// One row of the missing-person reference export, as the CSV reader gives it (and as the
// JSON export writes it): every field a string, a blank cell "". The schema checks the form
// only; `map` turns cells into values and rejects impossible dates. Every message describes
// the expected form and never the value found.

const personRef = z
  .string()
  .regex(/^[A-Z0-9][A-Z0-9-]{0,31}$/, "Expected a person (nominal) reference such as CHILD-A");
const optionalPersonRef = z.union([personRef, z.literal("")]);

/** One local code, or blank. */
const codeCell = z
  .string()
  .regex(/^([A-Z0-9][A-Z0-9-]{0,15})?$/, "Expected a local code in capitals, or a blank");

/** Local codes separated by `;` (spaces and empty entries tolerated), or blank. */
const codeListCell = z
  .string()
  .max(500, "Expected at most 500 characters of codes")
  .regex(
    /^ *([A-Z0-9][A-Z0-9-]{0,15})?( *; *([A-Z0-9][A-Z0-9-]{0,15})?)* *$/,
    "Expected local codes in capitals separated by ;, or a blank",
  );

/**
 * Free text is never read, so no length of it may cost a child's episode: only the reader's
 * size limits (core's input guard) bound it.
 */
const freeText = z.string();

export const MissingPersonExportRow = z.strictObject({
  episode_ref: z.string().regex(/^MP-\d{4,8}$/, "Expected an episode reference such as MP-0001"),
  // Every marking core holds, so a record is never refused for a marking core can carry.
  protective_marking: z.enum(securityClassificationCodes, {
    error: `Expected one of ${securityClassificationCodes.join(", ")}`,
  }),
  date_created: ukDateTimeCell(),
  category: codeCell,
  risk_grade: codeCell,
  reported_missing: ukDateTimeCell(),
  last_seen: ukDateTimeCell({ blank: true }),
  found: ukDateTimeCell({ blank: true }),
  found_location_ref: z
    .string()
    .regex(/^([A-Z0-9][A-Z0-9-]{0,31})?$/, "Expected a location reference such as LOC-0001, or a blank"),
  person_ref: personRef,
  date_of_birth: ukDateCell({ blank: true }),
  age_at_report: z.string().regex(/^(\d{1,3})?$/, "Expected an age in whole years, or a blank"),
  looked_after: yesNoCell({ blank: true }),
  learning_disability: yesNoCell({ blank: true }),
  warning_markers: codeListCell,
  risk_factors: codeListCell,
  prior_episode_count: z.string().regex(/^(\d{1,5})?$/, "Expected a whole number of episodes, or a blank"),
  prior_episode_dates: z
    .string()
    .regex(
      /^[0-9/:; ]{0,20000}$/,
      "Expected dates as DD/MM/YYYY (optionally with HH:MM) separated by ;, or a blank",
    ),
  rhi_offered: ukDateTimeCell({ blank: true }),
  rhi_completed: ukDateTimeCell({ blank: true }),
  rhi_findings: codeListCell,
  rhi_notes: freeText,
  // Numbered groups, one per associate named on the episode; `map` groups them.
  associate_1_ref: optionalPersonRef,
  associate_1_type: codeCell,
  associate_1_dob: ukDateCell({ blank: true }),
  associate_2_ref: optionalPersonRef,
  associate_2_type: codeCell,
  associate_2_dob: ukDateCell({ blank: true }),
  circumstances: freeText,
  officer_in_case: z.string().max(32, "Expected an officer reference of at most 32 characters"),
});

export type MissingPersonExportRow = z.infer<typeof MissingPersonExportRow>;

/** The export's columns, in the order the reference CSV header writes them. */
export const missingPersonExportColumns = Object.freeze(
  Object.keys(MissingPersonExportRow.shape) as (keyof MissingPersonExportRow)[],
);
