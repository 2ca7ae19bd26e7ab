// Shared by the core tests. All data is synthetic: made-up forces, systems, references and dates.
import { expect } from "vitest";
import type { PathSegment, Result } from "../src/issue.js";
import type { CanonicalRecord } from "../src/schemas/canonical-record.js";

/** A minimal valid crime record: one victim with a date of birth, one offence (HO 71), one indicator. */
export function syntheticCrimeRecord(): CanonicalRecord {
  return {
    kind: "crime",
    source: {
      force: "force-x",
      system: "crime-sys",
      recordId: "CR-2026-000123",
      adapter: { id: "adapter-crime", version: "1.0.0" },
    },
    classification: "OFFICIAL-SENSITIVE",
    event: { start: "2026-05-31" },
    recordedAt: "2026-06-01T09:00:00Z",
    persons: [{ ref: "P1", roles: ["victim"], dateOfBirth: "2008-06-01", attributes: [] }],
    offences: [{ homeOffice: { code: "71" } }],
    indicators: [{ code: "staying-out-late", personRef: "P1", sourcePath: "/flags/0" }],
    locations: [],
    vehicles: [],
    markers: [],
    unmappedCodes: [],
  };
}

export function expectAccepted<T>(result: Result<T>): void {
  if (!result.ok) expect.fail(`expected the input to be accepted, got ${JSON.stringify(result.issues)}`);
}

/** Expects exactly one issue: a cross-field check's `custom` issue at `path`. */
export function expectOnlyCheckIssue<T>(result: Result<T>, path: readonly PathSegment[]): void {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.issues).toEqual([{ path, code: "custom", message: expect.any(String) }]);
}
