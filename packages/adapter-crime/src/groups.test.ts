import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { codesIn, readGroup } from "./groups.js";

describe("readGroup", () => {
  const row = { p_1_a: "", p_1_b: "", p_2_a: "X", p_2_b: "" };
  const field = (n: 1 | 2) => (cell: "a" | "b") => `p_${n}_${cell}` as const;

  it("is undefined for a group with every cell blank, and the cells by name otherwise", () => {
    expect(readGroup(row, ["a", "b"], field(1))).toBeUndefined();
    expect(readGroup(row, ["a", "b"], field(2))).toEqual({ a: "X", b: "" });
  });
});

describe("codesIn", () => {
  it("lists the codes in a cell in order, without blanks or repeats", () => {
    expect(codesIn("MISS;;LATE; MISS")).toEqual(["MISS", "LATE"]);
    expect(codesIn("")).toEqual([]);
  });

  it("keeps every non-blank code of any cell", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[A-Z0-9]{0,4}$/)), (codes) => {
        expect(codesIn(codes.join(";"))).toEqual([...new Set(codes.filter((c) => c !== ""))]);
      }),
    );
  });
});
