import { AdapterKitError, conceptMap, mapSourceRecord } from "@cse-flags/adapter-kit";
import { describe, expect, it } from "vitest";
import { createCustodyAdapter } from "./adapter.js";
import { blankCustodyExportRow } from "./blank-row.js";
import { custodyConceptMaps } from "./concept-maps.js";

/** The issues `createCustodyAdapter` throws for these options, as `path code`. */
function refusal(options: unknown): string[] {
  try {
    createCustodyAdapter(options as Parameters<typeof createCustodyAdapter>[0]);
  } catch (error) {
    expect(error).toBeInstanceOf(AdapterKitError);
    return (error as AdapterKitError).issues.map((i) => `${i.path.join("/")} ${i.code}`);
  }
  return [];
}

describe("createCustodyAdapter options", () => {
  it("names the adapter and writes the force into every record", () => {
    const adapter = createCustodyAdapter({ force: "force-x" });
    expect([adapter.id, adapter.version, adapter.recordKind]).toEqual(["custody", "1.0.0", "custody"]);
    expect(adapter.source.formats).toEqual(["csv", "json-array"]);
    const outcome = mapSourceRecord(adapter, {
      ...blankCustodyExportRow(),
      custody_ref: "CU-0001",
      arrival: "20/03/2026 22:00",
      detainee_ref: "CHILD-A",
    });
    expect(outcome.status === "mapped" && outcome.record.source.force).toBe("force-x");
  });

  it("refuses options that are not an object, and a force that is not a reference", () => {
    expect(refusal(undefined)).toEqual([" invalid_options"]);
    expect(refusal("force-x")).toEqual([" invalid_options"]);
    expect(refusal({})).toEqual(["force invalid_options"]);
    expect(refusal({ force: "Force X" })).toEqual(["force invalid_options"]);
  });

  it("never quotes the options given in its message", () => {
    try {
      createCustodyAdapter({ force: "Secret Force Name" });
    } catch (error) {
      expect(String(error)).not.toContain("Secret");
    }
    expect.assertions(1);
  });

  it("refuses a concept map for another code set, an unknown map name, and an invalid map", () => {
    const markers = conceptMap({
      id: "force-x-markers",
      version: "1.0.0",
      source: "force-x/markers",
      target: "marker-kind",
      entries: [{ code: "CSE", target: "CSE", relationship: "equivalent" }],
    });
    expect(refusal({ force: "force-x", conceptMaps: { riskQuestions: markers } })).toEqual([
      "conceptMaps/riskQuestions/target invalid_value",
    ]);
    expect(refusal({ force: "force-x", conceptMaps: { offences: markers } })).toEqual([
      "conceptMaps/offences invalid_options",
    ]);
    expect(refusal({ force: "force-x", conceptMaps: { protectiveMarkings: { entries: [] } } })).not.toEqual(
      [],
    );
    expect(refusal({ force: "force-x", conceptMaps: [] })).toEqual(["conceptMaps invalid_options"]);
  });

  it("reads a replacement map's codes of any shape a concept map allows, not only the reference format's", () => {
    const riskQuestions = conceptMap(
      {
        id: "force-x-risk",
        version: "1.0.0",
        source: "force-x/risk-questions",
        target: "indicator",
        entries: [
          { code: "q.07 (missing)", target: "missing-from-home-or-care", relationship: "equivalent" },
        ],
      },
      { target: "indicator" },
    );
    const protectiveMarkings = conceptMap(
      {
        id: "force-x-markings",
        version: "1.0.0",
        source: "force-x/markings",
        target: "security-classification",
        entries: [{ code: "Official Sensitive", target: "OFFICIAL-SENSITIVE", relationship: "equivalent" }],
      },
      { target: "security-classification" },
    );
    const adapter = createCustodyAdapter({
      force: "force-x",
      conceptMaps: { riskQuestions, protectiveMarkings },
    });
    const outcome = mapSourceRecord(adapter, {
      ...blankCustodyExportRow(),
      custody_ref: "CU-0001",
      arrival: "20/03/2026 22:00",
      detainee_ref: "CHILD-A",
      protective_marking: "Official Sensitive",
      ra_1_question: "q.07 (missing)",
      ra_1_answer: "Y",
      ra_2_question: "q.08 & more",
      ra_2_answer: "Y",
    });
    expect(outcome.status).toBe("mapped");
    if (outcome.status !== "mapped") return;
    expect(outcome.record.classification).toBe("OFFICIAL-SENSITIVE");
    expect(outcome.record.indicators.map((i) => i.code)).toEqual(["missing-from-home-or-care"]);
    // A code core cannot hold is still reported, in the kit's stand-in, never dropped.
    expect(outcome.record.unmappedCodes).toEqual([
      { system: "force-x/risk-questions", code: "unreportable", path: "ra_2_question" },
    ]);
  });

  it("uses a replacement map, keeping the default for the others", () => {
    const riskQuestions = conceptMap(
      {
        id: "force-x-risk",
        version: "1.0.0",
        source: "force-x/risk-questions",
        target: "indicator",
        entries: [{ code: "Q17", target: "missing-from-home-or-care", relationship: "equivalent" }],
      },
      { target: "indicator" },
    );
    const adapter = createCustodyAdapter({ force: "force-x", conceptMaps: { riskQuestions } });
    // A checked copy: changing the map given afterwards does not change the adapter.
    expect(adapter.conceptMaps.riskQuestions).toEqual(riskQuestions);
    expect(adapter.conceptMaps.protectiveMarkings).toBe(custodyConceptMaps.protectiveMarkings);
    const outcome = mapSourceRecord(adapter, {
      ...blankCustodyExportRow(),
      custody_ref: "CU-0001",
      arrival: "20/03/2026 22:00",
      detainee_ref: "CHILD-A",
      ra_1_question: "Q17",
      ra_1_answer: "Y",
      ra_2_question: "MISSING",
      ra_2_answer: "Y",
    });
    expect(outcome.status === "mapped" && outcome.record.indicators).toEqual([
      { code: "missing-from-home-or-care", personRef: "CHILD-A", sourcePath: "ra_1_question/Q17" },
    ]);
    // The default code is not known to the force's map: reported, not dropped.
    expect(outcome.status === "mapped" && outcome.record.unmappedCodes).toEqual([
      { system: "force-x/risk-questions", code: "MISSING", path: "ra_2_question" },
    ]);
  });
});
