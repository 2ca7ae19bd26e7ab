import { describe, expect, it } from "vitest";
import type { Finding } from "./audit-model.js";
import { findMarkerFindings } from "./find-marker-findings.js";
import { auditedRecord, carried, onPerson, onRecord, person, proposed } from "./test-records.js";

const summary = (findings: readonly Finding[]) =>
  findings.map((f) => [f.code, f.severity, f.markers.join("/"), f.records[0]?.subject]);

describe("findMarkerFindings", () => {
  it("finds nothing when the record carries what the policy proposes", () => {
    const record = auditedRecord({
      carried: [carried("CSE", onPerson(0))],
      proposed: [proposed("CSE", onPerson(0))],
    });
    expect(findMarkerFindings(record)).toEqual([]);
  });

  it("takes a marker carried on the whole record as matching a proposal on any subject", () => {
    const record = auditedRecord({
      persons: [person("CHILD-A"), person("CHILD-B")],
      carried: [carried("CSE", onRecord)],
      proposed: [proposed("CSE", onPerson(0)), proposed("CSE", onPerson(1))],
    });
    expect(findMarkerFindings(record)).toEqual([]);
  });

  it("takes a marker carried on a person as meeting a proposal on the whole record", () => {
    const record = auditedRecord({
      persons: [person("CHILD-A"), person("CHILD-B")],
      carried: [carried("CSE", onPerson(1))],
      proposed: [proposed("CSE", onRecord), proposed("CSE", onPerson(1))],
    });
    expect(findMarkerFindings(record)).toEqual([]);
  });

  it("reports a missing proposal with its rules and evidence: high for CSE, medium otherwise", () => {
    const record = auditedRecord({
      file: "crime.ndjson",
      index: 4,
      line: 5,
      proposed: [
        proposed("CSE", onPerson(0), { rules: ["national/cse-defining-offence"], evidence: ["/offences/0"] }),
        proposed("CSA", onPerson(0)),
      ],
    });
    const findings = findMarkerFindings(record, [7]);
    expect(summary(findings)).toEqual([
      ["missing-marker", "high", "CSE", "/persons/0"],
      ["missing-marker", "medium", "CSA", "/persons/0"],
    ]);
    expect(findings[0]).toMatchObject({
      category: "marker",
      person: 7,
      rules: ["national/cse-defining-offence"],
      evidence: ["/offences/0"],
      records: [
        {
          file: "crime.ndjson",
          index: 4,
          line: 5,
          system: "crime-sys",
          kind: "crime",
          role: "lacks CSE, proposes CSE",
        },
      ],
    });
  });

  it("reports a carried marker the policy does not propose, for a person to review", () => {
    const record = auditedRecord({
      carried: [carried("CE", onRecord), carried("CSE", onPerson(0), { status: "confirmed" })],
      proposed: [proposed("CSE", onPerson(0))],
    });
    const findings = findMarkerFindings(record);
    expect(summary(findings)).toEqual([["unsupported-marker", "medium", "CE", "record"]]);
    expect(findings[0]?.message).toContain("never removed");
    expect(findings[0]?.message).toContain("person to review");
    expect(findings[0]?.evidence).toEqual(["/markers/0"]);
    expect(findings[0]?.person).toBeUndefined();
  });

  it("treats a person-level carried marker as unsupported when the proposal is for someone else", () => {
    const record = auditedRecord({
      persons: [person("CHILD-A"), person("CHILD-B")],
      carried: [carried("CSE", onPerson(1))],
      proposed: [proposed("CSE", onPerson(0))],
    });
    expect(summary(findMarkerFindings(record))).toEqual([
      ["missing-marker", "high", "CSE", "/persons/0"],
      ["unsupported-marker", "medium", "CSE", "/persons/1"],
    ]);
  });

  it.each(["rejected", "withdrawn", "expired"] as const)(
    "leaves alone a marker a person %s: neither unsupported nor missing",
    (status) => {
      const unproposed = auditedRecord({ carried: [carried("CSE", onPerson(0), { status })] });
      expect(findMarkerFindings(unproposed)).toEqual([]);
      const stillProposed = auditedRecord({
        carried: [carried("CSE", onPerson(0), { status })],
        proposed: [proposed("CSE", onPerson(0))],
      });
      expect(findMarkerFindings(stillProposed)).toEqual([]);
    },
  );

  it.each([
    ["CCE", "CSE", "cse-cce-confusion"],
    ["CSE", "CCE", "cse-cce-confusion"],
    ["CSA", "CSE", "cse-csa-confusion"],
    ["CSE", "CSA", "cse-csa-confusion"],
  ] as const)("reads carried %s where %s is proposed as one %s finding", (had, wanted, code) => {
    const record = auditedRecord({
      carried: [carried(had, onPerson(0))],
      proposed: [proposed(wanted, onPerson(0), { rules: ["national/r1"], evidence: ["/indicators/0"] })],
    });
    const findings = findMarkerFindings(record, [3]);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code,
      category: "confusion",
      severity: "high",
      markers: [had, wanted],
      person: 3,
      rules: ["national/r1"],
      evidence: ["/markers/0", "/indicators/0"],
    });
  });

  it("pairs a marker carried on the record with a proposal on a person, but not markers on different people", () => {
    const onTheRecord = auditedRecord({
      carried: [carried("CSE", onRecord)],
      proposed: [proposed("CCE", onPerson(0))],
    });
    expect(summary(findMarkerFindings(onTheRecord))).toEqual([
      ["cse-cce-confusion", "high", "CSE/CCE", "/persons/0"],
    ]);
    const twoPeople = auditedRecord({
      persons: [person("CHILD-A"), person("CHILD-B")],
      carried: [carried("CSE", onPerson(1))],
      proposed: [proposed("CCE", onPerson(0))],
    });
    expect(summary(findMarkerFindings(twoPeople)).map(([code]) => code)).toEqual([
      "missing-marker",
      "unsupported-marker",
    ]);
  });

  it("does not pair CCE with CSA, and pairs each marker once", () => {
    const noPair = auditedRecord({
      carried: [carried("CCE", onPerson(0))],
      proposed: [proposed("CSA", onPerson(0))],
    });
    expect(summary(findMarkerFindings(noPair)).map(([code]) => code)).toEqual([
      "missing-marker",
      "unsupported-marker",
    ]);
    const once = auditedRecord({
      persons: [person("CHILD-A"), person("CHILD-B")],
      carried: [carried("CSE", onRecord)],
      proposed: [proposed("CCE", onPerson(0)), proposed("CCE", onPerson(1))],
    });
    expect(summary(findMarkerFindings(once))).toEqual([
      ["missing-marker", "medium", "CCE", "/persons/1"],
      ["cse-cce-confusion", "high", "CSE/CCE", "/persons/0"],
    ]);
  });
});
