import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { arbitraryFromSchema } from "./zod-arbitrary.js";

const schemas = {
  "strings with limits and patterns": z.strictObject({
    ref: z.string().regex(/^NS-\d{4}$/),
    short: z.string().min(2).max(5),
    exact: z.string().length(3),
    date: z.iso.date(),
    email: z.email(),
  }),
  "numbers and integers with bounds": z.object({
    age: z.int().min(0).max(17),
    ratio: z.number().gt(0).lt(1),
  }),
  "enums, literals, booleans, null": z.object({
    yn: z.enum(["Y", "N"]),
    fixed: z.literal("v1"),
    flag: z.boolean(),
    nothing: z.null(),
  }),
  "optional, nullable, default": z.object({
    a: z.string().optional(),
    b: z.int().nullable(),
    c: z.boolean().default(false),
  }),
  "arrays with bounds": z.object({
    flags: z
      .array(z.string().regex(/^[A-Z]{2}$/))
      .min(1)
      .max(3),
  }),
  "unions and pipes": z.object({
    dob: z.union([z.iso.date(), z.literal("")]),
    n: z
      .string()
      .regex(/^\d{1,3}$/)
      .transform(Number),
  }),
};

describe("arbitraryFromSchema", () => {
  it.each(Object.entries(schemas))("generates values that pass the schema: %s", (_name, schema) => {
    fc.assert(
      fc.property(arbitraryFromSchema(schema), (value) => {
        const result = schema.safeParse(value);
        expect(result.success, JSON.stringify(result.error?.issues.map((i) => i.path))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it("falls back to JSON values for kinds it does not know", () => {
    const values = fc.sample(arbitraryFromSchema(z.lazy(() => z.string())), 20);
    expect(values).toHaveLength(20);
  });
});
