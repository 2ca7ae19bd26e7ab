import { fromUkDateTime, proceed, rejectAt } from "@cse-flags/adapter-kit";
import type { Checked } from "./checked.js";

/**
 * The `released` cell (`DD/MM/YYYY HH:MM`, UK local time, or blank) as an instant, checked
 * against the arrival: a time that does not exist is `invalid-date`, one before the arrival
 * `released-before-arrival`.
 *
 * A local time in the hour repeated when the clocks go back (01:00 to 01:59 on the last
 * Sunday of October) happened twice. It reads as the first, BST, like every time in the
 * export; but when that reading is before the arrival and the second, GMT, is not, the
 * person was released in the second: a record that holds together is not refused over a
 * reading the export could not have meant.
 */
export function readRelease(cell: string, arrivedAt: string): Checked<string | undefined> {
  if (cell === "") return proceed(undefined);
  const releasedAt = fromUkDateTime(cell);
  if (releasedAt === undefined) return rejectAt("invalid-date", "released");
  if (!before(releasedAt, arrivedAt)) return proceed(releasedAt);
  const second = secondReading(cell, releasedAt);
  return second !== undefined && !before(second, arrivedAt)
    ? proceed(second)
    : rejectAt("released-before-arrival", "released");
}

const before = (a: string, b: string): boolean => Date.parse(a) < Date.parse(b);

/**
 * The GMT reading of a local time in the repeated hour, or `undefined` for any other time:
 * the time is in that hour when it reads as BST and the same minutes an hour later, on the
 * same day, read as GMT.
 */
function secondReading(cell: string, firstReading: string): string | undefined {
  const later = cell.replace(/ 01:/, " 02:");
  if (later === cell || !firstReading.endsWith("+01:00")) return undefined;
  const laterReading = fromUkDateTime(later);
  return laterReading?.endsWith("+00:00") ? firstReading.replace(/\+01:00$/, "+00:00") : undefined;
}
