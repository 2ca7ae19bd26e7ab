import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { boundaryCases, boundaryInputs } from "../test/boundaries.js";
import { compareOn, issueLines, withoutZodExtras } from "../test/lockstep.js";
import { nearValid } from "../test/near-valid.js";
import { schemaPairs } from "../test/pairs.js";

// zod and io-ts must give the same verdict and, on success, the same value: on valid inputs
// and on inputs one mutation away from valid (a dropped key, a wrong type, a value out of
// range, an extra key, a repeated item, a bad code, a hole), and on inputs with one field at or
// just past a limit read from zod's JSON Schema (so a limit changed on the zod side alone fails).
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

  it("agree at every fixed limit zod states, on a fixed sample of valid inputs", () => {
    const examples = fc.sample(valid, { numRuns: 20, seed: 20260316 });
    const cases = boundaryCases(zod, examples);
    expect(cases.length).toBeGreaterThan(0);
    const disagreements = cases.flatMap(({ path, input }) => {
      const found = compareOn(zod, codec, input);
      return found ? [{ path, ...found }] : [];
    });
    expect(disagreements).toEqual([]);
  }, 60_000);

  it("agree on boundary inputs taken from zod's limits, in verdict, value and issues", () => {
    fc.assert(
      fc.property(boundaryInputs(zod, valid), (input) => {
        expect(compareOn(zod, codec, input)).toBeUndefined();
        const { zod: fromZod, io } = issueLines(zod, codec, input);
        if (fromZod.includes("/ unreadable_input")) expect(io.length).toBeGreaterThan(0);
        else expect(io).toEqual(withoutZodExtras(fromZod));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
