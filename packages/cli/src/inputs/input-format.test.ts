import { describe, expect, it } from "vitest";
import { formatFromName, inputFormats } from "./input-format.js";

describe("formatFromName", () => {
  it("knows .csv, .ndjson, .jsonl and .json, in any case", () => {
    expect(formatFromName("exports/crime.csv")).toBe("csv");
    expect(formatFromName("records.ndjson")).toBe("ndjson");
    expect(formatFromName("records.jsonl")).toBe("ndjson");
    expect(formatFromName("policy.json")).toBe("json");
    expect(formatFromName("CRIME.CSV")).toBe("csv");
    expect(formatFromName("a.b.Json")).toBe("json");
  });

  it("says nothing for other extensions, no extension, or a dot only in a folder name", () => {
    expect(formatFromName("records.txt")).toBeUndefined();
    expect(formatFromName("records")).toBeUndefined();
    expect(formatFromName("-")).toBeUndefined();
    expect(formatFromName("<stdin>")).toBeUndefined();
    expect(formatFromName("exports.csv/records")).toBeUndefined();
    expect(formatFromName("records.csv.gz")).toBeUndefined();
  });

  it("names only formats --format accepts", () => {
    for (const name of ["a.csv", "a.ndjson", "a.jsonl", "a.json"])
      expect(inputFormats).toContain(formatFromName(name));
  });
});
