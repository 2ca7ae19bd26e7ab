import { AdapterKitError, conceptMap, mapSourceRecord, type RunEvent } from "@cse-flags/adapter-kit";
import type { CanonicalRecord } from "@cse-flags/core";
import { describe, expect, it } from "vitest";
import {
  describeConformanceOnExamples,
  outcomeLines,
  readExampleExports,
  reconciliationOf,
  runEvents,
} from "../../../test-support/example-exports.js";
import { createIntelligenceAdapter } from "./adapter.js";
import { intelligenceConceptMaps } from "./concept-maps.js";
import { exampleRow } from "./test-rows.js";

const { csv: exportCsv, json: exportJson } = readExampleExports(new URL("../", import.meta.url));

const adapter = createIntelligenceAdapter({ force: "example-force" });

describeConformanceOnExamples(adapter, { csv: exportCsv, json: exportJson });

const run = (input: string, format: "csv" | "json-array") => runEvents(adapter, input, format);

/** Maps one row; the record, or the rejection's reason and field. */
const mapRow = (overrides: Parameters<typeof exampleRow>[0] = {}) => {
  const outcome = mapSourceRecord(adapter, exampleRow(overrides));
  if (outcome.status === "mapped") return { record: outcome.record };
  const [issue] = outcome.issues;
  return { stage: outcome.stage, reason: issue?.reason ?? issue?.code, path: issue?.path };
};

const recordOf = (overrides: Parameters<typeof exampleRow>[0] = {}): CanonicalRecord => {
  const result = mapRow(overrides);
  if (!("record" in result) || result.record === undefined)
    throw new Error(`expected a mapped record, got ${result.reason}`);
  return result.record;
};

describe("the bundled example export", () => {
  it("maps five reports, rejects two with reasons, and reconciles", async () => {
    const events = await run(exportCsv, "csv");
    expect(outcomeLines(events)).toEqual([
      "IR-0001 mapped",
      "IR-0002 mapped",
      "IR-0003 mapped",
      "IR-0004 mapped",
      "line 6 rejected: invalid-date at intel_date",
      "line 7 rejected: incomplete-person at subject_2_ref",
      "IR-0007 mapped",
    ]);
    expect(reconciliationOf(events)).toMatchObject({
      read: 7,
      mapped: 5,
      rejected: 2,
      // NEWCODE on IR-0004 has no mapping yet: reported, not dropped.
      unmappedCodes: [{ name: "intelligence-reference/indicators", count: 1 }],
      // NFA (indicator), DRUGS (report flag) and ASC (an associate's role) are deliberately unmapped.
      explicitlyUnmapped: [
        { name: "intelligence-reference/indicators", count: 1 },
        { name: "intelligence-reference/report-flags", count: 1 },
        { name: "intelligence-reference/subject-roles", count: 1 },
      ],
      unaccountedFields: [],
    });
  });

  it("gives the same records and rejections from the JSON export as from the CSV export", async () => {
    // Positions differ (CSV lines, JSON elements); what each record becomes must not.
    const outcomes = (events: RunEvent[]): unknown[] =>
      events.flatMap((e): unknown[] =>
        e.type === "mapped" ? [e.record] : e.type === "rejected" ? [[e.position.index, e.issues]] : [],
      );
    const fromCsv = outcomes(await run(exportCsv, "csv"));
    expect(fromCsv).toHaveLength(7);
    expect(outcomes(await run(exportJson, "json-array"))).toEqual(fromCsv);
  });

  it("maps IR-0001 to the record a reviewer would expect", async () => {
    const events = await run(exportCsv, "csv");
    const first = events.find((e) => e.type === "mapped");
    expect(first?.type === "mapped" && first.record).toEqual({
      kind: "intelligence",
      source: {
        force: "example-force",
        system: "intelligence-reference-export",
        recordId: "IR-0001",
        adapter: { id: "intelligence", version: "1.0.0" },
      },
      classification: "OFFICIAL-SENSITIVE",
      // 22:00 on 20 March is GMT; submitted the next morning.
      event: { start: "2026-03-20T22:00:00+00:00" },
      recordedAt: "2026-03-21T09:15:00+00:00",
      persons: [
        { ref: "ADULT-X", roles: ["suspect"], dateOfBirth: "1990-07-14", attributes: [] },
        {
          ref: "CHILD-P",
          roles: ["person-at-risk"],
          dateOfBirth: "2011-09-02",
          attributes: ["looked-after"],
        },
      ],
      offences: [],
      indicators: [
        {
          code: "associates-with-older-adults",
          personRef: "CHILD-P",
          sourcePath: "subject_1_indicators/OLDER",
        },
        { code: "exchange-gifts", personRef: "CHILD-P", sourcePath: "subject_1_indicators/XGIFTS" },
        { code: "missing-from-home-or-care", personRef: "CHILD-P", sourcePath: "subject_1_indicators/MFH" },
      ],
      locations: [],
      vehicles: [],
      intelligence: {
        grading: { scheme: "5x5x5", source: "B", intelligence: "2", handling: "4" },
        operations: ["STRIVER"],
      },
      markers: [
        {
          kind: "CSE",
          qualifiers: [],
          subject: { type: "record" },
          sourceCode: { system: "intelligence-reference/report-flags", code: "CSE" },
        },
      ],
      unmappedCodes: [],
    });
  });
});

