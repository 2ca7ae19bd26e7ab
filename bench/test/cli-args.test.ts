import { describe, expect, it } from "vitest";
import { scriptArgs } from "../src/cli-args.js";

describe("scriptArgs", () => {
  it("drops the -- that pnpm passes on, and only a leading one", () => {
    expect(scriptArgs(["--", "--size", "200", "--quick"])).toEqual(["--size", "200", "--quick"]);
    expect(scriptArgs(["--size", "200", "--", "x"])).toEqual(["--size", "200", "--", "x"]);
    expect(scriptArgs([])).toEqual([]);
  });
});
