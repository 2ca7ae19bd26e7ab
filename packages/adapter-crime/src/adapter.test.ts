import { mapSourceRecord, type RunEvent } from "@cse-flags/adapter-kit";
import type { CanonicalRecord } from "@cse-flags/core";
import { describe, expect, it } from "vitest";
import {
  describeConformanceOnExamples,
  outcomeLines,
  readExampleExports,
  reconciliationOf,
  runEvents,
} from "../../../test-support/example-exports.js";
import { adapter, crimeRow, mapRow, rejectionOf } from "../test/rows.js";

const { csv: exportCsv, json: exportJson } = readExampleExports(new URL("../", import.meta.url));

describeConformanceOnExamples(adapter, { csv: exportCsv, json: exportJson });

const run = (text: string, format: "csv" | "json-array"): Promise<RunEvent[]> =>
  runEvents(adapter, text, format);

const mappedRecords = (events: readonly RunEvent[]): CanonicalRecord[] =>
  events.flatMap((e) => (e.type === "mapped" ? [e.record] : []));

describe("the crime adapter on the example export", () => {
  it("maps every record but the two bad rows, says why those were rejected, and reconciles", async () => {
    const events = await run(exportCsv, "csv");
    expect(outcomeLines(events)).toEqual([
      "CR-0001 mapped",
      "CR-0002 mapped",
      "CR-0003 mapped",
      "CR-0004 mapped",
      // CR-0002's officer notes run over two lines, so CR-0005 starts on line 7.
      "line 7 rejected: invalid-date at committed_from",
      "CR-0006 mapped",
      "line 9 rejected: incomplete-person at person_2_ref",
      "CR-0008 mapped",
    ]);
    const reconciliation = reconciliationOf(events);
    expect(reconciliation).toMatchObject({
      read: 8,
      mapped: 6,
      rejected: 2,
      rejectedBy: [
        { name: "adapter_rejected:incomplete-person", count: 1 },
        { name: "adapter_rejected:invalid-date", count: 1 },
      ],
      // NEWCODE on CR-0004 has no mapping yet: reported, not dropped.
      unmappedCodes: [{ name: "crime-reference-export/circumstances", count: 1 }],
      // EXCH and INTOX (circumstances), DA and HATE (crime flags), WIT (role): deliberately unmapped.
      explicitlyUnmapped: [
        { name: "crime-reference-export/circumstances", count: 2 },
        { name: "crime-reference-export/crime-flags", count: 2 },
        { name: "crime-reference-export/person-roles", count: 1 },
      ],
      notRelated: [],
      unaccountedFields: [],
    });
    expect(reconciliation.ignoredFields).toEqual([
      { field: "mo_summary", reason: "free-text", records: 6 },
      { field: "officer_in_case", reason: "not-used-in-flagging", records: 6 },
      { field: "officer_notes", reason: "free-text", records: 6 },
    ]);
  });

  it("maps the JSON export to the same records as the CSV export", async () => {
    const fromCsv = await run(exportCsv, "csv");
    const fromJson = await run(exportJson, "json-array");
    expect(mappedRecords(fromJson)).toEqual(mappedRecords(fromCsv));
    expect(mappedRecords(fromCsv)).toHaveLength(6);
  });

  it("maps CR-0001 to the canonical record a reviewer would expect", async () => {
    const [record] = mappedRecords(await run(exportCsv, "csv"));
    expect(record).toEqual({
      kind: "crime",
      source: {
        force: "example-force",
        system: "crime-reference-export",
        recordId: "CR-0001",
        adapter: { id: "crime", version: "1.0.0" },
      },
      classification: "OFFICIAL-SENSITIVE",
      // 14 March 2026 is before the clocks go forward: GMT.
      event: { start: "2026-03-14T19:30:00+00:00", end: "2026-03-14T23:30:00+00:00" },
      recordedAt: "2026-03-16T09:10:00+00:00",
      persons: [
        { ref: "ADULT-X", roles: ["suspect"], dateOfBirth: "1990-01-20", attributes: [] },
        { ref: "ADULT-Y", roles: ["suspect"], attributes: [] },
        // Learning disability "N": no attribute.
        { ref: "CHILD-A", roles: ["victim"], dateOfBirth: "2011-09-02", attributes: ["looked-after"] },
      ],
      offences: [{ homeOffice: { code: "71" }, soaSection: "48" }],
      indicators: [
        {
          code: "associates-with-older-adults",
          personRef: "CHILD-A",
          sourcePath: "person_1_circumstances/OLDADULT",
        },
        { code: "exchange-gifts", personRef: "CHILD-A", sourcePath: "person_1_circumstances/XGIFT" },
        {
          code: "missing-from-home-or-care",
          personRef: "CHILD-A",
          sourcePath: "person_1_circumstances/MISS",
        },
      ],
      locations: [{ ref: "LOC-0001", role: "event-location" }],
      vehicles: [],
      markers: [
        {
          kind: "CSE",
          qualifiers: [],
          subject: { type: "record" },
          sourceCode: { system: "crime-reference-export/crime-flags", code: "CSE" },
        },
      ],
      unmappedCodes: [],
    });
  });

  it("reads the other records' codes as the export wrote them", async () => {
    const records = new Map(mappedRecords(await run(exportCsv, "csv")).map((r) => [r.source.recordId, r]));
    // A leading zero on the Home Office class is dropped: 088A is 88A.
    expect(records.get("CR-0002")?.offences).toEqual([{ homeOffice: { code: "88A" }, soaSection: "15A" }]);
    // 2 April 2026 is in British Summer Time.
    expect(records.get("CR-0002")?.event).toEqual({ start: "2026-04-02T21:15:00+01:00" });
    expect(records.get("CR-0003")?.classification).toBe("OFFICIAL");
    expect(records.get("CR-0003")?.event).toEqual({ start: "2026-04-20" });
    expect(records.get("CR-0004")?.unmappedCodes).toEqual([
      { system: "crime-reference-export/circumstances", code: "NEWCODE", path: "person_1_circumstances" },
    ]);
    // The witness is left off; WEAPON is narrower than the indicator it maps to; INTOX maps to nothing.
    expect(records.get("CR-0004")?.persons.map((p) => p.ref)).toEqual(["ADULT-V", "CHILD-D"]);
    expect(records.get("CR-0004")?.indicators).toEqual([
      {
        code: "found-with-drugs-or-weapons",
        personRef: "CHILD-D",
        sourcePath: "person_1_circumstances/WEAPON",
      },
    ]);
    expect(records.get("CR-0004")?.markers).toEqual([]);
    // In canonical order, whatever order the export's offence groups were in.
    expect(records.get("CR-0006")?.offences).toEqual([
      { soaSection: "50" },
      { homeOffice: { code: "19D", subcode: "00" } },
      { homeOffice: { code: "72" }, cjsCode: "CJSX0001" },
    ]);
    expect(records.get("CR-0006")?.markers.map((m) => m.kind)).toEqual(["CE"]);
    expect(records.get("CR-0006")?.classification).toBe("SECRET");
    // CHILD-H is linked twice, as victim and suspect: one person with both roles and both groups' signs.
    expect(records.get("CR-0008")?.persons.find((p) => p.ref === "CHILD-H")).toEqual({
      ref: "CHILD-H",
      roles: ["suspect", "victim"],
      dateOfBirth: "2010-09-09",
      attributes: [],
    });
    expect(records.get("CR-0008")?.indicators.map((i) => `${i.code} ${i.sourcePath}`)).toEqual([
      "associates-with-older-adults person_1_circumstances/OLDADULT",
      "cuckooing person_2_circumstances/CUCKOO",
    ]);
  });
});