describe("gradings", () => {
  it("keeps a 5x5x5 grading verbatim, handling code included", () => {
    const record = recordOf({
      grading_scheme: "5x5x5",
      source_eval: "E",
      intel_eval: "4",
      handling_code: "5",
    });
    expect(record.intelligence?.grading).toEqual({
      scheme: "5x5x5",
      source: "E",
      intelligence: "4",
      handling: "5",
    });
  });

  it("keeps a 3x5x2 grading verbatim, handling code included", () => {
    const record = recordOf({
      grading_scheme: "3x5x2",
      source_eval: "3",
      intel_eval: "E",
      handling_code: "C",
    });
    expect(record.intelligence?.grading).toEqual({
      scheme: "3x5x2",
      source: "3",
      intelligence: "E",
      handling: "C",
    });
  });

  it("leaves an ungraded report without a grading", () => {
    const record = recordOf({ grading_scheme: "", source_eval: "", intel_eval: "", handling_code: "" });
    expect(record.intelligence).toEqual({ operations: [] });
  });

  it("rejects a grading that is partly filled in or mixes the schemes, naming the cell", () => {
    expect(mapRow({ handling_code: "" })).toMatchObject({
      reason: "incomplete-grading",
      path: ["handling_code"],
    });
    expect(mapRow({ grading_scheme: "" })).toMatchObject({
      reason: "incomplete-grading",
      path: ["grading_scheme"],
    });
    // A 5x5x5 source letter in a 3x5x2 grading, and a 3x5x2 handling code in a 5x5x5 one.
    expect(mapRow({ source_eval: "A" })).toMatchObject({ reason: "invalid-grading", path: ["source_eval"] });
    expect(
      mapRow({ grading_scheme: "5x5x5", source_eval: "A", intel_eval: "1", handling_code: "P" }),
    ).toMatchObject({ reason: "invalid-grading", path: ["handling_code"] });
  });
});

