import { describe, expect, it } from "vitest";
import { goodRecord, testAdapter } from "../../test/support.js";
import { defineAdapter } from "../define-adapter.js";
import { mapSourceRecord } from "../map/map-record.js";
import { findLeak, lookAlikes, stringLeaves } from "./leaks.js";

const mapWith = (map: (typeof testAdapter)["map"]) => {
  const adapter = defineAdapter({ ...testAdapter, map });
  return (raw: unknown) => mapSourceRecord(adapter, raw);
};

describe("findLeak", () => {
  it("finds a value quoted in a reason, in another case", () => {
    const map = mapWith((record, ctx) => ctx.reject(record.childRef.toLowerCase()));
    expect(findLeak(map, goodRecord())).toBe("/childRef");
  });

  it("finds a value in an ignore reason", () => {
    const map = mapWith((record, ctx) => {
      const out = testAdapter.map(record, ctx);
      ctx.ignore("note", `x-${record.ref.toLowerCase()}`);
      return out;
    });
    expect(findLeak(map, goodRecord())).toBe("/ref");
  });

  it("does not take a fixed reason or a field name that shares letters with a value for a leak", () => {
    const map = (raw: unknown) => mapSourceRecord(testAdapter, raw);
    // The REJECT flag is rejected with the reason asked-to-reject, at the path flags.
    expect(findLeak(map, goodRecord(1, ["REJECT"]))).toBeUndefined();
    // A note that reads "flags" or "date", in a record rejected at those paths.
    expect(findLeak(map, { ...goodRecord(1, ["REJECT"]), note: "FLAGS" })).toBeUndefined();
    expect(findLeak(map, { ...goodRecord(), date: "31/02/2026", note: "date" })).toBeUndefined();
  });

  it("changes every letter or digit of a value, keeping its form", () => {
    expect(lookAlikes.map((f) => f("X-19 az"))).toEqual(["X-20 az", "Y-19 ba", "Y-20 ba"]);
    expect(stringLeaves({ a: ["x", { b: "y" }], c: 1 }).map((l) => l.path)).toEqual([
      ["a", 0],
      ["a", 1, "b"],
    ]);
  });
});
