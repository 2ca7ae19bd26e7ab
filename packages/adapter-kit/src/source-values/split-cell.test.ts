import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitCell } from "./split-cell.js";

describe("splitCell", () => {
  it("splits on the separator, trims, skips empty values and keeps order and repeats", () => {
    expect(splitCell(" MISS; ;LATE ;;MISS", ";")).toEqual(["MISS", "LATE", "MISS"]);
    expect(splitCell("", ";")).toEqual([]);
    expect(splitCell(" ; ", ";")).toEqual([]);
  });

  it("reads a cell without a separator as one value, or none when blank", () => {
    expect(splitCell(" MISS ")).toEqual(["MISS"]);
    expect(splitCell("A;B")).toEqual(["A;B"]);
    expect(splitCell("  ")).toEqual([]);
  });

  it("gives back every non-blank value joined into the cell, whatever the spacing", () => {
    const value = fc.stringMatching(/^[A-Z0-9-]{0,6}$/);
    const space = fc.constantFrom("", " ", "  ");
    fc.assert(
      fc.property(fc.array(fc.tuple(space, value, space)), (parts) => {
        const cell = parts.map(([before, code, after]) => `${before}${code}${after}`).join(";");
        expect(splitCell(cell, ";")).toEqual(parts.map(([, code]) => code).filter((code) => code !== ""));
      }),
    );
  });

  it("never throws and never gives a blank or untrimmed value, whatever the cell", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.option(fc.string({ minLength: 1, maxLength: 2 }), { nil: undefined }),
        (cell, separator) => {
          for (const part of splitCell(cell, separator)) {
            expect(part).not.toBe("");
            expect(part).toBe(part.trim());
          }
        },
      ),
    );
  });
});
