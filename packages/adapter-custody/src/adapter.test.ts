import { readFileSync } from "node:fs";
import { type RunEvent, runAdapter } from "@cse-flags/adapter-kit";
import { describeAdapterConformance } from "@cse-flags/adapter-kit/conformance";
import { describe, expect, it } from "vitest";
import { createCustodyAdapter } from "./adapter.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8");
const exportCsv = fixture("example-export.csv");
const exportJson = fixture("example-export.json");
const adapter = createCustodyAdapter({ force: "example-force" });

// The shared suite every adapter runs, over both formats of the same records: nothing skipped.
describeAdapterConformance(adapter, {
  fixtures: [
    { name: "example-export.csv", input: exportCsv, format: "csv" },
    { name: "example-export.json", input: exportJson, format: "json-array" },
  ],
});

async function run(text: string, format: "csv" | "json-array"): Promise<RunEvent[]> {
  const events: RunEvent[] = [];
  for await (const event of runAdapter(adapter, text, { format })) events.push(event);
  return events;
}

const outcomes = (events: readonly RunEvent[]) =>
  events.flatMap((e) =>
    e.type === "mapped"
      ? [`${e.record.source.recordId} mapped`]
      : e.type === "rejected"
        ? [
            `record ${e.position.index} rejected: ${e.issues.map((i) => `${i.reason ?? i.code} at ${i.path.join("/")}`).join()}`,
          ]
        : [],
  );

describe("the custody adapter over the bundled fixture", () => {
  it("maps the good rows, rejects the two bad ones with their reasons, and reconciles", async () => {
    const events = await run(exportCsv, "csv");
    expect(outcomes(events)).toEqual([
      "CU-1001 mapped",
      "CU-1002 mapped",
      "CU-1003 mapped",
      "CU-1004 mapped",
      "record 4 rejected: invalid-date at arrival",
      "CU-1006 mapped",
      "record 6 rejected: dob-without-ref at co_arrested_1_dob",
    ]);
    const last = events.at(-1);
    expect(last?.type === "reconciliation" && last.reconciliation).toMatchObject({
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