describe("dates", () => {
  it("reads UK local times with the offset of the day, GMT or BST", () => {
    expect(recordOf({ intel_date: "20/03/2026 22:00" }).event.start).toBe("2026-03-20T22:00:00+00:00");
    expect(recordOf({ intel_date: "14/06/2025 23:30", submitted: "15/06/2025 08:00" })).toMatchObject({
      event: { start: "2025-06-14T23:30:00+01:00" },
      recordedAt: "2025-06-15T08:00:00+01:00",
    });
    // The clocks go forward at 01:00 GMT on 29 March 2026.
    expect(recordOf({ intel_date: "29/03/2026 00:59", submitted: "29/03/2026 02:00" })).toMatchObject({
      event: { start: "2026-03-29T00:59:00+00:00" },
      recordedAt: "2026-03-29T02:00:00+01:00",
    });
  });

  it("reads a time in the hour repeated when the clocks go back as the first, BST", () => {
    // The clocks go back at 02:00 BST on 25 October 2026: 01:30 happens twice.
    expect(recordOf({ intel_date: "25/10/2026 01:30", submitted: "25/10/2026 01:30" })).toMatchObject({
      event: { start: "2026-10-25T01:30:00+01:00" },
    });
  });

  it("keeps a date without a time as a date", () => {
    expect(recordOf({ intel_date: "20/03/2026", submitted: "21/03/2026" })).toMatchObject({
      event: { start: "2026-03-20" },
      recordedAt: "2026-03-21",
    });
  });

  it("rejects impossible dates and times with invalid-date, naming the field", () => {
    expect(mapRow({ intel_date: "29/02/2026" })).toMatchObject({
      reason: "invalid-date",
      path: ["intel_date"],
    });
    expect(mapRow({ submitted: "31/04/2026 10:00" })).toMatchObject({
      reason: "invalid-date",
      path: ["submitted"],
    });
    // 01:30 on 29 March 2026 never happened in the UK.
    expect(mapRow({ intel_date: "29/03/2026 01:30", submitted: "30/03/2026" })).toMatchObject({
      reason: "invalid-date",
      path: ["intel_date"],
    });
    expect(mapRow({ subject_1_dob: "31/09/2011" })).toMatchObject({
      reason: "invalid-date",
      path: ["subject_1_dob"],
    });
  });

  it("rejects a report submitted before the intelligence it records, and a subject born after it", () => {
    expect(mapRow({ submitted: "19/03/2026 10:00" })).toMatchObject({
      reason: "submitted-before-intelligence-date",
      path: ["submitted"],
    });
    expect(mapRow({ subject_1_dob: "21/03/2026" })).toMatchObject({
      reason: "born-after-event",
      path: ["subject_1_dob"],
    });
    // Born on the day is not after it.
    expect(recordOf({ subject_1_dob: "20/03/2026" }).persons[0]?.dateOfBirth).toBe("2026-03-20");
  });

  it("rejects a subject over 130 at the intelligence date, in any group: a mistyped year", () => {
    expect(mapRow({ subject_1_dob: "10/10/0000" })).toMatchObject({
      reason: "implausible-date-of-birth",
      path: ["subject_1_dob"],
    });
    expect(mapRow({ subject_1_dob: "20/03/1895" })).toMatchObject({
      reason: "implausible-date-of-birth",
      path: ["subject_1_dob"],
    });
    expect(recordOf({ subject_1_dob: "21/03/1895" }).persons[0]?.dateOfBirth).toBe("1895-03-21");
    expect(
      mapRow({ subject_2_ref: "ADULT-W", subject_2_role: "ASC", subject_2_dob: "01/01/1019" }),
    ).toMatchObject({ reason: "implausible-date-of-birth", path: ["subject_2_dob"] });
  });
});

