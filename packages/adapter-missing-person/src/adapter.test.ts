import {
  AdapterKitError,
  conceptMap,
  describeIssue,
  type RunEvent,
  runAdapter,
} from "@cse-flags/adapter-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  describeConformanceOnExamples,
  outcomeLines,
  readExampleExports,
  reconciliationOf,
  runEvents,
} from "../../../test-support/example-exports.js";
import { createMissingPersonAdapter } from "./adapter.js";
import { missingPersonConceptMaps } from "./concept-maps.js";
import { baseRow, testAdapter } from "./test-support/rows.js";

const { csv: exportCsv, json: exportJson } = readExampleExports(new URL("../", import.meta.url));

describeConformanceOnExamples(testAdapter, { csv: exportCsv, json: exportJson });

const run = (text: string, format: "csv" | "json-array") => runEvents(testAdapter, text, format);

describe("the example export", () => {
  it("maps every good row, rejects the two bad ones with reasons, and reconciles", async () => {
    const events = await run(exportCsv, "csv");
    expect(outcomeLines(events)).toEqual([
      "MP-0001 mapped",
      "MP-0002 mapped",
      "MP-0003 mapped",
      "line 5 rejected: invalid-date at reported_missing",
      "MP-0005 mapped",
      "line 7 rejected: incomplete-associate at associate_1_ref",
      "MP-0007 mapped",
    ]);
    expect(reconciliationOf(events)).toMatchObject({
      read: 7,
      mapped: 5,
      rejected: 2,
      // RADIC on MP-0003 has no mapping yet.
      unmappedCodes: [{ name: "missing-person-reference/concern-codes", count: 1 }],
      // ASSOC (MP-0003), PEND and VIOL and NOCONCERN (MP-0005) are mapped to nothing on purpose.
      explicitlyUnmapped: [
        { name: "missing-person-reference/associate-types", count: 1 },
        { name: "missing-person-reference/concern-codes", count: 1 },
        { name: "missing-person-reference/risk-grades", count: 1 },
        { name: "missing-person-reference/warning-markers", count: 1 },
      ],
      unaccountedFields: [],
    });
  });

  it("gives the same records from the CSV and the JSON export", async () => {
    const records = (events: readonly RunEvent[]) =>
      events.flatMap((e) => (e.type === "mapped" ? [e.record] : []));
    const fromCsv = records(await run(exportCsv, "csv"));
    expect(fromCsv).toHaveLength(5);
    expect(records(await run(exportJson, "json-array"))).toEqual(fromCsv);
  });

  it("reads the older absent episode in BST, with its category and grade kept verbatim", async () => {
    const events = await run(exportCsv, "csv");
    const absent = events.find((e) => e.type === "mapped" && e.record.source.recordId === "MP-0002");
    expect(absent?.type === "mapped" && absent.record.missingEpisode).toEqual({
      personRef: "CHILD-F",
      reportedAt: "2014-06-10T20:45:00+01:00",
      foundAt: "2014-06-10T23:50:00+01:00",
      legacyCategory: "absent",
      riskLevel: "low",
    });
  });

  it("reports the unmapped concern code on its record instead of dropping it", async () => {
    const events = await run(exportCsv, "csv");
    const record = events.find((e) => e.type === "mapped" && e.record.source.recordId === "MP-0003");
    expect(record?.type === "mapped" && record.record.unmappedCodes).toEqual([
      { system: "missing-person-reference/concern-codes", code: "RADIC", path: "risk_factors" },
    ]);
  });

  it("refuses a column that could reach a prototype, row by row", async () => {
    const events = await run(exportCsv.replace("officer_in_case", "__proto__"), "csv");
    const last = events.at(-1);
    expect(last?.type === "reconciliation" && last.reconciliation).toMatchObject({
      read: 7,
      mapped: 0,
      rejected: 7,
      rejectedBy: [{ name: "forbidden_key", count: 7 }],
    });
  });
});

