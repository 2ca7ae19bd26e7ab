import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { AuditedRecord, Profile, ProfileTableId } from "./audit-model.js";
import { buildProfile, figureOffences } from "./build-profile.js";
import { linkRecords } from "./link-records.js";
import {
  auditedRecord,
  auditedRecordsArb,
  carried,
  indicator,
  onPerson,
  onRecord,
  person,
  proposed,
} from "./test-records.js";

const profileOf = (records: AuditedRecord[]): Profile =>
  buildProfile(records, linkRecords(records.map((r) => r.facts)));
const rows = (profile: Profile, id: ProfileTableId) =>
  profile.tables.find((t) => t.id === id)?.rows.map((row) => [row.key, ...row.counts]);

describe("buildProfile", () => {
  // A small synthetic problem profile: two children, one adult suspect, three systems.
  const records = [
    auditedRecord({
      file: "crime.ndjson",
      index: 0,
      month: "2024-02",
      persons: [person("CHILD-A", "13-15"), person("ADULT-X", "18-or-over", { roles: ["suspect"] })],
      offenceClasses: ["cse-defining"],
      homeOfficeCodes: ["71", "88A"],
      occurrenceKeys: { occurrence: ["CR-0001"] },
      carried: [carried("CSE", onRecord, { qualifiers: ["group-based"] })],
      proposed: [proposed("CSE", onPerson(0)), proposed("CSE", onPerson(1))],
      indicators: [
        indicator("exchange-money", 0),
        indicator("exchange-money", 0),
        indicator("drug-misuse", 0),
      ],
    }),
    auditedRecord({
      file: "intel.ndjson",
      system: "intel-sys",
      kind: "intelligence",
      month: "2024-01",
      persons: [person("CHILD-A", "16-17")],
      occurrenceKeys: { occurrence: ["IR-0001", "CR-0001"] },
      proposed: [proposed("CSE", onRecord)],
      indicators: [indicator("peers-sexually-exploited", 0)],
    }),
    auditedRecord({
      file: "crime.ndjson",
      index: 1,
      month: "2023-12",
      persons: [person("CHILD-B", "unknown")],
      homeOfficeCodes: ["72"],
      soaSections: ["15A"],
      carried: [carried("CCE", onPerson(0)), carried("CSE", onPerson(0), { status: "rejected" })],
    }),
    auditedRecord({
      file: "missing.ndjson",
      system: "missing-sys",
      kind: "missing-person",
      month: "2024-03",
      persons: [person("CHILD-B", "13-15", { roles: ["missing-person"] })],
      missingEpisode: { person: 0, priorEpisodes: 2 },
      indicators: [indicator("exchange-gifts", 0)],
      carried: [carried("CSE", onPerson(0))],
    }),
  ];
  const profile = profileOf(records);

  it("counts records by marker among all records, carried (still standing) and proposed", () => {
    expect(rows(profile, "marker")).toEqual([
      ["CSE", 2, 2],
      ["CSA", 0, 0],
      ["CCE", 1, 0],
      ["CE", 0, 0],
    ]);
  });

  it("counts CSE-related records by offence class, indicator (once a record), system and month", () => {
    expect(rows(profile, "offence-class")).toEqual([["cse-defining", 1]]);
    expect(rows(profile, "indicator")).toEqual([
      ["peers-sexually-exploited", 1],
      ["drug-misuse", 1],
      ["exchange-money", 1],
      ["exchange-gifts", 1],
    ]);
    expect(rows(profile, "system")).toEqual([
      ["crime-sys", 2, 1],
      ["intel-sys", 1, 1],
      ["missing-sys", 1, 1],
    ]);
    expect(rows(profile, "month")).toEqual([
      ["2024-01", 1],
      ["2024-02", 1],
      ["2024-03", 1],
    ]);
  });

  it("bands the people under a CSE marker (not suspects) by their youngest known band", () => {
    expect(rows(profile, "age-band")).toEqual([["13-15", 2]]);
  });

  it("counts no detainee proposed CSE as an offender, nor by a marker on the whole record", () => {
    const custody = auditedRecord({
      system: "custody-sys",
      kind: "custody",
      persons: [person("ADULT-Y", "18-or-over", { roles: ["detainee"] }), person("CHILD-Z", "13-15")],
      proposed: [
        proposed("CSE", onRecord),
        proposed("CSE", { type: "person", person: 0, role: "offender" }),
        proposed("CSE", { type: "person", person: 1, role: "person-at-risk" }),
      ],
    });
    const custodyProfile = profileOf([custody]);
    expect(rows(custodyProfile, "age-band")).toEqual([["13-15", 1]]);
    expect(custodyProfile.figures.children).toBe(1);
  });

  it("reproduces the founding report's figures from the data", () => {
    expect(profile.figures).toEqual({
      cseCases: 2, // CR-0001 (crime and intelligence together) and the missing episode
      groomingCases: 2, // 88A in CR-0001, s.15A in the second crime
      traffickingCases: 1,
      groupBasedCases: 1,
      children: 2,
      repeatMissingWithIndicators: 1,
      period: { from: "2024-01", to: "2024-03" },
    });
  });

  it("keeps the figures' offence codes in one place", () => {
    expect(figureOffences.grooming).toEqual({ homeOffice: ["88A"], soaSections: ["15A"] });
    expect(figureOffences.trafficking).toEqual({ homeOffice: ["72"], soaSections: [] });
  });

  it("counts repeat missing episodes once when a record's history includes the other records", () => {
    const episode = (index: number, priorEpisodes: number, indicators = [indicator("exchange-gifts", 0)]) =>
      auditedRecord({
        file: "missing.ndjson",
        index,
        persons: [person("CHILD-C", "13-15", { roles: ["missing-person"] })],
        missingEpisode: { person: 0, priorEpisodes },
        indicators,
      });
    expect(profileOf([episode(0, 0), episode(1, 1)]).figures.repeatMissingWithIndicators).toBe(1);
    expect(profileOf([episode(0, 1)]).figures.repeatMissingWithIndicators).toBe(1);
    expect(profileOf([episode(0, 0)]).figures.repeatMissingWithIndicators).toBe(0);
    expect(
      profileOf([episode(0, 3, [indicator("drug-supply", 0)])]).figures.repeatMissingWithIndicators,
    ).toBe(0);
    // Going missing is a shared sign itself: it does not count twice.
    const missingOnly = [indicator("missing-from-home-or-care", 0)];
    expect(profileOf([episode(0, 3, missingOnly)]).figures.repeatMissingWithIndicators).toBe(0);
  });

  it("has no period and zero figures when nothing is CSE-related", () => {
    const quiet = profileOf([auditedRecord({})]);
    expect(quiet.figures.period).toBeUndefined();
    expect(quiet.figures.cseCases).toBe(0);
    expect(rows(quiet, "month")).toEqual([]);
  });

  it("counts every audited record once in the system table, and CSE-related ones no more than that", () => {
    fc.assert(
      fc.property(auditedRecordsArb(), (audited) => {
        const profile = profileOf(audited);
        const systemRows = profile.tables.find((t) => t.id === "system")?.rows ?? [];
        const total = (column: number) =>
          systemRows.reduce((sum, row) => sum + (row.counts[column] as number), 0);
        expect(total(0)).toBe(audited.length);
        const monthRows = profile.tables.find((t) => t.id === "month")?.rows ?? [];
        expect(monthRows.reduce((sum, row) => sum + (row.counts[0] as number), 0)).toBe(total(1));
        // The children are the people of the age-band table, less known adults.
        const bands = profile.tables.find((t) => t.id === "age-band")?.rows ?? [];
        const people = bands.reduce(
          (sum, row) => sum + (row.key === "18-or-over" ? 0 : (row.counts[0] as number)),
          0,
        );
        expect(profile.figures.children).toBe(people);
        expect(profile.figures.cseCases).toBeLessThanOrEqual(total(1));
      }),
    );
  });
});
