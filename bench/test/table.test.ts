import { describe, expect, it } from "vitest";
import { markdownTable } from "../src/report/table.js";

describe("markdownTable", () => {
  it("pads every column to its widest cell, as the formatter lays tables out", () => {
    expect(
      markdownTable(
        ["#", "target"],
        [
          ["1", "record cost"],
          ["22", "a|b"],
        ],
      ),
    ).toBe(
      [
        "| #   | target      |",
        "| --- | ----------- |",
        "| 1   | record cost |",
        "| 22  | a\\|b        |",
      ].join("\n"),
    );
  });
});