describe("createMissingPersonAdapter", () => {
  it("names the adapter, its source system and formats as the family does", () => {
    const adapter = createMissingPersonAdapter({ force: "force-y" });
    expect([adapter.id, adapter.version, adapter.recordKind, adapter.source.formats]).toEqual([
      "missing-person",
      "1.0.0",
      "missing-person",
      ["csv", "json-array"],
    ]);
  });

  it("writes the force into every record", async () => {
    const adapter = createMissingPersonAdapter({ force: "force-y" });
    const forces: string[] = [];
    for await (const event of runAdapter(adapter, {
      records: [baseRow(), baseRow({ episode_ref: "MP-0101" })],
    }))
      if (event.type === "mapped") forces.push(event.record.source.force);
    expect(forces).toEqual(["force-y", "force-y"]);
  });

  it("refuses bad options with a typed error naming each problem by path", () => {
    const problems = (options: unknown): string[] => {
      try {
        createMissingPersonAdapter(options as Parameters<typeof createMissingPersonAdapter>[0]);
        return [];
      } catch (error) {
        expect(error).toBeInstanceOf(AdapterKitError);
        return error instanceof AdapterKitError ? error.issues.map(describeIssue) : [];
      }
    };
    expect(problems(undefined)).toEqual([
      '/ invalid_options: Expected options such as { force: "example-force" }',
    ]);
    expect(problems({ force: "force x" })).toEqual([
      "/force invalid_options: Expected the force as a reference of letters, digits and . _ : / -, such as example-force",
    ]);
    expect(
      problems({ force: "force-x", conceptMaps: { riskFlags: missingPersonConceptMaps.concerns } }),
    ).toEqual([
      "/conceptMaps/riskFlags invalid_options: Not a concept map of this adapter: expected concerns, categories, riskGrades, warningMarkers, associateTypes",
    ]);
    expect(
      problems({ force: "force-x", conceptMaps: { concerns: missingPersonConceptMaps.riskGrades } }),
    ).toEqual([
      "/conceptMaps/concerns/target invalid_value: Expected a concept map to the code set indicator",
    ]);
  });

  it("answers any options with an adapter or an AdapterKitError, never another error", () => {
    const options = fc.oneof(
      fc.anything(),
      fc.record(
        { force: fc.oneof(fc.string(), fc.anything()), conceptMaps: fc.anything() },
        { requiredKeys: [] },
      ),
      fc.record({ force: fc.constant("force-x"), conceptMaps: fc.dictionary(fc.string(), fc.anything()) }),
    );
    fc.assert(
      fc.property(options, (given) => {
        try {
          expect(
            createMissingPersonAdapter(given as Parameters<typeof createMissingPersonAdapter>[0]).id,
          ).toBe("missing-person");
        } catch (error) {
          expect(error).toBeInstanceOf(AdapterKitError);
        }
      }),
    );
  });

  it("maps a force's own codes through a replacement concept map", async () => {
    const concerns = conceptMap(
      {
        id: "force-y-concerns",
        version: "1.0.0",
        source: "force-y/concerns",
        target: "indicator",
        entries: [{ code: "CSE-GIFT", target: "exchange-gifts", relationship: "equivalent" }],
      },
      { target: "indicator" },
    );
    const adapter = createMissingPersonAdapter({ force: "force-y", conceptMaps: { concerns } });
    for await (const event of runAdapter(adapter, {
      records: [baseRow({ risk_factors: "CSE-GIFT;GIFTS" })],
    })) {
      if (event.type === "rejected") throw new Error("expected the row to map");
      if (event.type !== "mapped") continue;
      expect(event.record.indicators.map((i) => i.code)).toEqual([
        "exchange-gifts",
        "missing-from-home-or-care",
      ]);
      // The default map's code is now a code the force has not mapped.
      expect(event.record.unmappedCodes).toEqual([
        { system: "force-y/concerns", code: "GIFTS", path: "risk_factors" },
      ]);
    }
  });
});

describe("missingPersonConceptMaps", () => {
  it("are frozen, so no caller can change the defaults", () => {
    expect(Object.isFrozen(missingPersonConceptMaps)).toBe(true);
    expect(Object.isFrozen(missingPersonConceptMaps.concerns.entries)).toBe(true);
    expect(Object.isFrozen(missingPersonConceptMaps.concerns.entries[0])).toBe(true);
  });
});
