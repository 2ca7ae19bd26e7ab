import { describe, expect, it } from "vitest";
import { testAdapter } from "../test/support.js";
import { assertAdapter, checkAdapter } from "./check-adapter.js";
import { AdapterKitError } from "./issue.js";

describe("checkAdapter", () => {
  it("accepts a valid definition", () => {
    expect(checkAdapter(testAdapter)).toEqual([]);
    expect(assertAdapter(testAdapter)).toBe(testAdapter);
  });

  it("names every problem by path", () => {
    const broken = {
      ...testAdapter,
      id: "has spaces",
      version: "1",
      recordKind: "burglary",
      map: undefined,
      conceptMaps: { flags: { ...testAdapter.conceptMaps.flags, target: "nope" } },
      source: { ...testAdapter.source, formats: ["xml"], codeFields: { flags: { conceptMap: "missing" } } },
    };
    expect(checkAdapter(broken).map((i) => i.path.join("/"))).toEqual([
      "id",
      "version",
      "recordKind",
      "map",
      "conceptMaps/flags/target",
      "source/formats",
      "source/codeFields/flags/conceptMap",
    ]);
    expect(() => assertAdapter(broken as never)).toThrow(AdapterKitError);
  });

  it("answers values that are not adapters", () => {
    expect(checkAdapter(null).map((i) => i.code)).toEqual(["invalid_adapter"]);
    expect(checkAdapter({ ...testAdapter, source: 1 }).map((i) => i.path)).toEqual([["source"]]);
  });
});