describe("subjects", () => {
  const child = (record: CanonicalRecord) => record.persons.find((p) => p.ref === "CHILD-A");

  it("reads Y as the attribute, and both N and blank (not answered) as no attribute", () => {
    expect(
      child(recordOf({ subject_1_looked_after: "Y", subject_1_learning_disability: "Y" }))?.attributes,
    ).toEqual(["learning-disability", "looked-after"]);
    expect(
      child(recordOf({ subject_1_looked_after: "N", subject_1_learning_disability: "" }))?.attributes,
    ).toEqual([]);
  });

  it("keeps an unknown date of birth unknown", () => {
    expect(child(recordOf({ subject_1_dob: "" }))).toEqual({
      ref: "CHILD-A",
      roles: ["person-at-risk"],
      attributes: [],
    });
  });

  it("maps each role through the concept map and attaches indicators to their own subject", () => {
    const record = recordOf({
      subject_1_indicators: "MFH;XGIFTS",
      subject_3_ref: "ADULT-X",
      subject_3_role: "SUS",
      subject_3_indicators: "SUPPLY",
    });
    expect(record.persons.map((p) => [p.ref, p.roles])).toEqual([
      ["ADULT-X", ["suspect"]],
      ["CHILD-A", ["person-at-risk"]],
    ]);
    expect(record.indicators).toEqual([
      { code: "drug-supply", personRef: "ADULT-X", sourcePath: "subject_3_indicators/SUPPLY" },
      { code: "exchange-gifts", personRef: "CHILD-A", sourcePath: "subject_1_indicators/XGIFTS" },
      { code: "missing-from-home-or-care", personRef: "CHILD-A", sourcePath: "subject_1_indicators/MFH" },
    ]);
  });

  it("writes an indicator once when two local codes map to it", () => {
    expect(recordOf({ subject_1_indicators: "MFH; ABS ;MFH" }).indicators).toEqual([
      { code: "missing-from-home-or-care", personRef: "CHILD-A", sourcePath: "subject_1_indicators/MFH" },
    ]);
  });

  it("skips an entirely blank group and rejects one partly filled in, naming the blank cell", () => {
    expect(
      recordOf({
        subject_1_ref: "",
        subject_1_role: "",
        subject_1_dob: "",
        subject_1_indicators: "",
        subject_2_ref: "CHILD-A",
        subject_2_role: "PAR",
      }).persons,
    ).toHaveLength(1);
    expect(mapRow({ subject_2_dob: "01/01/1990" })).toMatchObject({
      reason: "incomplete-person",
      path: ["subject_2_ref"],
    });
    expect(mapRow({ subject_4_ref: "ADULT-X" })).toMatchObject({
      reason: "incomplete-person",
      path: ["subject_4_role"],
    });
    expect(mapRow({ subject_3_looked_after: "N", subject_3_role: "PAR" })).toMatchObject({
      reason: "incomplete-person",
      path: ["subject_3_ref"],
    });
  });

  it("makes a person written in two groups (two links to the report) one person, losing nothing", () => {
    const record = recordOf({
      subject_1_dob: "",
      subject_1_indicators: "MFH",
      subject_2_ref: "ADULT-X",
      subject_2_role: "SUS",
      subject_3_ref: "CHILD-A",
      subject_3_role: "VIC",
      subject_3_dob: "02/09/2011",
      subject_3_looked_after: "Y",
      subject_3_indicators: "XGIFTS;ABS",
    });
    expect(record.persons).toEqual([
      { ref: "ADULT-X", roles: ["suspect"], attributes: [] },
      {
        ref: "CHILD-A",
        roles: ["person-at-risk", "victim"],
        dateOfBirth: "2011-09-02",
        attributes: ["looked-after"],
      },
    ]);
    // Each sign once, from the column it was first written in.
    expect(record.indicators).toEqual([
      { code: "exchange-gifts", personRef: "CHILD-A", sourcePath: "subject_3_indicators/XGIFTS" },
      { code: "missing-from-home-or-care", personRef: "CHILD-A", sourcePath: "subject_1_indicators/MFH" },
    ]);
    // An associate link adds nothing, and its facts stay with the person's mapped role.
    const withAssociate = recordOf({
      subject_4_ref: "CHILD-A",
      subject_4_role: "ASC",
      subject_4_indicators: "LATE",
    });
    expect(withAssociate.persons.map((p) => [p.ref, p.roles])).toEqual([["CHILD-A", ["person-at-risk"]]]);
    expect(withAssociate.indicators.map((i) => i.code)).toEqual([
      "missing-from-home-or-care",
      "staying-out-late",
    ]);
  });

  it("rejects one person with two different dates of birth, naming the second", () => {
    expect(
      mapRow({ subject_2_ref: "CHILD-A", subject_2_role: "MIS", subject_2_dob: "03/09/2011" }),
    ).toMatchObject({ reason: "conflicting-date-of-birth", path: ["subject_2_dob"] });
    expect(
      recordOf({ subject_2_ref: "CHILD-A", subject_2_role: "MIS", subject_2_dob: "02/09/2011" }).persons,
    ).toEqual([
      {
        ref: "CHILD-A",
        roles: ["missing-person", "person-at-risk"],
        dateOfBirth: "2011-09-02",
        attributes: [],
      },
    ]);
  });

  it("leaves off a subject whose role has no taxonomy role, unless something was recorded on them", () => {
    const record = recordOf({ subject_2_ref: "ADULT-W", subject_2_role: "ASC", subject_2_dob: "01/01/1990" });
    expect(record.persons.map((p) => p.ref)).toEqual(["CHILD-A"]);
    expect(
      mapRow({ subject_2_ref: "ADULT-W", subject_2_role: "ASC", subject_2_indicators: "GANG" }),
    ).toMatchObject({ reason: "facts-on-person-without-role", path: ["subject_2_role"] });
    expect(mapRow({ subject_1_role: "MEN", subject_1_looked_after: "Y" })).toMatchObject({
      reason: "facts-on-person-without-role",
      path: ["subject_1_role"],
    });
    // Any code written is a fact: deliberately unmapped (NFA) or not mapped yet (NEWCODE).
    for (const code of ["NFA", "NEWCODE"])
      expect(
        mapRow({ subject_2_ref: "ADULT-W", subject_2_role: "ASC", subject_2_indicators: code }),
      ).toMatchObject({ reason: "facts-on-person-without-role", path: ["subject_2_role"] });
  });

  it("rejects a role code not mapped yet, even with nothing recorded on the subject", () => {
    // Not the same as a role the map deliberately leaves out: the fix is to add the code, since
    // dropping the person could hide a child victim.
    expect(mapRow({ subject_1_role: "WIT" })).toMatchObject({
      reason: "unmapped-person-role",
      path: ["subject_1_role"],
    });
    expect(mapRow({ subject_2_ref: "ADULT-W", subject_2_role: "NEWROLE" })).toMatchObject({
      reason: "unmapped-person-role",
      path: ["subject_2_role"],
    });
    // The same person also linked in a mapped role is no excuse.
    expect(mapRow({ subject_2_ref: "CHILD-A", subject_2_role: "WIT" })).toMatchObject({
      reason: "unmapped-person-role",
      path: ["subject_2_role"],
    });
  });
});

