import { dateOfBirthProblem, fromUkDate, proceed, rejectAt } from "@cse-flags/adapter-kit";
import { ageOn, oldestAgeAtEvent } from "@cse-flags/core";
import type { Checked, Column } from "./checked.js";

/**
 * A date of birth cell (`DD/MM/YYYY` or blank) as an ISO date, checked against the arrival:
 * a date that does not exist is `invalid-date`, one after the arrival day `born-after-event`,
 * and one that makes the person older than 130 at arrival `implausible-date-of-birth`. That
 * last is a mistyped year (`1011` for `2011`): read as it stands, it would make a child an
 * adult, whom no child rule protects, so the record goes to a person to correct instead.
 */
export function readDateOfBirth(cell: string, field: Column, arrivedAt: string): Checked<string | undefined> {
  if (cell === "") return proceed(undefined);
  const date = fromUkDate(cell);
  if (date === undefined) return rejectAt("invalid-date", field);
  const problem = dateOfBirthProblem(date, arrivedAt);
  return problem === undefined ? proceed(date) : rejectAt(problem, field);
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
  if (!Number.isInteger(age) || age > oldestAgeAtEvent) return rejectAt("invalid-age", "detainee_age");
  if (dateOfBirth !== undefined && ageOn(dateOfBirth, arrivedAt) !== age)
    return rejectAt("age-does-not-match-date-of-birth", "detainee_age");
  return proceed(age);
}
