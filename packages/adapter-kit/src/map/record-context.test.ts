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

  it("throws for a concept map the adapter does not have (caught as map_threw by mapSourceRecord)", () => {
    const ctx = new RecordContext(testAdapter);
    expect(() => ctx.lookup("missing" as "flags", "X", "flags")).toThrow();
  });
});
