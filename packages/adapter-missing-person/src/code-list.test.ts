import { describe, expect, it } from "vitest";
import { codesIn } from "./code-list.js";

describe("codesIn", () => {
  it("splits on ;, trims, drops blanks and repeats, keeping the order written", () => {
    expect(codesIn("")).toEqual([]);
    expect(codesIn(" ; ;")).toEqual([]);
    expect(codesIn("OLDER; GIFTS ;;OLDER;OOA")).toEqual(["OLDER", "GIFTS", "OOA"]);
  });
});
