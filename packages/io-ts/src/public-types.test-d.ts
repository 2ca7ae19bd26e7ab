// Type-level lockstep: for each schema, zod's inferred type and the codec's t.TypeOf are
// mutually assignable. `tsc -p tsconfig.test.json` (the package's typecheck) checks this file.
import type { ConceptMapDocument as ZodConceptMap } from "@cse-flags/adapter-kit";
import type * as core from "@cse-flags/core";
import type { StandardSchemaV1 as SpecSchema } from "@standard-schema/spec";
import type * as t from "io-ts";
import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import { PersonAttributeCode, PersonRoleCode } from "./codecs/codes.js";
import { IsoDate, Ref } from "./codecs/primitives.js";
import { arrayOf } from "./combinators/array.js";
import { integer } from "./combinators/scalars.js";
import { optional, strictObject } from "./combinators/strict-object.js";
import type * as io from "./index.js";
import { standardSchemas } from "./index.js";

/**
 * `true` when each type is assignable to the other and they name the same properties
 * (assignability alone would let a codec leave out an optional property).
 */
type Mutual<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;
/** Compiles only for mutually assignable types. */
const inLockstep = <A, B>(..._proof: Mutual<A, B> extends true ? [] : [never]): void => undefined;
type IsAny<T> = 0 extends 1 & T ? true : false;

describe("each codec's type is the zod schema's type", () => {
  it("holds for every public schema", () => {
    inLockstep<z.infer<typeof core.CanonicalRecord>, t.TypeOf<typeof io.CanonicalRecord>>();
    inLockstep<z.infer<typeof core.Marker>, t.TypeOf<typeof io.Marker>>();
    inLockstep<z.infer<typeof core.MarkerTransition>, t.TypeOf<typeof io.MarkerTransition>>();
    inLockstep<z.infer<typeof core.Decision>, t.TypeOf<typeof io.Decision>>();
    inLockstep<z.infer<typeof core.Policy>, t.TypeOf<typeof io.Policy>>();
    inLockstep<z.infer<typeof core.PolicyOverlay>, t.TypeOf<typeof io.PolicyOverlay>>();
    inLockstep<z.infer<typeof ZodConceptMap>, t.TypeOf<typeof io.ConceptMapDocument>>();
  });

  it("holds for the parts users name", () => {
    inLockstep<z.infer<typeof core.Person>, t.TypeOf<typeof io.Person>>();
    inLockstep<z.infer<typeof core.Subject>, t.TypeOf<typeof io.Subject>>();
    inLockstep<z.infer<typeof core.Condition>, t.TypeOf<typeof io.Condition>>();
    inLockstep<z.infer<typeof core.PersonCondition>, t.TypeOf<typeof io.PersonCondition>>();
    inLockstep<z.infer<typeof core.Rule>, t.TypeOf<typeof io.Rule>>();
    inLockstep<z.infer<typeof core.Proposal>, t.TypeOf<typeof io.Proposal>>();
  });

  it("is precise, not any", () => {
    expectTypeOf<IsAny<t.TypeOf<typeof io.CanonicalRecord>>>().toEqualTypeOf<false>();
    expectTypeOf<IsAny<t.TypeOf<typeof io.Policy>["parameters"][string]>>().toEqualTypeOf<false>();
    expectTypeOf<t.TypeOf<typeof io.Marker>["kind"]>().toEqualTypeOf<core.MarkerKindCode>();
  });
});

describe("a drifted codec fails the type test", () => {
  const DriftedPerson = strictObject("Person", {
    ref: Ref,
    roles: arrayOf(PersonRoleCode, { min: 1, max: 10 }),
    dateOfBirth: optional(IsoDate),
    ageAtEvent: integer(0, 130), // required here, optional in core
    attributes: arrayOf(PersonAttributeCode, { max: 20 }),
  });
  const NarrowerPerson = strictObject("Person", {
    ref: Ref,
    roles: arrayOf(PersonRoleCode, { min: 1, max: 10 }),
    attributes: arrayOf(PersonAttributeCode, { max: 20 }),
    // dateOfBirth and ageAtEvent left out
  });

  it("refuses a required field that core makes optional, and a missing field", () => {
    // @ts-expect-error the drifted codec's type is not core's Person
    inLockstep<z.infer<typeof core.Person>, t.TypeOf<typeof DriftedPerson>>();
    // @ts-expect-error the narrower codec's type is not core's Person
    inLockstep<z.infer<typeof core.Person>, t.TypeOf<typeof NarrowerPerson>>();
  });
});

describe("Standard Schema wrappers", () => {
  it("are Standard Schemas by the spec's own types, with the codec's output type", () => {
    expectTypeOf(standardSchemas.canonicalRecord).toExtend<
      SpecSchema<unknown, t.TypeOf<typeof io.CanonicalRecord>>
    >();
    expectTypeOf<SpecSchema.InferOutput<typeof standardSchemas.marker>>().toEqualTypeOf<
      t.TypeOf<typeof io.Marker>
    >();
  });
});
