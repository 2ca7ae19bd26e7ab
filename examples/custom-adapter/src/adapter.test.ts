import { readFileSync } from "node:fs";
import { dateOfBirthProblems, mapSourceRecord, runAdapter } from "@cse-flags/adapter-kit";
import { describeAdapterConformance } from "@cse-flags/adapter-kit/conformance";
import { describe, expect, it } from "vitest";
import { northshireCrimeAdapter } from "./adapter.js";

const exportCsv = readFileSync(new URL("../fixtures/northshire-export.csv", import.meta.url), "utf8");

// The shared suite every adapter runs: nothing skipped.
describeAdapterConformance(northshireCrimeAdapter, {
  fixtures: [{ name: "northshire-export.csv", input: exportCsv }],
});

describe("the Northshire crime adapter", () => {
  it("maps the export, rejects the row with an impossible date, and reconciles", async () => {
    const events = [];
    for await (const event of runAdapter(northshireCrimeAdapter, exportCsv)) events.push(event);
    const outcomes = events.flatMap((e) =>
      e.type === "mapped"
        ? [`${e.record.source.recordId} mapped`]
        : e.type === "rejected"
          ? [`line ${e.position.line} rejected: ${e.issues.map((i) => i.reason ?? i.code).join()}`]
          : [],
    );
    expect(outcomes).toEqual([
      "NS-0001 mapped",
      "NS-0002 mapped",
      "NS-0003 mapped",
      "NS-0004 mapped",
      "line 7 rejected: invalid-offence-date",
      "NS-0006 mapped",
    ]);
    const last = events.at(-1);
    expect(last?.type).toBe("reconciliation");
    if (last?.type !== "reconciliation") return;
    expect(last.reconciliation).toMatchObject({
      read: 6,
      mapped: 5,
      rejected: 1,
      unmappedCodes: [
        { name: "northshire/offence-codes", count: 1 },
        { name: "northshire/risk-flags", count: 1 },
      ],
      explicitlyUnmapped: [
        { name: "northshire/marker-codes", count: 1 },
        { name: "northshire/offence-codes", count: 1 },
        { name: "northshire/risk-flags", count: 1 },
      ],
      unaccountedFields: [],
    });
  });

  it("maps NS-0001 to the canonical record a reviewer would expect", async () => {
    for await (const event of runAdapter(northshireCrimeAdapter, exportCsv)) {
      if (event.type !== "mapped") continue;
      expect(event.record).toEqual({
        kind: "crime",
        source: {
          force: "northshire",
          system: "crime-export",
          recordId: "NS-0001",
          adapter: { id: "northshire-crime", version: "1.0.0" },
        },
        classification: "OFFICIAL-SENSITIVE",
        event: { start: "2026-03-14" },
        recordedAt: "2026-03-16",
        // Canonical order: persons by reference, indicators by code.
        persons: [
          { ref: "S-001", roles: ["suspect"], attributes: [] },
          { ref: "V-001", roles: ["victim"], dateOfBirth: "2011-09-02", attributes: ["looked-after"] },
        ],
        offences: [{ homeOffice: { code: "71" } }],
        indicators: [
          { code: "associates-with-older-adults", personRef: "V-001", sourcePath: "risk_flags" },
          { code: "missing-from-home-or-care", personRef: "V-001", sourcePath: "risk_flags" },
          { code: "unexplained-money-or-goods", personRef: "V-001", sourcePath: "risk_flags" },
        ],
        locations: [],
        vehicles: [],
        markers: [
          {
            kind: "CSE",
            qualifiers: [],
            subject: { type: "record" },
            sourceCode: { system: "northshire/marker-codes", code: "CSE" },
          },
        ],
        unmappedCodes: [],
      });
      return;
    }
  });

  it("rejects a victim born after the offence, or over 130 at it, with the kit's reasons", () => {
    const row = {
      crime_ref: "NS-0007",
      recorded: "16/03/2026",
      offence_date: "14/03/2026",
      local_offence: "SX-EXPL",
      marker_flag: "",
      risk_flags: "MISS",
      victim_ref: "V-007",
      victim_dob: "",
      victim_looked_after: "N",
      suspect_ref: "",
      officer_notes: "",
      officer_id: "PC-1001",
    };
    const outcome = (victim_dob: string, offence_date = row.offence_date, recorded = row.recorded) => {
      const result = mapSourceRecord(northshireCrimeAdapter, { ...row, victim_dob, offence_date, recorded });
      if (result.status === "mapped") return "mapped";
      return result.issues.map((i) => `${i.reason ?? i.code} at ${i.path.join("/")}`).join();
    };
    expect(outcome("14/03/2026")).toBe("mapped");
    expect(outcome("15/03/2026")).toBe("born-after-event at victim_dob");
    // The schema takes years 1900 to 2099 only, so a year like 1011 never reaches `map`...
    expect(outcome("02/09/1011")).toBe("invalid_format at victim_dob");
    // ...but 1900 for 2000 does, on a later offence: 130 at it is the most core allows.
    expect(outcome("15/03/1900", "14/03/2030", "16/03/2030")).toBe("mapped");
    expect(outcome("14/03/1900", "14/03/2030", "16/03/2030")).toBe("mapped");
    expect(outcome("14/03/1900", "14/03/2031", "16/03/2031")).toBe("implausible-date-of-birth at victim_dob");
  });

  it("gives exactly the rejection reasons its README lists", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const section = readme.slice(readme.indexOf("## Rejection reasons"));
    const listed = [...section.matchAll(/^\| `([a-z-]+)`/gm)].map((m) => m[1]);
    const source = readFileSync(new URL("./adapter.ts", import.meta.url), "utf8");
    const given = [...source.matchAll(/ctx\.reject\("([a-z-]+)"/g)].map((m) => m[1]);
    if (source.includes("dateOfBirthProblem(")) given.push(...dateOfBirthProblems);
    expect(given.length).toBeGreaterThan(3);
    expect([...listed].sort()).toEqual([...new Set(given)].sort());
  });

  it("reports a risk flag with no mapping on the record, instead of dropping it", async () => {
    for await (const event of runAdapter(northshireCrimeAdapter, exportCsv)) {
      if (event.type === "mapped" && event.record.source.recordId === "NS-0004") {
        expect(event.record.unmappedCodes).toEqual([
          { system: "northshire/risk-flags", code: "NEWFLAG", path: "risk_flags" },
        ]);
      }
    }
  });

  it("refuses an export with a column that could reach a prototype, row by row", async () => {
    const hostile = exportCsv.replace("officer_id", "__proto__");
    const events = [];
    for await (const event of runAdapter(northshireCrimeAdapter, hostile)) events.push(event);
    const last = events.at(-1);
    expect(last?.type === "reconciliation" && last.reconciliation).toMatchObject({
      read: 6,
      mapped: 0,
      rejected: 6,
      rejectedBy: [{ name: "forbidden_key", count: 6 }],
    });
    expect(({} as Record<string, unknown>)["PC-1001"]).toBeUndefined();
  });
});
