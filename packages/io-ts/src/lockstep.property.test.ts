import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareOn, issueLines, withoutZodExtras } from "../test/lockstep.js";
import { nearValid } from "../test/near-valid.js";
import { schemaPairs } from "../test/pairs.js";

// zod and io-ts must give the same verdict and, on success, the same value: on valid inputs
// and on inputs one mutation away from valid (a dropped key, a wrong type, a value out of
// range, an extra key, a repeated item, a bad code).
describe.each(schemaPairs)("$name: zod and io-ts in lockstep", ({ zod, codec, valid }) => {
  it("the valid inputs are valid (for zod)", () => {
    fc.assert(
      fc.property(valid, (input) => zod.safeParse(input).success),
      { numRuns: 100 },
    );
  });

  it("agree on valid inputs", () => {
    fc.assert(
      fc.property(valid, (input) => {
        expect(compareOn(zod, codec, input)).toBeUndefined();
      }),
      { numRuns: 200 },
    );
  });

  it("agree on near-valid inputs", () => {
    fc.assert(
      fc.property(nearValid(valid), (input) => {
        expect(compareOn(zod, codec, input)).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("report the same issues on near-valid inputs (paths and codes)", () => {
    fc.assert(
      fc.property(nearValid(valid), (input) => {
        const { zod: fromZod, io } = issueLines(zod, codec, input);
        // A core check that throws on a malformed value makes parseWith report unreadable_input:
        // the codec reports the malformed value itself.
        if (fromZod.includes("/ unreadable_input")) expect(io.length).toBeGreaterThan(0);
        else expect(io).toEqual(withoutZodExtras(fromZod));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
