import { personAttributeCodes, personRoleCodes, Person as ZodPerson, Ref as ZodRef } from "@cse-flags/core";
import fc from "fast-check";
import * as t from "io-ts";
import { describe, expect, it } from "vitest";
import { compareOn } from "../test/lockstep.js";
import { nearValid } from "../test/near-valid.js";
import { PersonAttributeCode, PersonRoleCode } from "./codecs/codes.js";
import { IsoDate, Ref } from "./codecs/primitives.js";
import { arrayOf } from "./combinators/array.js";
import { integer } from "./combinators/scalars.js";
import { optional, strictObject } from "./combinators/strict-object.js";
import { Person } from "./index.js";

// Codecs with one deliberate difference from core's zod schemas. The checker the lockstep
// tests use must find each difference; the real codec must show none on the same inputs.

/** Ages up to 120 instead of core's 130. */
const DriftedPerson = strictObject("Person", {
  ref: Ref,
  roles: arrayOf(PersonRoleCode, { min: 1, max: 10 }),
  dateOfBirth: optional(IsoDate),
  ageAtEvent: optional(integer(0, 120)),
  attributes: arrayOf(PersonAttributeCode, { max: 20 }),
});

/** Accepts the same references but trims them: same verdicts, different values. */
const TrimmingRef = new t.Type<string>(
  "TrimmingRef",
  (u): u is string => typeof u === "string",
  (u, c) =>
    typeof u === "string" && ZodRef.safeParse(u).success ? t.success(u.slice(0, 3)) : t.failure(u, c),
  t.identity,
);

const validPerson = fc.record(
  {
    ref: fc.stringMatching(/^[A-Z][A-Z0-9-]{0,10}$/),
    roles: fc.uniqueArray(fc.constantFrom(...personRoleCodes), { minLength: 1, maxLength: 3 }),
    dateOfBirth: fc.constantFrom("2010-01-31", "2012-02-29"),
    ageAtEvent: fc.integer({ min: 0, max: 130 }),
    attributes: fc.uniqueArray(fc.constantFrom(...personAttributeCodes), { maxLength: 2 }),
  },
  { requiredKeys: ["ref", "roles", "attributes"] },
);

const agreesEverywhere = (
  codec: t.Decoder<unknown, unknown>,
  zod: typeof ZodPerson | typeof ZodRef,
  inputs: fc.Arbitrary<unknown>,
) =>
  fc.check(
    fc.property(inputs, (input) => compareOn(zod, codec, input) === undefined),
    { numRuns: 500, seed: 42 },
  );

describe("the lockstep checker catches drift", () => {
  it("reports a verdict disagreement for an age the drifted codec refuses", () => {
    const input = { ref: "CHILD-A", roles: ["victim"], ageAtEvent: 125, attributes: [] };
    expect(compareOn(ZodPerson, DriftedPerson, input)).toEqual({
      kind: "verdict",
      layer: "raw",
      zodAccepts: true,
    });
    expect(compareOn(ZodPerson, Person, input)).toBeUndefined();
  });

  it("finds the drifted codec on generated persons, and no difference for the real one", () => {
    const arbitrary = fc.oneof(validPerson, nearValid(validPerson));
    expect(agreesEverywhere(DriftedPerson, ZodPerson, arbitrary).failed).toBe(true);
    expect(agreesEverywhere(Person, ZodPerson, arbitrary).failed).toBe(false);
  });

  it("reports a value disagreement when verdicts agree but the decoded values differ", () => {
    expect(compareOn(ZodRef, TrimmingRef, "CHILD-A")).toEqual({ kind: "value", layer: "raw" });
    expect(compareOn(ZodRef, TrimmingRef, "has space")).toBeUndefined();
  });
});
