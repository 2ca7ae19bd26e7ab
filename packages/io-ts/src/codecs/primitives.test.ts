import * as core from "@cse-flags/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareOn } from "../../test/lockstep.js";
import { Instant } from "./canonical-record.js";
import { IsoDate, IsoDateTime, Ref } from "./primitives.js";

// Strings near each format: real and impossible dates, times with and without seconds and
// offsets, and references with odd characters.
const nearDates = fc
  .tuple(
    fc.integer({ min: 1899, max: 2101 }),
    fc.integer({ min: 0, max: 13 }),
    fc.integer({ min: 0, max: 32 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
const nearDateTimes = fc
  .tuple(
    nearDates,
    fc.integer({ min: 0, max: 25 }),
    fc.integer({ min: 0, max: 61 }),
    fc.constantFrom(":00", ":59.5", ":60", ""),
    fc.constantFrom("Z", "+01:00", "-14:45", "+24:00", "", "z"),
  )
  .map(
    ([date, h, m, s, offset]) =>
      `${date}T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}${s}${offset}`,
  );
const strings = fc.oneof(
  nearDates,
  nearDateTimes,
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[A-Za-z0-9 ._:/-]{0,10}$/),
);

describe.each([
  ["Ref", core.Ref, Ref],
  ["IsoDate", core.IsoDate, IsoDate],
  ["IsoDateTime", core.IsoDateTime, IsoDateTime],
  ["Instant", core.Instant, Instant],
] as const)("%s", (_name, zod, codec) => {
  it("agrees with core's zod schema on strings near the format", () => {
    fc.assert(
      fc.property(strings, (input) => {
        expect(compareOn(zod, codec, input)).toBeUndefined();
      }),
      { numRuns: 1000 },
    );
  });
});
