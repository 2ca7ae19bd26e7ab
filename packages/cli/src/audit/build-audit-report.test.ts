import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AuditOptionsError } from "./audit-errors.js";
import { type AuditedRecord, type AuditReport, findingCodes, type RejectedRecord } from "./audit-model.js";
import { type AuditContext, buildAuditReport } from "./build-audit-report.js";
import { defaultLinkConfig } from "./link-config.js";
import {
  auditedRecord,
  auditedRecordsArb,
  auditFiles,
  carried,
  onPerson,
  person,
  proposed,
} from "./test-records.js";

const context = (
  records: readonly AuditedRecord[],
  rejected: readonly RejectedRecord[] = [],
): AuditContext => ({
  read: records.length + rejected.length,
  files: auditFiles.map(({ file, system }) => ({
    file,
    system,
    read: [...records.map((r) => r.place.file), ...rejected.map((r) => r.file)].filter((f) => f === file)
      .length,
  })),
  taxonomyVersion: "1.0.0",
  policy: { id: "national", version: "1.0.0", layers: ["national"] },
  links: defaultLinkConfig,
});
const plain = { suppressSmallCounts: false, withReferences: false };
const report = (records: AuditedRecord[], options = plain, rejected: RejectedRecord[] = []): AuditReport =>
  buildAuditReport(records, rejected, context(records, rejected), options);

const rejectedArb = fc.array(
  fc.record({
    file: fc.constantFrom(...auditFiles.map((f) => f.file)),
    index: fc.nat(20),
    codes: fc.subarray(["invalid_type", "custom:event-order"], { minLength: 1 }),
  }),
  { maxLength: 3 },
);

// Two systems that disagree about one child, and a record nothing links.
const crime = auditedRecord({
  file: "crime.ndjson",
  index: 0,
  line: 1,
  recordId: "CR-0001",
  persons: [person("CHILD-A", "13-15")],
  carried: [carried("CSE", onPerson(0))],
  proposed: [proposed("CSE", onPerson(0))],
});
const intel = auditedRecord({
  file: "intel.ndjson",
  index: 0,
  system: "intel-sys",
  kind: "intelligence",
  recordId: "IR-0001",
  persons: [person("CHILD-A", "13-15")],
  proposed: [proposed("CSE", onPerson(0))],
  dataQuality: [{ code: "age-unknown", path: "/persons/0" }],
});
const lone = auditedRecord({
  file: "crime.ndjson",
  index: 1,
  recordId: "CR-0002",
  persons: [person("CHILD-B", "16-17")],
  carried: [carried("CSE", onPerson(0))],
});

