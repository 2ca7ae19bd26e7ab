import { formatPath, oldestAgeAtEvent, parseRecord } from "@cse-flags/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AdapterKitError } from "../issue.js";
import { dateOfBirthProblem, dateOfBirthProblems } from "./date-of-birth.js";

describe("dateOfBirthProblem", () => {
  it("allows a person born on the day of the event, and no later", () => {
    expect(dateOfBirthProblem("2026-03-20", "2026-03-20")).toBeUndefined();
    expect(dateOfBirthProblem("2026-03-20", "2026-03-20T00:00:00+00:00")).toBeUndefined();
    expect(dateOfBirthProblem("2026-03-21", "2026-03-20")).toBe("born-after-event");
    expect(dateOfBirthProblem("2027-01-01", "2026-03-20T23:59:59+00:00")).toBe("born-after-event");
  });

  it("allows an age of exactly 130 at the event, and not 131", () => {
    expect(oldestAgeAtEvent).toBe(130);
    expect(dateOfBirthProblem("1896-03-20", "2026-03-20")).toBeUndefined(); // 130th birthday
    expect(dateOfBirthProblem("1895-03-21", "2026-03-20")).toBeUndefined(); // a day short of 131
    expect(dateOfBirthProblem("1895-03-20", "2026-03-20")).toBe("implausible-date-of-birth"); // 131
    // A mistyped year: a child read as a very old adult.
    expect(dateOfBirthProblem("1011-09-02", "2026-03-20")).toBe("implausible-date-of-birth");
    expect(dateOfBirthProblem("0000-10-10", "2026-03-20")).toBe("implausible-date-of-birth");
  });

  it("reads a date-time event as its day in the UK, so BST moves the day after 23:00 UTC", () => {
    // 23:30 UTC on 20 June is 00:30 BST on 21 June: a baby born on the 21st is born by then.
    expect(dateOfBirthProblem("2026-06-21", "2026-06-20T23:30:00Z")).toBeUndefined();
    expect(dateOfBirthProblem("2026-06-21", "2026-06-20T23:30:00+01:00")).toBe("born-after-event");
    // In winter, UK time is UTC: the same clock time stays on the 20th.
    expect(dateOfBirthProblem("2026-01-21", "2026-01-20T23:30:00Z")).toBe("born-after-event");
    // The 131st birthday falls on the UK day, not the UTC one.
    expect(dateOfBirthProblem("1895-06-21", "2026-06-20T22:30:00Z")).toBeUndefined();
    expect(dateOfBirthProblem("1895-06-21", "2026-06-20T23:30:00Z")).toBe("implausible-date-of-birth");
    // An offset far from the UK's still gives the UK day: 01:00 at +14:00 is 11:00 UTC the day before.
    expect(dateOfBirthProblem("2026-01-21", "2026-01-21T01:00:00+14:00")).toBe("born-after-event");
  });

  it("throws AdapterKitError naming the argument, never its value, for anything but ISO dates", () => {
    const problem = (dateOfBirth: unknown, eventStart: unknown) => {
      try {
        dateOfBirthProblem(dateOfBirth as string, eventStart as string);
      } catch (error) {
        expect(error).toBeInstanceOf(AdapterKitError);
        expect((error as Error).message).not.toContain("02/09/2011");
        return (error as AdapterKitError).issues.map((i) => `${formatPath(i.path)} ${i.code}`);
      }
      return [];
    };
    expect(problem("02/09/2011", "2026-03-20")).toEqual(["/dateOfBirth invalid_format"]);
    expect(problem("2011-02-30", "2026-03-20")).toEqual(["/dateOfBirth invalid_format"]);
    expect(problem("2011-09-02", "2026-03-20T19:30")).toEqual(["/eventStart invalid_format"]);
    expect(problem(undefined, 20260320)).toEqual(["/dateOfBirth invalid_type", "/eventStart invalid_type"]);
  });
});

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");
const dayMs = 86_400_000;
const isoDay = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/** Any day from year 0000 to 9999, as the milliseconds of its midnight UTC. */
const anyDay = fc
  // Date.UTC reads year 0 as 1900: set the full year instead.
  .integer({ min: new Date(Date.UTC(2000, 0, 1)).setUTCFullYear(0), max: Date.UTC(9999, 11, 31) })
  .map((ms) => ms - (ms % dayMs));

