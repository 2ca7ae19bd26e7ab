import { AdapterKitError, conceptMap, describeIssue, mapSourceRecord } from "@cse-flags/adapter-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crimeRow } from "../test/rows.js";
import { createCrimeAdapter } from "./adapter.js";
import { crimeConceptMaps } from "./concept-maps.js";
import type { CrimeAdapterOptions } from "./options.js";

/** The issues `createCrimeAdapter` throws for these options, described; `[]` when it does not throw. */
const problems = (options: unknown): string[] => {
  try {
    createCrimeAdapter(options as CrimeAdapterOptions);
    return [];
  } catch (error) {
    if (!(error instanceof AdapterKitError)) throw error;
    return error.issues.map(describeIssue);
  }
};

describe("createCrimeAdapter", () => {
  it("writes the force into every record, with the adapter's id and the export's system", () => {
    const adapter = createCrimeAdapter({ force: "force-x" });
    expect([adapter.id, adapter.version, adapter.recordKind, adapter.source.formats]).toEqual([
      "crime",
      "1.0.0",
      "crime",
      ["csv", "json-array"],
    ]);
    const outcome = mapSourceRecord(adapter, crimeRow());
    expect(outcome.status === "mapped" && outcome.record.source).toEqual({
      force: "force-x",
      system: "crime-reference-export",
      recordId: "CR-0100",
      adapter: { id: "crime", version: "1.0.0" },
    });
  });

  it("refuses a force that is not a reference, and options that are not an object", () => {
    expect(problems({ force: "Force X" })).toEqual([
      "/force invalid_options: Expected the force as a reference of letters, digits and . _ : / -, such as example-force",
    ]);
    expect(problems({})).toHaveLength(1);
    expect(problems(null)).toEqual([
      '/ invalid_options: Expected options such as { force: "example-force" }',
    ]);
    expect(problems("example-force")).toHaveLength(1);
  });

  it("never throws anything but AdapterKitError, whatever it is given", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (force, conceptMaps) => {
        problems({ force, conceptMaps });
        problems(force);
      }),
    );
  });

  it("answers options it cannot read (a getter that throws) with AdapterKitError, not the getter's error", () => {
    const throwing = (key: string) =>
      Object.defineProperty({ force: "force-x" }, key, {
        enumerable: true,
        get() {
          throw new Error("Synthetic failure holding CHILD-A");
        },
      });
    for (const options of [throwing("force"), throwing("conceptMaps")])
      expect(problems(options)).toEqual([
        "/ invalid_options: The options could not be read: pass plain data",
      ]);
    const maps = Object.defineProperty({}, "circumstances", {
      enumerable: true,
      get() {
        throw new Error("Synthetic failure");
      },
    });
    expect(problems({ force: "force-x", conceptMaps: maps })).toHaveLength(1);
  });

  it("uses a force's own concept map in place of a default", () => {
    const circumstances = conceptMap(
      {
        id: "force-x-circumstances",
        version: "1.0.0",
        source: "force-x/circumstances",
        target: "indicator",
        entries: [{ code: "M1", target: "missing-from-home-or-care", relationship: "equivalent" }],
      },
      { target: "indicator" },
    );
    const adapter = createCrimeAdapter({ force: "force-x", conceptMaps: { circumstances } });
    expect(adapter.conceptMaps.circumstances).toEqual(circumstances);
    expect(adapter.conceptMaps.crimeFlags).toBe(crimeConceptMaps.crimeFlags);
    const outcome = mapSourceRecord(adapter, crimeRow({ person_1_circumstances: "M1;MISS" }));
    expect(outcome.status === "mapped" && outcome.record.indicators.map((i) => i.code)).toEqual([
      "missing-from-home-or-care",
    ]);
    // MISS is the reference export's code, not this force's: reported under the force's system.
    expect(outcome.status === "mapped" && outcome.record.unmappedCodes).toEqual([
      { system: "force-x/circumstances", code: "MISS", path: "person_1_circumstances" },
    ]);
  });

  it("refuses a replacement map for another code set, an invalid map, and an unknown map name", () => {
    expect(
      problems({ force: "force-x", conceptMaps: { circumstances: crimeConceptMaps.crimeFlags } }),
    ).toEqual([
      "/conceptMaps/circumstances/target invalid_value: Expected a concept map to the code set indicator",
    ]);
    expect(
      problems({
        force: "force-x",
        conceptMaps: {
          personRoles: {
            id: "x",
            version: "1.0.0",
            source: "force-x/roles",
            target: "person-role",
            entries: [{ code: "IP", target: "injured-party", relationship: "equivalent" }],
          },
        },
      }),
    ).toEqual([
      "/conceptMaps/personRoles/entries/0/target unknown_target: Not a code in the taxonomy code set person-role",
    ]);
    expect(problems({ force: "force-x", conceptMaps: { roles: crimeConceptMaps.personRoles } })).toEqual([
      "/conceptMaps/roles invalid_options: Not a concept map of this adapter: expected circumstances, crimeFlags, personRoles",
    ]);
    expect(problems({ force: "force-x", conceptMaps: [] })).toHaveLength(1);
  });
});
