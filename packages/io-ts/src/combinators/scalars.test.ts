import fc from "fast-check";
import * as t from "io-ts";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { compareOn } from "../../test/lockstep.js";
import { reportIssues } from "../report.js";
import { arrayOf } from "./array.js";
import { checkedString, codePointLength, literal, maxLength, minLength } from "./scalars.js";
import { union } from "./union.js";

// Strings of letters, emoji (two UTF-16 units each) and lone surrogates, near the limits.
const strings = fc
  .array(fc.constantFrom("a", "\u{1F600}", "\uD83D", "\uDE00"), { maxLength: 6 })
  .map((parts) => parts.join(""));

describe("string lengths", () => {
  it("count code points, as zod 4.6 does", () => {
    expect(codePointLength("\u{1F600}\u{1F600}")).toBe(2);
    expect(codePointLength("\uDE00\uD83D")).toBe(2);
  });

  it.each([
    [1, 3],
    [2, 3],
    [3, 4],
  ])("agree with z.string().min(%i).max(%i) on strings with emoji and lone surrogates", (min, max) => {
    const codec = checkedString("Text", [minLength(min), maxLength(max)]);
    const zod = z.string().min(min).max(max);
    fc.assert(
      fc.property(strings, (input) => {
        expect(compareOn(zod, codec, input)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});

describe("arrays", () => {
  const codec = arrayOf(checkedString("Item", [maxLength(1)]), { min: 1, max: 2 });
  const zod = z.array(z.string().max(1)).min(1).max(2);

  it("read a hole in a sparse array as an item, as zod does, and never shift items", () => {
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
    const sparse = [, "a"];
    expect(compareOn(zod, codec, sparse)).toBeUndefined();
    expect(codec.decode(sparse)._tag).toBe("Left");
  });

  it("agree with zod on arrays of any length, with good and bad items", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constant("a"), fc.constant("ab"), fc.constant(1)), { maxLength: 4 }),
        (input) => {
          expect(compareOn(zod, codec, input)).toBeUndefined();
        },
      ),
    );
  });

  it("in a union, an array over its maximum ends the matter, as zod reports it", () => {
    const Either = union("AppliesTo", [literal("any"), arrayOf(t.string, { min: 1, max: 2 })]);
    const decoded = Either.decode(["a", "b", "c"]);
    const zodUnion = z.union([z.literal("any"), z.array(z.string()).min(1).max(2)]);
    const zodCodes = zodUnion.safeParse(["a", "b", "c"]).error?.issues.map((issue) => issue.code);
    expect(zodCodes).toEqual(["invalid_union"]);
    expect(decoded._tag === "Left" && reportIssues(decoded.left).map((issue) => issue.code)).toEqual(
      zodCodes,
    );
  });
});
