/**
 * Date helpers for ISO 8601 strings already checked by the schemas. A date-time is
 * read as the calendar date in the UK at that instant, so the same moment gives the
 * same date (and the same age) however a system wrote its offset. UK summer time has
 * fixed rules, so no time zone database is needed and results are the same everywhere.
 */

const msPerHour = 3_600_000;
const msPerDay = 86_400_000;

/** 01:00 UTC on the last Sunday of a month (0-based): when UK clocks change. */
function clockChange(year: number, month: number): number {
  const lastDay = Date.UTC(year, month + 1, 0);
  return lastDay - new Date(lastDay).getUTCDay() * msPerDay + msPerHour;
}

/**
 * The `YYYY-MM-DD` date in the UK: a date as written; a date-time in GMT, or in BST
 * (UTC+1) from the last Sunday of March to the last Sunday of October, the rule since
 * 1996 (before that the autumn change could fall a week earlier, and before 1981 the
 * dates varied more: a time within an hour of midnight then may read as the next day).
 */
export function calendarDate(instant: string): string {
  if (instant.length === 10) return instant;
  const known = calendarDates.get(instant);
  if (known !== undefined) return known;
  const ms = Date.parse(instant);
  const date = new Date(ms + (isUkSummerTime(ms) ? msPerHour : 0)).toISOString().slice(0, 10);
  if (calendarDates.size >= maxCalendarDates) calendarDates.clear();
  calendarDates.set(instant, date);
  return date;
}

/**
 * Date-times already read: one record's checks and rules read its event time many times
 * (once per person and rule), and each read costs a parse and a format. Bounded, so memory
 * stays flat however many records go through.
 */
const calendarDates = new Map<string, string>();
const maxCalendarDates = 1_024;

/** Whether UK clocks show BST (UTC+1) at this UTC instant, by the post-1996 rule. */
function isUkSummerTime(ms: number): boolean {
  const year = new Date(ms).getUTCFullYear();
  return ms >= clockChange(year, 2) && ms < clockChange(year, 9);
}

const localDatePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const localTimePattern = /^([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?$/;

/**
 * A UK wall-clock time (`HH:MM` or `HH:MM:SS`) on a date (`YYYY-MM-DD`), as an ISO
 * date-time with its offset: `+00:00` in GMT, `+01:00` in BST. Source systems write local
 * times without an offset; this makes them instants that order and compare correctly.
 *
 * Returns `undefined` for a date that does not exist, a malformed time, or a time that did
 * not happen (the hour skipped when the clocks go forward). A time that happened twice (the
 * hour repeated when they go back) reads as the first, in BST: a source that writes local
 * time cannot say which, and the earlier reading never makes an event look later than it was.
 */
export function ukLocalDateTime(date: string, time: string): string | undefined {
  const dateParts = localDatePattern.exec(date);
  const timeParts = localTimePattern.exec(time);
  if (dateParts === null || timeParts === null) return undefined;
  const [year, month, day] = [Number(dateParts[1]), Number(dateParts[2]), Number(dateParts[3])];
  const [hours, minutes, seconds] = [Number(timeParts[1]), Number(timeParts[2]), Number(timeParts[3] ?? 0)];
  // Date.UTC reads years 0-99 as 1900-1999; setting the full year afterwards does not.
  const asIfUtc = new Date(Date.UTC(2000, month - 1, day, hours, minutes, seconds)).setUTCFullYear(year);
  // Date.UTC rolls 31 February over into March: a date that does not exist is refused.
  if (new Date(asIfUtc).toISOString().slice(0, 10) !== date) return undefined;
  const clock = `${date}T${timeParts[1]}:${timeParts[2]}:${timeParts[3] ?? "00"}`;
  if (isUkSummerTime(asIfUtc - msPerHour)) return `${clock}+01:00`;
  if (!isUkSummerTime(asIfUtc)) return `${clock}+00:00`;
  return undefined;
}

const isDateOnly = (instant: string): boolean => instant.length === 10;

/**
 * Orders two instants. When either has no time, only the calendar dates are
 * compared: a day-only value is treated as the whole day.
 */
export function compareInstants(a: string, b: string): number {
  if (isDateOnly(a) || isDateOnly(b)) {
    const left = calendarDate(a);
    const right = calendarDate(b);
    return left < right ? -1 : left > right ? 1 : 0;
  }
  return Math.sign(Date.parse(a) - Date.parse(b));
}

/**
 * Age in whole years on a day, from a date of birth: the number of birthdays
 * reached. A child born on 29 February reaches a birthday on 1 March in other years.
 */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const [by, bm, bd] = calendarDate(dateOfBirth).split("-").map(Number) as [number, number, number];
  const [y, m, d] = calendarDate(onDate).split("-").map(Number) as [number, number, number];
  const hadBirthday = m > bm || (m === bm && d >= bd);
  return y - by - (hadBirthday ? 0 : 1);
}
