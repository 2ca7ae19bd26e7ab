/**
 * Date helpers for ISO 8601 strings already checked by the schemas. They read the
 * calendar date as written (the local date of the event), so no time zone
 * database is needed and results are the same on every machine.
 */

/** The `YYYY-MM-DD` part of a date or date-time. */
export const calendarDate = (instant: string): string => instant.slice(0, 10);

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
