import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ukDate } from "../test/record-arbitrary.js";
import { ageOn, calendarDate, ukLocalDateTime } from "./dates.js";

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

/** The UK wall clock at a UTC instant, from the platform's time zone database: the oracle. */
const ukClock = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/London",
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
});
const wallClock = (ms: number): string => {
  const part = (type: string): string =>
    ukClock.formatToParts(new Date(ms)).find((p) => p.type === type)?.value ?? "";
  return `${part("year")}-${part("month")}-${part("day")}T${part("hour")}:${part("minute")}:${part("second")}`;
};

describe("ukLocalDateTime", () => {
  const minute = fc.integer({ min: 0, max: 60 * 24 - 1 });
  const day = fc
    .date({
      min: new Date("1996-01-01T00:00:00Z"),
      max: new Date("2100-12-30T00:00:00Z"),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10));

  it("gives an instant that the UK clock shows as that wall-clock time, when the time happened", () => {
    fc.assert(
      fc.property(day, minute, (date, minutes) => {
        const time = `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
        const instant = ukLocalDateTime(date, time);
        // Some UTC instant within a day either side shows this wall clock, unless it was skipped.
        const wanted = `${date}T${time}:00`;
        const asIfUtc = Date.parse(`${wanted}Z`);
        const happened = [asIfUtc - 3_600_000, asIfUtc].some((ms) => wallClock(ms) === wanted);
        if (!happened) {
          expect(instant).toBeUndefined();
          return;
        }
        expect(instant).toBeDefined();
        expect(wallClock(Date.parse(instant ?? ""))).toBe(wanted);
        expect(calendarDate(instant ?? "")).toBe(date);
      }),
      { numRuns: 2000 },
    );
  });

  it("writes GMT and BST offsets, refuses the skipped hour and reads the repeated hour as BST", () => {
    expect(ukLocalDateTime("2026-01-15", "09:30")).toBe("2026-01-15T09:30:00+00:00");
    expect(ukLocalDateTime("2026-07-01", "23:45:10")).toBe("2026-07-01T23:45:10+01:00");
    expect(ukLocalDateTime("2026-03-29", "01:30")).toBeUndefined();
    expect(ukLocalDateTime("2026-03-29", "02:00")).toBe("2026-03-29T02:00:00+01:00");
    expect(ukLocalDateTime("2026-10-25", "01:30")).toBe("2026-10-25T01:30:00+01:00");
    expect(ukLocalDateTime("2026-10-25", "02:00")).toBe("2026-10-25T02:00:00+00:00");
  });

  it("reads years before 100 as they are written", () => {
    expect(ukLocalDateTime("0050-01-01", "10:00")).toBe("0050-01-01T10:00:00+00:00");
  });

  it("refuses dates and times that do not exist", () => {
    for (const [date, time] of [
      ["2026-02-31", "10:00"],
      ["2026-13-01", "10:00"],
      ["2026-01-01", "24:00"],
      ["2026-01-01", "10:60"],
      ["2026-01-01", "9:00"],
      ["01/01/2026", "10:00"],
    ] as const) {
      expect(ukLocalDateTime(date, time), `${date} ${time}`).toBeUndefined();
    }
  });
});