describe("the crime's dates", () => {
  const event = (cells: Parameters<typeof mapRow>[0]) => {
    const outcome = mapRow(cells);
    if (outcome.status !== "mapped")
      throw new Error(`expected the row to map: ${outcome.issues.map((i) => i.code)}`);
    return { event: outcome.record.event, recordedAt: outcome.record.recordedAt };
  };

  it("reads UK local times with the offset of the day: GMT in winter, BST in summer", () => {
    expect(event({ committed_from: "28/03/2026 23:30", recorded_date: "01/04/2026" }).event.start).toBe(
      "2026-03-28T23:30:00+00:00",
    );
    // The clocks went forward at 01:00 GMT on 29 March 2026.
    expect(event({ committed_from: "29/03/2026 02:30", recorded_date: "01/04/2026" }).event.start).toBe(
      "2026-03-29T02:30:00+01:00",
    );
    expect(event({ committed_from: "25/10/2026 00:30", recorded_date: "26/10/2026" }).event.start).toBe(
      "2026-10-25T00:30:00+01:00",
    );
    // 01:30 on 25 October 2026 happened twice (the clocks went back at 02:00 BST): read as the first.
    expect(event({ committed_from: "25/10/2026 01:30", recorded_date: "26/10/2026" }).event.start).toBe(
      "2026-10-25T01:30:00+01:00",
    );
    expect(event({ committed_from: "25/10/2026 02:30", recorded_date: "26/10/2026" }).event.start).toBe(
      "2026-10-25T02:30:00+00:00",
    );
  });

  it("keeps a date without a time as a date", () => {
    expect(
      event({ committed_from: "20/03/2026", committed_to: "21/03/2026", recorded_date: "22/03/2026 08:00" }),
    ).toEqual({
      event: { start: "2026-03-20", end: "2026-03-21" },
      recordedAt: "2026-03-22T08:00:00+00:00",
    });
  });

  it("rejects a date or time that does not exist, naming the field", () => {
    expect(rejectionOf({ committed_from: "31/02/2026" })).toBe("invalid-date at committed_from");
    // 01:30 on 29 March 2026 never happened in the UK: the clocks went from 01:00 to 02:00.
    expect(rejectionOf({ committed_from: "29/03/2026 01:30", recorded_date: "30/03/2026" })).toBe(
      "invalid-date at committed_from",
    );
    expect(rejectionOf({ committed_to: "31/04/2026" })).toBe("invalid-date at committed_to");
    expect(rejectionOf({ recorded_date: "30/02/2026" })).toBe("invalid-date at recorded_date");
  });

  it("rejects a crime that ends before it starts, or is recorded before it was committed", () => {
    expect(rejectionOf({ committed_to: "20/03/2026 21:59" })).toBe(
      "committed-to-before-from at committed_to",
    );
    expect(rejectionOf({ recorded_date: "19/03/2026" })).toBe("recorded-before-committed at recorded_date");
    // Recorded the same day, with no time: the day is enough.
    expect(rejectionOf({ recorded_date: "20/03/2026" })).toBe("mapped");
  });
});

