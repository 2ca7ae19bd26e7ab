import {
  grading3x5x2HandlingCodes,
  grading3x5x2IntelligenceCodes,
  grading3x5x2SourceCodes,
  grading5x5x5HandlingCodes,
  grading5x5x5IntelligenceCodes,
  grading5x5x5SourceCodes,
  IntelligenceGrading,
} from "@cse-flags/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readGrading } from "./grading.js";

const cells = (grading_scheme: string, source_eval: string, intel_eval: string, handling_code: string) => ({
  grading_scheme,
  source_eval,
  intel_eval,
  handling_code,
});

describe("readGrading", () => {
  it("keeps every 5x5x5 and 3x5x2 grading verbatim, in its own scheme", () => {
    const schemes = [
      ["5x5x5", grading5x5x5SourceCodes, grading5x5x5IntelligenceCodes, grading5x5x5HandlingCodes],
      ["3x5x2", grading3x5x2SourceCodes, grading3x5x2IntelligenceCodes, grading3x5x2HandlingCodes],
    ] as const;
    let count = 0;
    for (const [scheme, sources, intelligences, handlings] of schemes)
      for (const source of sources)
        for (const intelligence of intelligences)
          for (const handling of handlings) {
            count += 1;
            expect(readGrading(cells(scheme, source, intelligence, handling))).toEqual({
              ok: true,
              value: { scheme, source, intelligence, handling },
            });
          }
    // 5 x 5 x 5 + 3 x 5 x 2 combinations.
    expect(count).toBe(125 + 30);
  });

  it("reads four blank cells as ungraded", () => {
    expect(readGrading(cells("", "", "", ""))).toEqual({ ok: true, value: undefined });
  });

  it("names the first blank cell of a partial grading", () => {
    expect(readGrading(cells("", "B", "", ""))).toEqual({
      ok: false,
      reason: "incomplete-grading",
      field: "grading_scheme",
    });
    expect(readGrading(cells("5x5x5", "B", "", "4"))).toEqual({
      ok: false,
      reason: "incomplete-grading",
      field: "intel_eval",
    });
  });

  it("names the cell that holds a code the scheme does not have", () => {
    // Written in the other scheme's codes: never converted, since no official crosswalk exists.
    expect(readGrading(cells("3x5x2", "B", "2", "4"))).toMatchObject({
      reason: "invalid-grading",
      field: "source_eval",
    });
    expect(readGrading(cells("5x5x5", "B", "B", "4"))).toMatchObject({
      reason: "invalid-grading",
      field: "intel_eval",
    });
    expect(readGrading(cells("3x5x2", "1", "B", "4"))).toMatchObject({
      reason: "invalid-grading",
      field: "handling_code",
    });
    expect(readGrading(cells("4x4", "1", "B", "P"))).toMatchObject({
      reason: "invalid-grading",
      field: "grading_scheme",
    });
  });

  it("never throws, and whatever it accepts core accepts too", () => {
    const cell = fc.oneof(
      fc.constantFrom("", "1", "2", "3", "4", "5", "A", "B", "C", "D", "E", "P"),
      fc.string(),
    );
    fc.assert(
      fc.property(fc.constantFrom("", "5x5x5", "3x5x2", "x"), cell, cell, cell, (scheme, s, i, h) => {
        const result = readGrading(cells(scheme, s, i, h));
        if (result.ok && result.value !== undefined) {
          expect(IntelligenceGrading.safeParse(result.value).success).toBe(true);
          expect(result.value).toEqual({ scheme, source: s, intelligence: i, handling: h });
        }
        if (result.ok && result.value === undefined) expect([scheme, s, i, h].join("")).toBe("");
      }),
    );
  });
});
