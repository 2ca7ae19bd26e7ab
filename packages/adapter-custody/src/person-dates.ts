import { fromUkDate, proceed, rejectAt } from "@cse-flags/adapter-kit";
import { ageOn, calendarDate } from "@cse-flags/core";
import type { Checked, Column } from "./checked.js";

/** The most years a person can be at arrival: core's limit for an age at the event. */
const oldestAge = 130;

/**
 * A date of birth cell (`DD/MM/YYYY` or blank) as an ISO date, checked against the arrival:
 * a date that does not exist is `invalid-date`, one after the arrival day `born-after-arrival`,
 * and one that makes the person older than 130 at arrival `born-too-long-ago`. That last is a
 * mistyped year (`1011` for `2011`): read as it stands, it would make a child an adult, whom
 * no child rule protects, so the record goes to a person to correct instead.
 */
export function readDateOfBirth(cell: string, field: Column, arrivedAt: string): Checked<string | undefined> {
  if (cell === "") return proceed(undefined);
  const date = fromUkDate(cell);
  if (date === undefined) return rejectAt("invalid-date", field);
  if (date > calendarDate(arrivedAt)) return rejectAt("born-after-arrival", field);
  return ageOn(date, arrivedAt) > oldestAge ? rejectAt("born-too-long-ago", field) : proceed(date);
}

/**
 * The `detainee_age` cell (whole years at arrival, or blank) as a number. When the date of
 * birth is known too, the two must agree: a custody system computes one from the other, so
 * a difference means one was typed wrongly, and the record goes to a person to correct.
 */
export function readAgeAtArrival(
  cell: string,
  dateOfBirth: string | undefined,
  arrivedAt: string,
): Checked<number | undefined> {
  if (cell === "") return proceed(undefined);
  const age = Number(cell);
  if (!Number.isInteger(age) || age > oldestAge) return rejectAt("invalid-age", "detainee_age");
  if (dateOfBirth !== undefined && ageOn(dateOfBirth, arrivedAt) !== age)
    return rejectAt("age-does-not-match-dob", "detainee_age");
  return proceed(age);
}
