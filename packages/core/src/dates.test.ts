import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ukDate } from "../test/record-arbitrary.js";
import { ageOn, calendarDate } from "./dates.js";

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, "0");

/** Any instant from 1996 (since when UK summer time follows today's rule) to 2100, with any offset. */
const dateTime = fc
  .tuple(
    fc.date({
      min: new Date("1996-01-01T00:00:00Z"),
      max: new Date("2100-12-31T23:59:59Z"),
      noInvalidDate: true,
    }),
    fc.integer({ min: -12 * 4, max: 14 * 4 }),
  )
  .map(([date, quarters]) => {
    const offsetMinutes = quarters * 15;
    const local = new Date(date.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 19);
    const sign = offsetMinutes < 0 ? "-" : "+";
    return `${local}${sign}${pad(Math.trunc(offsetMinutes / 60))}:${pad(offsetMinutes % 60)}`;
  });

describe("calendarDate", () => {
  it("is the date in the UK at that instant, as the platform's time zone database says", () => {
    fc.assert(
      fc.property(dateTime, (instant) => {
        expect(calendarDate(instant)).toBe(ukDate(instant));
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the same date for the same instant however the offset is written", () => {
    expect(calendarDate("2026-03-14T23:30:00-02:00")).toBe(calendarDate("2026-03-15T01:30:00Z"));
    expect(calendarDate("2026-04-30T23:30:00Z")).toBe("2026-05-01");
    expect(calendarDate("2026-10-25T00:30:00Z")).toBe("2026-10-25");
    expect(calendarDate("2026-10-24T23:30:00Z")).toBe("2026-10-25");
    expect(calendarDate("2026-06-01")).toBe("2026-06-01");
  });
});

describe("ageOn", () => {
  it("counts the birthday itself, by the date in the UK", () => {
    expect(ageOn("2008-05-01", "2026-04-30T22:30:00Z")).toBe(17);
    expect(ageOn("2008-05-01", "2026-04-30T23:30:00Z")).toBe(18);
    expect(ageOn("2008-02-29", "2026-02-28")).toBe(17);
    expect(ageOn("2008-02-29", "2026-03-01")).toBe(18);
  });
});
