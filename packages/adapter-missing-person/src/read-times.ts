import { fromUkDate, fromUkDateTime, proceed, rejectAt } from "@cse-flags/adapter-kit";
import type { MissingPersonExportRow } from "./source-schema.js";
import type { Step } from "./step.js";

type Field = keyof MissingPersonExportRow;

/** A `DD/MM/YYYY [HH:MM]` cell (UK local time) as an instant; an impossible date or a skipped hour rejects the row. */
export function requiredTime(cell: string, field: Field): Step<string> {
  const instant = fromUkDateTime(cell);
  return instant === undefined ? rejectAt("invalid-date", field) : proceed(instant);
}

/** As `requiredTime`, but a blank cell is `undefined` (not recorded). */
export function optionalTime(cell: string, field: Field): Step<string | undefined> {
  return cell.trim() === "" ? proceed(undefined) : requiredTime(cell, field);
}

/** A `DD/MM/YYYY` cell as an ISO date; blank is `undefined`, an impossible date rejects the row. */
export function optionalDate(cell: string, field: Field): Step<string | undefined> {
  if (cell.trim() === "") return proceed(undefined);
  const date = fromUkDate(cell);
  return date === undefined ? rejectAt("invalid-date", field) : proceed(date);
}