describe("the rest of the record", () => {
  it("takes the classification from the protective marking", () => {
    // Every marking core accepts, TOP-SECRET included: none is refused before core sees it.
    for (const marking of ["OFFICIAL", "OFFICIAL-SENSITIVE", "SECRET", "TOP-SECRET"] as const) {
      const outcome = mapRow({ protective_marking: marking });
      expect(outcome.status === "mapped" && outcome.record.classification).toBe(marking);
    }
    for (const odd of ["", "official", "RESTRICTED"]) {
      const refused = mapRow({ protective_marking: odd as "OFFICIAL" });
      expect(refused.status === "rejected" && refused.stage).toBe("source");
    }
  });

  it("places the crime at its location, when the export names one", () => {
    const outcome = mapRow({ location_ref: "LOC-0009" });
    expect(outcome.status === "mapped" && outcome.record.locations).toEqual([
      { ref: "LOC-0009", role: "event-location" },
    ]);
  });

  it("never reads free text: a summary full of signs adds nothing", () => {
    const quiet = mapRow({});
    const noisy = mapRow({
      mo_summary: "Synthetic: Child A missing, given gifts and money, online grooming",
      officer_notes: "Synthetic: CSE suspected",
      officer_in_case: "PC-1001",
    });
    expect(noisy.status === "mapped" && noisy.record).toEqual(quiet.status === "mapped" && quiet.record);
    expect(noisy.report.ignored).toEqual([
      { field: "mo_summary", reason: "free-text" },
      { field: "officer_notes", reason: "free-text" },
      { field: "officer_in_case", reason: "not-used-in-flagging" },
    ]);
  });

  it("maps a crime whatever the length of the columns it never reads", () => {
    const outcome = mapRow({
      mo_summary: "Synthetic summary. ".repeat(3000),
      officer_notes: "Synthetic note.\n".repeat(3000),
      officer_in_case: "PC-1001 (synthetic officer in case, on secondment from another unit)",
    });
    expect(outcome.status).toBe("mapped");
  });

  it("refuses a column it does not know, rather than dropping it", () => {
    const outcome = mapSourceRecord(adapter, { ...crimeRow(), victim_notes: "" });
    expect(outcome.status === "rejected" && outcome.issues.map((i) => i.code)).toEqual(["unrecognized_key"]);
  });
});
