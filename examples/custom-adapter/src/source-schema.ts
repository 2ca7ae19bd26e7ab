import { z } from "zod";

// One row of the Northshire Constabulary crime export, as the CSV reader gives it: every
// field is a string, and an empty cell is "". Northshire is fictional; so is all its data.

const ukDate = z
  .string()
  .regex(/^(0[1-9]|[12]\d|3[01])\/(0[1-9]|1[0-2])\/(19|20)\d\d$/, "Expected a date as DD/MM/YYYY");
const localCode = z.string().regex(/^[A-Z0-9-]{0,16}$/, "Expected a local code in capitals");

export const NorthshireCrimeRow = z.strictObject({
  crime_ref: z.string().regex(/^NS-\d{4,8}$/, "Expected a Northshire crime reference such as NS-0001"),
  recorded: ukDate,
  offence_date: ukDate,
  local_offence: localCode,
  marker_flag: localCode,
  risk_flags: z.string().regex(/^[A-Z0-9;-]{0,200}$/, "Expected risk flag codes separated by ;"),
  victim_ref: z.string().regex(/^V-\d{1,6}$/, "Expected a victim reference such as V-001"),
  victim_dob: z.union([ukDate, z.literal("")]),
  victim_looked_after: z.enum(["Y", "N", ""]),
  suspect_ref: z.union([
    z.string().regex(/^S-\d{1,6}$/, "Expected a suspect reference such as S-001"),
    z.literal(""),
  ]),
  officer_notes: z.string().max(4000),
  officer_id: z.string().max(20),
});

export type NorthshireCrimeRow = z.infer<typeof NorthshireCrimeRow>;