describe("buildAuditReport", () => {
  it("sorts findings by file order, position and code, and counts every code", () => {
    const audit = report([intel, lone, crime], plain, [
      { file: "crime.ndjson", index: 2, codes: ["invalid_type"] },
    ]);
    expect(audit.findings.map((f) => [f.records[0]?.file, f.records[0]?.index, f.code])).toEqual([
      ["crime.ndjson", 1, "unsupported-marker"],
      ["crime.ndjson", 1, "unlinked-record"],
      ["crime.ndjson", 2, "record-rejected"],
      ["intel.ndjson", 0, "missing-marker"],
      ["intel.ndjson", 0, "cross-system-disagreement"],
      ["intel.ndjson", 0, "age-unknown"],
    ]);
    expect(audit.findingCounts.map((entry) => entry.code)).toEqual(findingCodes);
    expect(audit.findingCounts.find((entry) => entry.code === "missing-marker")?.count).toBe(1);
    expect(audit.summary).toMatchObject({
      read: 4,
      audited: 3,
      rejected: 1,
      systems: [
        { system: "crime-sys", records: 2 },
        { system: "intel-sys", records: 1 },
      ],
      linkedPeople: 2,
      linkKeys: ["person", "occurrence"],
    });
    expect(audit.findings.find((f) => f.code === "missing-marker")?.person).toBe(1);
    expect(audit.suppressed).toBe(false);
    expect(audit.withReferences).toBe(false);
  });

  it("adds record references and people's link values only with withReferences", () => {
    const withRefs = report([crime, intel], { suppressSmallCounts: false, withReferences: true });
    expect(withRefs.withReferences).toBe(true);
    const disagreement = withRefs.findings.find((f) => f.code === "cross-system-disagreement");
    expect(disagreement?.records.map((r) => r.recordId)).toEqual(["IR-0001", "CR-0001"]);
    expect(disagreement?.personKeys).toEqual({ person: ["CHILD-A"] });
    const without = JSON.stringify(report([crime, intel]));
    for (const value of ["CR-0001", "IR-0001", "CHILD-A"]) expect(without).not.toContain(value);
  });

  it("refuses suppressed counts with references, in a typed error that names options only", () => {
    expect(() => report([crime], { suppressSmallCounts: true, withReferences: true })).toThrow(
      AuditOptionsError,
    );
  });

  it("lists no findings when suppressing, and shows no count from 1 to 5", () => {
    const audit = report([crime, intel, lone], { suppressSmallCounts: true, withReferences: false });
    expect(audit.suppressed).toBe(true);
    expect(audit.findings).toEqual([]);
    expect(audit.profile.figures.cseCases).toBe("c");
    expect(audit.findingCounts.every((entry) => entry.count === 0 || entry.count === "c")).toBe(true);
  });

  it("never puts a record reference or link value in a report without withReferences", () => {
    fc.assert(
      fc.property(auditedRecordsArb(), rejectedArb, fc.boolean(), (records, rejected, suppress) => {
        const text = JSON.stringify(
          report(records, { suppressSmallCounts: suppress, withReferences: false }, rejected),
        );
        // Every value in the synthetic records starts REF-: record ids, person and occurrence keys.
        expect(text).not.toContain("REF-");
      }),
    );
  });

  it("never shows a count from 1 to 5 when suppressing, but the size of the exports", () => {
    fc.assert(
      fc.property(auditedRecordsArb(20), rejectedArb, (records, rejected) => {
        const audit = report(records, { suppressSmallCounts: true, withReferences: false }, rejected);
        const { period: _, ...figures } = audit.profile.figures;
        // The systems table's first column counts every record of each export, as the summary does.
        const counts = [
          ...Object.values(figures),
          audit.summary.rejected,
          audit.summary.linkedPeople,
          ...audit.findingCounts.map((entry) => entry.count),
          ...audit.profile.tables.flatMap((t) =>
            t.rows.flatMap((row) => (t.id === "system" ? row.counts.slice(1) : row.counts)),
          ),
        ];
        for (const count of counts) expect(typeof count === "number" && count >= 1 && count <= 5).toBe(false);
      }),
    );
  });

  it("gives the same report whatever order, or batches, the records arrive in", () => {
    fc.assert(
      fc.property(
        auditedRecordsArb(),
        rejectedArb,
        fc.boolean(),
        fc.infiniteStream(fc.nat()),
        (records, rejected, withReferences, randomness) => {
          const options = { suppressSmallCounts: false, withReferences };
          const expected = JSON.stringify(report(records, options, rejected));
          // Records from worker threads can arrive out of order: shuffle them.
          const shuffled = [...records];
          const draws = randomness.take(shuffled.length);
          let i = shuffled.length;
          for (const draw of draws) {
            const j = draw % i;
            i -= 1;
            [shuffled[i], shuffled[j]] = [shuffled[j] as AuditedRecord, shuffled[i] as AuditedRecord];
          }
          expect(JSON.stringify(report(shuffled, options, [...rejected].reverse()))).toBe(expected);
          expect(JSON.stringify(report(records, options, rejected))).toBe(expected);
        },
      ),
    );
  });

  it("accounts for every record: per system, per file, and in the marker table's basis", () => {
    fc.assert(
      fc.property(auditedRecordsArb(), rejectedArb, (records, rejected) => {
        const audit = report(records, plain, rejected);
        const systemTotal = audit.summary.systems.reduce((sum, s) => sum + s.records, 0);
        expect(systemTotal).toBe(records.length);
        expect(audit.summary.audited + (audit.summary.rejected as number)).toBe(audit.summary.read);
        const systemTable = audit.profile.tables.find((t) => t.id === "system");
        expect(systemTable?.rows.reduce((sum, row) => sum + (row.counts[0] as number), 0)).toBe(
          records.length,
        );
        // A marker kind is never counted on more records than there are.
        for (const row of audit.profile.tables.find((t) => t.id === "marker")?.rows ?? [])
          for (const count of row.counts) expect(count as number).toBeLessThanOrEqual(records.length);
        expect(audit.findingCounts.find((f) => f.code === "record-rejected")?.count).toBe(rejected.length);
        expect(audit.findingCounts.reduce((sum, f) => sum + (f.count as number), 0)).toBe(
          audit.findings.length,
        );
      }),
    );
  });
});
