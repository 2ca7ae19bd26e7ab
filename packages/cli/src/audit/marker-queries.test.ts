import { describe, expect, it } from "vitest";
import { counts, coversPerson, isCseRelated, isCseSign, sameSubject, subjectPath } from "./marker-queries.js";
import { auditedRecord, carried, onPerson, onRecord, proposed } from "./test-records.js";

describe("marker queries", () => {
  it("counts a carried marker unless a person rejected, withdrew or expired it", () => {
    expect(counts(carried("CSE"))).toBe(true);
    expect(counts(carried("CSE", onRecord, { status: "suspected" }))).toBe(true);
    expect(counts(carried("CSE", onRecord, { status: "confirmed" }))).toBe(true);
    for (const status of ["rejected", "withdrawn", "expired"] as const)
      expect(counts(carried("CSE", onRecord, { status }))).toBe(false);
  });

  it("compares subjects by type and index", () => {
    expect(sameSubject(onPerson(1), onPerson(1))).toBe(true);
    expect(sameSubject(onPerson(1), onPerson(0))).toBe(false);
    expect(sameSubject(onRecord, onPerson(0))).toBe(false);
    expect(sameSubject({ type: "location", index: 0 }, { type: "vehicle", index: 0 })).toBe(false);
    expect(sameSubject({ type: "vehicle", index: 2 }, { type: "vehicle", index: 2 })).toBe(true);
  });

  it("takes a marker on the record to cover every person", () => {
    expect(coversPerson(carried("CSE", onRecord), 3)).toBe(true);
    expect(coversPerson(carried("CSE", onPerson(3)), 3)).toBe(true);
    expect(coversPerson(carried("CSE", onPerson(2)), 3)).toBe(false);
    expect(coversPerson(carried("CSE", { type: "location", index: 3 }), 3)).toBe(false);
  });

  it("names subjects by pointer", () => {
    expect(
      [
        onRecord,
        onPerson(2),
        { type: "location", index: 1 } as const,
        { type: "vehicle", index: 0 } as const,
      ].map(subjectPath),
    ).toEqual(["record", "/persons/2", "/locations/1", "/vehicles/0"]);
  });

  it("tells CSE-related records by a standing carried CSE marker or a CSE proposal", () => {
    expect(isCseRelated(auditedRecord({ carried: [carried("CSE")] }).facts)).toBe(true);
    expect(isCseRelated(auditedRecord({ proposed: [proposed("CSE")] }).facts)).toBe(true);
    expect(
      isCseRelated(auditedRecord({ carried: [carried("CSE", onRecord, { status: "expired" })] }).facts),
    ).toBe(false);
    expect(
      isCseRelated(auditedRecord({ carried: [carried("CCE")], proposed: [proposed("CSA")] }).facts),
    ).toBe(false);
  });

  it("takes sexual-element and shared exploitation signs as CSE signs, not vulnerability or criminal ones", () => {
    expect(isCseSign("exchange-money")).toBe(true);
    expect(isCseSign("peers-sexually-exploited")).toBe(true);
    expect(isCseSign("looked-after-child")).toBe(false);
    expect(isCseSign("county-lines-involvement")).toBe(false);
  });
});
