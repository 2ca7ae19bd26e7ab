import type { Reconciliation } from "@cse-flags/adapter-kit";
import { describe, expect, it } from "vitest";
import { reconciles } from "./reconciles.js";
import type { RunResult } from "./run-records.js";

const account = (read: number, mapped: number, rejected: number): Reconciliation => ({
  read,
  mapped,
  rejected,
  rejectedBy: [],
  unmappedCodes: [],
  unreportableCodes: [],
  explicitlyUnmapped: [],
  notRelated: [],
  ignoredFields: [],
  unaccountedFields: [],
});

/** Two files of 3 and 2 records, one rejected, read through one adapter. */
const balanced: RunResult = {
  summary: {
    command: "validate",
    read: 5,
    ok: 4,
    rejected: 1,
    files: [
      { file: "a.csv", read: 3, ok: 2, rejected: 1 },
      { file: "b.csv", read: 2, ok: 2, rejected: 0 },
    ],
    rejectedBy: [{ code: "invalid_type", count: 1 }],
  },
  reconciliations: [{ files: ["a.csv", "b.csv"], read: 5, reconciliation: account(5, 4, 1) }],
  internalErrors: 0,
};

describe("reconciles", () => {
  it("accepts a run where every count agrees", () => {
    expect(reconciles(balanced)).toBe(true);
  });

  it("catches a record lost between reading and writing its outcome", () => {
    expect(reconciles({ ...balanced, summary: { ...balanced.summary, ok: 3 } })).toBe(false);
  });

  it("catches a file whose own counts do not add up, even when the totals do", () => {
    const files = [
      { file: "a.csv", read: 3, ok: 3, rejected: 1 },
      { file: "b.csv", read: 2, ok: 1, rejected: 0 },
    ];
    expect(reconciles({ ...balanced, summary: { ...balanced.summary, files } })).toBe(false);
  });

  it("catches files that do not add up to the total read", () => {
    const files = [{ file: "a.csv", read: 3, ok: 2, rejected: 1 }];
    expect(reconciles({ ...balanced, summary: { ...balanced.summary, files } })).toBe(false);
  });

  it("catches an adapter's own account that saw more or fewer records than were read", () => {
    for (const reconciliation of [account(6, 5, 1), account(4, 3, 1), account(5, 4, 0)])
      expect(
        reconciles({
          ...balanced,
          reconciliations: [{ files: ["a.csv", "b.csv"], read: 5, reconciliation }],
        }),
      ).toBe(false);
  });
});
