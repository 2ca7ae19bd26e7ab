import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultInputLimits, forbiddenKeys, inspectThoroughly, inspectUntrustedInput } from "./guard.js";

// `inspectUntrustedInput` answers clean input from a quick pass and falls back to the full
// walk for anything else: its answer must always be the full walk's, issue for issue.

/** Values near every limit and check: deep, wide, long strings, odd numbers, forbidden keys, non-JSON. */
const awkward = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.string({ maxLength: 12 }),
    fc.double(),
    fc.boolean(),
    fc.constantFrom(null, undefined, Number.NaN, Number.POSITIVE_INFINITY),
    fc.constantFrom<unknown>(() => 1, Symbol("s"), 1n, new Date(0), new Map()),
    fc.array(tie("value"), { maxLength: 5 }),
    fc.dictionary(fc.oneof(fc.string({ maxLength: 6 }), fc.constantFrom(...forbiddenKeys)), tie("value"), {
      maxKeys: 5,
    }),
  ),
}));

const smallLimits = fc.record({
  maxDepth: fc.integer({ min: 0, max: 6 }),
  maxStringLength: fc.integer({ min: 0, max: 10 }),
  maxArrayLength: fc.integer({ min: 0, max: 5 }),
  maxKeysPerObject: fc.integer({ min: 0, max: 5 }),
  maxNodes: fc.integer({ min: 0, max: 40 }),
});

describe("inspectUntrustedInput's quick pass", () => {
  it("reports exactly what the full walk reports, for any value and any limits", () => {
    fc.assert(
      fc.property(awkward.value, smallLimits, (value, limits) => {
        expect(inspectUntrustedInput(value, limits)).toEqual(inspectThoroughly(value, limits));
      }),
      { numRuns: 3_000 },
    );
  });

  it("accepts every plain JSON value within the default limits, as the full walk does", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(inspectUntrustedInput(value)).toEqual(inspectThoroughly(value, defaultInputLimits));
      }),
    );
  });

  it("still refuses a proxy that throws only the first time it is read", () => {
    let reads = 0;
    const flaky = new Proxy(
      { a: 1 },
      {
        ownKeys(target) {
          reads += 1;
          if (reads === 1) throw new Error("first read");
          return Reflect.ownKeys(target);
        },
      },
    );
    expect(inspectUntrustedInput(flaky).map((issue) => issue.code)).toEqual(["unreadable_input"]);
  });
});
