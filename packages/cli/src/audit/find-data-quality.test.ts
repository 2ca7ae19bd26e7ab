import { describe, expect, it } from "vitest";
import type { AuditedRecord } from "./audit-model.js";
import { findRecordDataQuality, findRejectedRecords, findUnlinkedRecords } from "./find-data-quality.js";
import { linkRecords } from "./link-records.js";
import { auditedRecord, carried, onPerson, person, proposed } from "./test-records.js";

const unlinked = (records: AuditedRecord[]) =>
  findUnlinkedRecords(records, linkRecords(records.map((r) => r.facts))).map((f) => f.records[0]?.file);

describe("findRecordDataQuality", () => {
  it("turns the decision's notes into age-unknown and policy-fact-missing findings, once per code and path", () => {
    const record = auditedRecord({
      dataQuality: [
        { code: "age-unknown", path: "/persons/1" },
        { code: "age-unknown", path: "/persons/1" },
        { code: "grading-unknown", path: "/intelligence/grading" },
      ],
    });
    const findings = findRecordDataQuality(record);
    expect(findings.map((f) => [f.code, f.detail, f.evidence, f.records[0]?.subject])).toEqual([
      ["age-unknown", undefined, ["/persons/1"], "/persons/1"],
      ["policy-fact-missing", "grading-unknown", ["/intelligence/grading"], "/intelligence/grading"],
    ]);
    expect(findings.every((f) => f.category === "data-quality" && f.markers.length === 0)).toBe(true);
  });

  it("raises one unmapped-code finding per code system, with its paths", () => {
    const record = auditedRecord({
      unmappedCodes: [
        { system: "crime-flags", path: "/FLAGS/0" },
        { system: "ho-codes", path: "/OFFENCE" },
        { system: "crime-flags", path: "/FLAGS/2" },
        { system: "crime-flags", path: "/FLAGS/2" },
      ],
    });
    expect(findRecordDataQuality(record).map((f) => [f.code, f.detail, f.evidence, f.severity])).toEqual([
      ["unmapped-code", "crime-flags", ["/FLAGS/0", "/FLAGS/2"], "low"],
      ["unmapped-code", "ho-codes", ["/OFFENCE"], "low"],
    ]);
  });
});

describe("findUnlinkedRecords", () => {
  const crime = (options: Parameters<typeof auditedRecord>[0]) =>
    auditedRecord({ file: "crime.ndjson", system: "crime-sys", ...options });
  const intel = (options: Parameters<typeof auditedRecord>[0]) =>
    auditedRecord({ file: "intel.ndjson", system: "intel-sys", ...options });

  it("finds a CSE-related record linked to no record of another system", () => {
    const records = [
      crime({ persons: [person("CHILD-A")], carried: [carried("CSE", onPerson(0))] }),
      crime({ persons: [person("CHILD-A")], proposed: [proposed("CSE")] }),
      intel({ persons: [person("CHILD-B")] }),
    ];
    expect(unlinked(records)).toEqual(["crime.ndjson", "crime.ndjson"]);
  });

  it("counts a link by person or by occurrence, and ignores records that are not CSE-related", () => {
    const byPerson = [
      crime({ persons: [person("CHILD-A")], carried: [carried("CSE", onPerson(0))] }),
      intel({ persons: [person("CHILD-A")] }),
    ];
    expect(unlinked(byPerson)).toEqual([]);
    const byOccurrence = [
      crime({
        persons: [],
        occurrenceKeys: { occurrence: ["CR-0001"] },
        proposed: [proposed("CSE", { type: "record" })],
      }),
      intel({ persons: [], occurrenceKeys: { occurrence: ["CR-0001"] } }),
    ];
    expect(unlinked(byOccurrence)).toEqual([]);
    const rejectedOnly = [
      crime({ persons: [person("CHILD-A")], carried: [carried("CSE", onPerson(0), { status: "rejected" })] }),
      intel({ persons: [person("CHILD-B")] }),
    ];
    expect(unlinked(rejectedOnly)).toEqual([]);
  });

  it("says nothing when the audit holds one system only", () => {
    expect(unlinked([crime({ carried: [carried("CSE", onPerson(0))] })])).toEqual([]);
  });
});

describe("findRejectedRecords", () => {
  it("lists each rejected record with its codes and the file's system", () => {
    const findings = findRejectedRecords(
      [
        { file: "crime.ndjson", index: 2, line: 3, codes: ["invalid_type", "custom:event-order"] },
        { file: "other.ndjson", index: 0, codes: ["invalid_json"] },
      ],
      new Map([["crime.ndjson", "crime-sys"]]),
    );
    expect(findings.map((f) => [f.code, f.detail, f.records])).toEqual([
      [
        "record-rejected",
        "invalid_type, custom:event-order",
        [{ file: "crime.ndjson", index: 2, line: 3, system: "crime-sys", kind: "unknown", role: "rejected" }],
      ],
      [
        "record-rejected",
        "invalid_json",
        [{ file: "other.ndjson", index: 0, system: "unknown", kind: "unknown", role: "rejected" }],
      ],
    ]);
  });
});
