import { ageOn, calendarDate, Instant, IsoDate, oldestAgeAtEvent } from "@cse-flags/core";
import { AdapterKitError, type KitIssue, kitIssue } from "../issue.js";

/** The reasons `dateOfBirthProblem` gives, as reason codes for `ctx.reject`. */
export const dateOfBirthProblems = ["born-after-event", "implausible-date-of-birth"] as const;

/** One of `dateOfBirthProblems`. */
export type DateOfBirthProblem = (typeof dateOfBirthProblems)[number];

/** What is wrong with one argument: not a string, or not in the shape `schema` accepts. */
const argumentIssues = (
  name: string,
  value: unknown,
  schema: typeof IsoDate | typeof Instant,
  expected: string,
): KitIssue[] => {
  if (typeof value !== "string") return [kitIssue([name], "invalid_type", "Expected a string")];
  return schema.safeParse(value).success ? [] : [kitIssue([name], "invalid_format", expected)];
};

/**
 * Why core would refuse a person with this date of birth on a record of this event, or
 * `undefined` when it would not: `born-after-event` for a date of birth after the event's
 * day in the UK, `implausible-date-of-birth` for one giving an age over `oldestAgeAtEvent`
 * (130) at the event, such as a mistyped year (1011 for 2011), which would make a child a
 * very old adult whom no child rule reaches. It uses core's own date rules, so an adapter
 * that rejects with its answer never has a record refused at the `canonical` stage.
 *
 * `dateOfBirth` is an ISO date (`fromUkDate`'s output), `eventStart` the record's
 * `event.start` (an ISO date or date-time with an offset). Anything else is a mistake in
 * the adapter, not in the data: it throws an `AdapterKitError` naming the argument.
 */
export function dateOfBirthProblem(dateOfBirth: string, eventStart: string): DateOfBirthProblem | undefined {
  const issues = [
    ...argumentIssues("dateOfBirth", dateOfBirth, IsoDate, "Expected an ISO date, YYYY-MM-DD"),
    ...argumentIssues("eventStart", eventStart, Instant, "Expected an ISO date, or date-time with an offset"),
  ];
  if (issues.length > 0) throw new AdapterKitError("Invalid date of birth check", issues);
  // The same comparisons as core's `times-in-order` and `ages-plausible` record checks.
  if (dateOfBirth > calendarDate(eventStart)) return "born-after-event";
  if (ageOn(dateOfBirth, eventStart) > oldestAgeAtEvent) return "implausible-date-of-birth";
  return undefined;
}