describe("indicators, report flags and operation headings", () => {
  it("reports an indicator code with no mapping and keeps the rest", () => {
    const record = recordOf({ subject_1_indicators: "MFH;NEWCODE;NFA" });
    expect(record.indicators.map((i) => i.code)).toEqual(["missing-from-home-or-care"]);
    expect(record.unmappedCodes).toEqual([
      { system: "intelligence-reference/indicators", code: "NEWCODE", path: "subject_1_indicators" },
    ]);
  });

  it("maps report flags to markers on the record, with the source code, and reports new ones", () => {
    const record = recordOf({ report_flags: "CSE;EXPL;GANGS;ZZZ" });
    // Canonical order: by marker kind as the taxonomy lists them.
    expect(record.markers).toEqual([
      {
        kind: "CSE",
        qualifiers: [],
        subject: { type: "record" },
        sourceCode: { system: "intelligence-reference/report-flags", code: "CSE" },
      },
      {
        kind: "CE",
        qualifiers: [],
        subject: { type: "record" },
        sourceCode: { system: "intelligence-reference/report-flags", code: "EXPL" },
      },
    ]);
    expect(record.unmappedCodes).toEqual([
      { system: "intelligence-reference/report-flags", code: "ZZZ", path: "report_flags" },
    ]);
  });

  it("writes operation headings in capitals, once each", () => {
    const record = recordOf({ operation_1: "Striver", operation_2: "STRIVER  ", operation_3: "kestrel" });
    // Canonical order sorts them.
    expect(record.intelligence?.operations).toEqual(["KESTREL", "STRIVER"]);
  });

  it("recognises a heading however it was keyed: spaces around it, an Op or Operation word", () => {
    for (const keyed of [" STRIVER", "Op Striver", "OP  STRIVER", "Operation Striver", " operation striver "])
      expect(recordOf({ operation_1: keyed }).intelligence?.operations, keyed).toEqual(["STRIVER"]);
    // Only a whole word is a prefix: OPAL and OPERATIONAL are names, and "Op" alone is kept.
    expect(
      recordOf({ operation_1: "Opal", operation_2: "Operational", operation_3: "Op" }).intelligence
        ?.operations,
    ).toEqual(["OP", "OPAL", "OPERATIONAL"]);
    expect(recordOf({ operation_1: "Op Kestrel 2" }).intelligence?.operations).toEqual(["KESTREL 2"]);
  });

  it("maps the protective marking to the classification", () => {
    // Every marking core accepts, TOP-SECRET included: none is refused before core sees it.
    for (const marking of ["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP-SECRET"] as const)
      expect(recordOf({ protective_marking: marking }).classification).toBe(marking);
    for (const odd of ["", "official", "RESTRICTED"])
      expect(mapRow({ protective_marking: odd as "OFFICIAL" })).toMatchObject({
        stage: "source",
        path: ["protective_marking"],
      });
  });

  it("declares the free-text columns ignored and never carries them", async () => {
    const events = await run(exportCsv, "csv");
    const last = events.at(-1);
    expect(last?.type === "reconciliation" && last.reconciliation.ignoredFields).toEqual([
      { field: "handling_conditions", reason: "free-text", records: 5 },
      { field: "intel_text", reason: "free-text", records: 5 },
      { field: "submitted_by", reason: "not-used-in-flagging", records: 5 },
    ]);
    const text = JSON.stringify(events.flatMap((e) => (e.type === "mapped" ? [e.record] : [])));
    expect(text).not.toContain("Synthetic");
  });
});

