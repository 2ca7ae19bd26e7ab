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
  const ms = Date.parse(instant);
  const year = new Date(ms).getUTCFullYear();
  const summer = ms >= clockChange(year, 2) && ms < clockChange(year, 9);
  return new Date(ms + (summer ? msPerHour : 0)).toISOString().slice(0, 10);
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