/** An event start: a day, or a date-time on it with any offset zod accepts, often near midnight. */
const eventStart = fc
  .tuple(
    fc.integer({ min: Date.UTC(1000, 0, 1), max: Date.UTC(9998, 11, 31) }).map((ms) => ms - (ms % dayMs)),
    fc.option(
      fc.record({
        minutes: fc.oneof(fc.integer({ min: 0, max: 1439 }), fc.constantFrom(0, 59, 60, 1379, 1380, 1439)),
        offsetMinutes: fc.oneof(fc.constantFrom(0, 60, -60), fc.integer({ min: -12 * 60, max: 14 * 60 })),
        zulu: fc.boolean(),
      }),
    ),
  )
  .map(([day, time]) => {
    if (time === null) return { day, start: isoDay(day) };
    const clock = `T${pad(Math.floor(time.minutes / 60))}:${pad(time.minutes % 60)}:00`;
    if (time.zulu) return { day, start: `${isoDay(day)}${clock}Z` };
    const sign = time.offsetMinutes < 0 ? "-" : "+";
    const offset = Math.abs(time.offsetMinutes);
    return { day, start: `${isoDay(day)}${clock}${sign}${pad(Math.floor(offset / 60))}:${pad(offset % 60)}` };
  });

/** A date of birth: anywhere, or within days of the event day or of 130 and 131 years before it. */
const dobFor = (eventDay: number) =>
  fc.oneof(
    anyDay.map(isoDay),
    fc
      .tuple(fc.constantFrom(0, oldestAgeAtEvent, oldestAgeAtEvent + 1), fc.integer({ min: -2, max: 2 }))
      .map(([years, days]) => {
        const date = new Date(eventDay);
        date.setUTCFullYear(date.getUTCFullYear() - years);
        return isoDay(date.getTime() + days * dayMs);
      })
      .filter((iso) => /^\d{4}-/.test(iso)),
  );

/** The smallest record core accepts, with one person born on `dateOfBirth`. */
const minimalRecord = (dateOfBirth: string, start: string) => ({
  kind: "crime",
  source: {
    force: "force-x",
    system: "test-system",
    recordId: "CR-0001",
    adapter: { id: "force-x-test", version: "1.0.0" },
  },
  classification: "OFFICIAL-SENSITIVE",
  event: { start },
  recordedAt: start,
  persons: [{ ref: "CHILD-A", roles: ["victim"], dateOfBirth, attributes: [] }],
  offences: [],
  indicators: [],
  locations: [],
  vehicles: [],
  markers: [],
  unmappedCodes: [],
});

describe("dateOfBirthProblem, against core", () => {
  it("finds a problem exactly when core refuses the person's date of birth", () => {
    fc.assert(
      fc.property(
        eventStart.chain(({ day, start }) => fc.tuple(dobFor(day), fc.constant(start))),
        ([dateOfBirth, start]) => {
          const parsed = parseRecord(minimalRecord(dateOfBirth, start));
          const refusedAt = parsed.ok ? [] : parsed.issues.map((i) => formatPath(i.path));
          // Nothing else about the record is wrong: only the date of birth can be refused.
          expect(refusedAt.filter((path) => path !== "/persons/0/dateOfBirth")).toEqual([]);
          const problem = dateOfBirthProblem(dateOfBirth, start);
          expect(problem === undefined).toBe(refusedAt.length === 0);
          if (problem !== undefined) expect(dateOfBirthProblems).toContain(problem);
        },
      ),
      { numRuns: 500 },
    );
  });
});