describe("createIntelligenceAdapter options", () => {
  const issuesOf = (options: unknown): string[] => {
    try {
      createIntelligenceAdapter(options as Parameters<typeof createIntelligenceAdapter>[0]);
    } catch (error) {
      if (error instanceof AdapterKitError) return error.issues.map((i) => `${i.path.join("/")} ${i.code}`);
      throw error;
    }
    return [];
  };

  it("writes the force into every record's source", () => {
    const other = createIntelligenceAdapter({ force: "force-b" });
    const outcome = mapSourceRecord(other, exampleRow());
    expect(outcome.status === "mapped" && outcome.record.source.force).toBe("force-b");
  });

  it("refuses bad options with a typed error naming the option, never its value", () => {
    expect(issuesOf(undefined)).toEqual([" invalid_options"]);
    expect(issuesOf({ force: "not a ref" })).toEqual(["force invalid_options"]);
    expect(issuesOf({ force: "f", conceptMaps: { flags: intelligenceConceptMaps.indicators } })).toEqual([
      "conceptMaps/flags invalid_options",
    ]);
    // A map to the wrong code set.
    expect(
      issuesOf({ force: "f", conceptMaps: { subjectRoles: intelligenceConceptMaps.indicators } }),
    ).toEqual(["conceptMaps/subjectRoles/target invalid_value"]);
    expect(() => createIntelligenceAdapter({ force: "not a ref" })).toThrow(/force/);
    expect(() => createIntelligenceAdapter({ force: "not a ref" })).not.toThrow(/not a ref/);
  });

  it("uses a force's own concept map instead of the default", () => {
    const indicators = conceptMap(
      {
        id: "force-b-intel-keywords",
        version: "1.0.0",
        source: "force-b/intel-keywords",
        target: "indicator",
        entries: [{ code: "MISSING", target: "missing-from-home-or-care", relationship: "equivalent" }],
      },
      { target: "indicator" },
    );
    const own = createIntelligenceAdapter({ force: "force-b", conceptMaps: { indicators } });
    const outcome = mapSourceRecord(own, exampleRow({ subject_1_indicators: "MISSING;MFH" }));
    expect(outcome.status).toBe("mapped");
    if (outcome.status !== "mapped") return;
    expect(outcome.record.indicators.map((i) => i.code)).toEqual(["missing-from-home-or-care"]);
    // The default code is now unknown, and reported against the force's code system.
    expect(outcome.record.unmappedCodes).toEqual([
      { system: "force-b/intel-keywords", code: "MFH", path: "subject_1_indicators" },
    ]);
  });

  it("keeps the default maps frozen", () => {
    expect(Object.isFrozen(intelligenceConceptMaps)).toBe(true);
    expect(Object.isFrozen(intelligenceConceptMaps.indicators.entries)).toBe(true);
    expect(Object.isFrozen(intelligenceConceptMaps.indicators.entries[0])).toBe(true);
  });
});
