import { describe, expect, it } from "vitest";
import type { AuditedRecord } from "./audit-model.js";
import { findCrossSystem } from "./find-cross-system.js";
import { linkRecords } from "./link-records.js";
import { auditedRecord, carried, indicator, onPerson, onRecord, person, proposed } from "./test-records.js";

const run = (records: AuditedRecord[]) => findCrossSystem(records, linkRecords(records.map((r) => r.facts)));

const crime = (options: Parameters<typeof auditedRecord>[0] = {}) =>
  auditedRecord({ file: "crime.ndjson", system: "crime-sys", ...options });
const intel = (options: Parameters<typeof auditedRecord>[0] = {}) =>
  auditedRecord({ file: "intel.ndjson", system: "intel-sys", kind: "intelligence", ...options });

describe("findCrossSystem", () => {
  it("finds a child carrying CSE in one system and not in another whose record proposes it", () => {
    const records = [
      crime({ index: 0, carried: [carried("CSE", onPerson(0))] }),
      intel({
        index: 3,
        persons: [person("CHILD-B", "18-or-over", { roles: ["suspect"] }), person("CHILD-A", "16-17")],
        proposed: [
          proposed("CSE", onPerson(1), {
            rules: ["national/striver"],
            evidence: ["/intelligence/operations/0"],
          }),
        ],
      }),
    ];
    const findings = run(records);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      code: "cross-system-disagreement",
      category: "cross-system",
      severity: "high",
      markers: ["CSE"],
      person: 1,
      rules: ["national/striver"],
      evidence: ["/intelligence/operations/0"],
      records: [
        { file: "intel.ndjson", index: 3, system: "intel-sys", subject: "/persons/1", role: "lacks CSE" },
        { file: "crime.ndjson", index: 0, system: "crime-sys", subject: "/persons/0", role: "carries CSE" },
      ],
    });
    expect(findings[0]?.message).toBe(
      "Linked person 1 carries CSE in crime-sys but not in intel-sys, whose record holds facts that support CSE.",
    );
  });

  it("takes a CSE sign observed on the child as support, and a marker on the whole record as carrying", () => {
    const records = [
      crime({ carried: [carried("CSE", onRecord)] }),
      intel({
        indicators: [
          indicator("drug-supply", 0),
          indicator("exchange-money", 0),
          indicator("exchange-gifts"),
        ],
      }),
    ];
    const findings = run(records);
    expect(findings.map((f) => f.evidence)).toEqual([["/indicators/1"]]);
  });

  it("needs facts that support CSE: a general or criminal indicator is not enough", () => {
    const records = [
      crime({ carried: [carried("CSE", onPerson(0))] }),
      intel({ indicators: [indicator("drug-supply", 0), indicator("looked-after-child", 0)] }),
    ];
    expect(run(records)).toEqual([]);
  });

  it("leaves out records of the same system, adults, and people of unknown age", () => {
    const sameSystem = [
      crime({ carried: [carried("CSE", onPerson(0))] }),
      crime({ index: 1, proposed: [proposed("CSE", onPerson(0))] }),
    ];
    expect(run(sameSystem)).toEqual([]);
    for (const band of ["18-or-over", "unknown"] as const) {
      const records = [
        crime({ persons: [person("CHILD-A", band)], carried: [carried("CSE", onPerson(0))] }),
        intel({ persons: [person("CHILD-A", band)], proposed: [proposed("CSE", onPerson(0))] }),
      ];
      expect(run(records)).toEqual([]);
    }
    // A child in one record and an adult in another is not taken for a child.
    const conflicting = [
      crime({ persons: [person("CHILD-A", "16-17")], carried: [carried("CSE", onPerson(0))] }),
      intel({ persons: [person("CHILD-A", "18-or-over")], proposed: [proposed("CSE", onPerson(0))] }),
    ];
    expect(run(conflicting)).toEqual([]);
  });

  it("counts a CSE marker a person rejected as a decision, not as lacking, and does not let it carry", () => {
    const lackingDecided = [
      crime({ carried: [carried("CSE", onPerson(0))] }),
      intel({
        carried: [carried("CSE", onPerson(0), { status: "rejected" })],
        proposed: [proposed("CSE", onPerson(0))],
      }),
    ];
    expect(run(lackingDecided)).toEqual([]);
    const carryingRejected = [
      crime({ carried: [carried("CSE", onPerson(0), { status: "withdrawn" })] }),
      intel({ proposed: [proposed("CSE", onPerson(0))] }),
    ];
    expect(run(carryingRejected)).toEqual([]);
  });

  it("raises one finding per lacking record, naming every carrying record of another system", () => {
    const records = [
      crime({ carried: [carried("CSE", onPerson(0))] }),
      auditedRecord({
        file: "custody.ndjson",
        system: "custody-sys",
        carried: [carried("CSE", onPerson(0))],
      }),
      intel({ proposed: [proposed("CSE", onPerson(0))], indicators: [indicator("exchange-money", 0)] }),
      intel({ index: 1, indicators: [indicator("sexually-transmitted-infection", 0)] }),
    ];
    const findings = run(records);
    expect(findings.map((f) => f.records.map((r) => `${r.system}:${r.role}`))).toEqual([
      ["intel-sys:lacks CSE", "crime-sys:carries CSE", "custody-sys:carries CSE"],
      ["intel-sys:lacks CSE", "crime-sys:carries CSE", "custody-sys:carries CSE"],
    ]);
    expect(findings[0]?.message).toContain("in crime-sys, custody-sys but not in intel-sys");
  });

  it("takes no shared sign alone as support: every missing episode holds one", () => {
    const records = [
      crime({ carried: [carried("CSE", onPerson(0))] }),
      intel({
        indicators: [indicator("missing-from-home-or-care", 0), indicator("peers-sexually-exploited", 0)],
      }),
    ];
    expect(run(records)).toEqual([]);
  });

  it("lists a few carrying records when many carry CSE, and counts the rest", () => {
    const records = [
      ...Array.from({ length: 20 }, (_, index) => crime({ index, carried: [carried("CSE", onPerson(0))] })),
      intel({ proposed: [proposed("CSE", onPerson(0))] }),
    ];
    const findings = run(records);
    expect(findings).toHaveLength(1);
    expect(findings[0]?.records.map((r) => `${r.system}:${r.index}`)).toEqual([
      "intel-sys:0",
      "crime-sys:0",
      "crime-sys:1",
      "crime-sys:2",
      "crime-sys:3",
      "crime-sys:4",
    ]);
    expect(findings[0]?.message).toContain("20 records carry it; the first 5 are listed.");
  });
});
