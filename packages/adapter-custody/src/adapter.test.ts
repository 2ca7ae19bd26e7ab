import { describe, expect, it } from "vitest";
import {
  describeConformanceOnExamples,
  outcomeLines,
  readExampleExports,
  reconciliationOf,
  runEvents,
} from "../../../test-support/example-exports.js";
import { createCustodyAdapter } from "./adapter.js";

const { csv: exportCsv, json: exportJson } = readExampleExports(new URL("../", import.meta.url));
const adapter = createCustodyAdapter({ force: "example-force" });

describeConformanceOnExamples(adapter, { csv: exportCsv, json: exportJson });

const run = (text: string, format: "csv" | "json-array") => runEvents(adapter, text, format);

describe("the custody adapter over the bundled fixture", () => {
  it("maps the good rows, rejects the two bad ones with their reasons, and reconciles", async () => {
    const events = await run(exportCsv, "csv");
    expect(outcomeLines(events)).toEqual([
      "CU-1001 mapped",
      "CU-1002 mapped",
      "CU-1003 mapped",
      "CU-1004 mapped",
      "line 6 rejected: invalid-date at arrival",
      "CU-1006 mapped",
      "line 8 rejected: dob-without-ref at co_arrested_1_dob",
    ]);
    expect(reconciliationOf(events)).toMatchObject({
      read: 7,
      mapped: 5,
      rejected: 2,
      rejectedBy: [
        { name: "adapter_rejected:dob-without-ref", count: 1 },
        { name: "adapter_rejected:invalid-date", count: 1 },
      ],
      // NEW-QUESTION on CU-1004: reported, not dropped.
      unmappedCodes: [{ name: "custody-reference/risk-questions", count: 1 }],
      // EXPLOITATION-CONCERN and MENTAL-HEALTH on CU-1001.
      explicitlyUnmapped: [{ name: "custody-reference/risk-questions", count: 2 }],
      unaccountedFields: [],
    });
  });

  it("gives the same records and reconciliation from the JSON export as from the CSV", async () => {
    const fromCsv = (await run(exportCsv, "csv")).map((e) => (e.type === "rejected" ? e.issues : e));
    const fromJson = (await run(exportJson, "json-array")).map((e) => (e.type === "rejected" ? e.issues : e));
    const strip = (events: unknown[]) =>
      events.map((e) => (typeof e === "object" && e !== null && "position" in e ? { ...e, position: 0 } : e));
    expect(strip(fromJson)).toEqual(strip(fromCsv));
  });

  it("maps CU-1001 to the canonical record a reviewer would expect", async () => {
    const events = await run(exportCsv, "csv");
    const mapped = events.find((e) => e.type === "mapped" && e.record.source.recordId === "CU-1001");
    expect(mapped?.type === "mapped" && mapped.record).toEqual({
      kind: "custody",
      source: {
        force: "example-force",
        system: "custody-reference-export",
        recordId: "CU-1001",
        adapter: { id: "custody", version: "1.0.0" },
      },
      classification: "OFFICIAL-SENSITIVE",
      // June: British Summer Time.
      event: { start: "2026-06-12T23:40:00+01:00", end: "2026-06-13T09:15:00+01:00" },
      recordedAt: "2026-06-12T23:40:00+01:00",
      persons: [
        { ref: "ADULT-X", roles: ["suspect"], dateOfBirth: "1990-03-03", attributes: [] },
        {
          ref: "CHILD-F",
          roles: ["detainee"],
          dateOfBirth: "2010-07-14",
          ageAtEvent: 15,
          attributes: ["looked-after"],
        },
      ],
      // Canonical order (core's canonicalizeRecord), whatever the column order.
      offences: [{ cjsCode: "SYN0002" }, { cjsCode: "SYN0001", homeOffice: { code: "92", subcode: "1" } }],
      indicators: [
        { code: "drug-supply", personRef: "CHILD-F", sourcePath: "ra_4_question/DEALING" },
        { code: "found-out-of-area", personRef: "CHILD-F", sourcePath: "ra_3_question/OUT-OF-AREA" },
        { code: "missing-from-home-or-care", personRef: "CHILD-F", sourcePath: "ra_1_question/MISSING" },
        { code: "multiple-phones-or-sims", personRef: "CHILD-F", sourcePath: "ra_2_question/PHONES" },
      ],
      locations: [],
      vehicles: [],
      custody: {
        personRef: "CHILD-F",
        arrivedAt: "2026-06-12T23:40:00+01:00",
        juvenile: true,
        appropriateAdult: true,
      },
      markers: [],
      unmappedCodes: [],
    });
  });
});
