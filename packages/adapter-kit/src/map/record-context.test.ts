import { describe, expect, it } from "vitest";
import { testAdapter } from "../../test/support.js";
import { fieldOfPath, RecordContext } from "./record-context.js";

describe("RecordContext", () => {
  it("finds the field a source path starts at", () => {
    expect(["flags", "/flags/2", "flags[2]", "address.town", ""].map(fieldOfPath)).toEqual([
      "flags",
      "flags",
      "flags",
      "address",
      "",
    ]);
  });

  it("reports each unmapped code once, and keeps the first rejection", () => {
    const ctx = new RecordContext(testAdapter);
    ctx.unmapped("force-x/flags", "NEW", "/flags/0");
    ctx.unmapped("force-x/flags", "NEW", "/flags/0");
    ctx.lookup("flags", "NEW", "/flags/0");
    expect(ctx.unmappedCodes).toEqual([{ system: "force-x/flags", code: "NEW", path: "/flags/0" }]);
    ctx.reject("first-reason");
    ctx.reject("second-reason");
    expect(ctx.rejection?.reason).toBe("first-reason");
    expect([...ctx.reportedFields]).toEqual(["flags"]);
  });

  it("puts only fields of the source record in a rejection's path", () => {
    const ctx = new RecordContext(testAdapter, ["ref", "flags"]);
    ctx.reject("no-victim", "X-2");
    expect(ctx.rejection).toMatchObject({ path: [], code: "adapter_rejected", reason: "no-victim" });
    const named = new RecordContext(testAdapter, ["ref", "flags"]);
    named.reject("no-victim", "flags");
    expect(named.rejection?.path).toEqual(["flags"]);
  });

  it("accepts an ignore only for a field of the record, with a reason that is a code", () => {
    const ctx = new RecordContext(testAdapter, ["note", "ref", "officer"]);
    ctx.ignore("note", "free-text");
    ctx.ignore("X-1", "free-text");
    ctx.ignore("ref", "Child A wrote this");
    ctx.ignore("officer", "PC-1" as string);
    ctx.ignore(42 as never, "free-text");
    expect([...ctx.ignored]).toEqual([["note", "free-text"]]);
  });

  it("notes lookups that found a not-related-to mapping", () => {
    const ctx = new RecordContext(testAdapter);
    expect(ctx.target("flags", "NOPE", "/flags/0")).toBeUndefined();
    expect(ctx.lookups).toMatchObject([{ status: "mapped", notRelated: true }]);
    expect(ctx.unmappedCodes).toEqual([]);
  });

  it("looks up only the adapter's own concept maps, never inherited names", () => {
    const ctx = new RecordContext(testAdapter);
    expect(() => ctx.lookup("toString" as "flags", "X", "flags")).toThrow("Unknown concept map name");
    expect(() => ctx.lookup("__proto__" as "flags", "X", "flags")).toThrow("Unknown concept map name");
  });

  it("throws for a concept map the adapter does not have (caught as map_threw by mapSourceRecord)", () => {
    const ctx = new RecordContext(testAdapter);
    expect(() => ctx.lookup("missing" as "flags", "X", "flags")).toThrow();
  });
});
