import { describe, expect, it } from "vitest";
import { kitIssue } from "../issue.js";
import type { MapReport } from "../map/map-report.js";
import { Reconciler, unaccountedFields } from "./reconciliation.js";

const report = (fields: string[], accessed: string[] = [], ignored: string[] = []): MapReport => ({
  fields,
  accessed,
  ignored: ignored.map((field) => ({ field, reason: "not-needed" })),
  bulkRead: false,
  unreportable: [],
  reported: [],
  unmapped: [],
  lookups: [],
});

describe("Reconciler", () => {
  it("counts each rejected record once per reason", () => {
    const reconciler = new Reconciler();
    reconciler.addRejected([kitIssue(["a"], "invalid_type", "x"), kitIssue(["b"], "invalid_type", "x")]);
    reconciler.addRejected([{ ...kitIssue([], "adapter_rejected", "x"), reason: "no-victim" }]);
    expect(reconciler.result()).toMatchObject({
      read: 2,
      rejected: 2,
      rejectedBy: [
        { name: "adapter_rejected:no-victim", count: 1 },
        { name: "invalid_type", count: 1 },
      ],
    });
  });

  it("keeps memory bounded when every record has new field names", () => {
    const reconciler = new Reconciler();
    for (let n = 0; n < 5_000; n += 1) reconciler.addMapped(report([`field${n}`]), []);
    const { unaccountedFields: fields, read } = reconciler.result();
    expect(read).toBe(5_000);
    expect(fields.length).toBeLessThanOrEqual(1_001);
    expect(fields.reduce((sum, f) => sum + f.count, 0)).toBe(5_000);
  });

  it("lists fields neither read, ignored nor reported", () => {
    expect(unaccountedFields(report(["a", "b", "c"], ["a"], ["b"]))).toEqual(["c"]);
  });
});
