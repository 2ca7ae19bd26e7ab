import { describe, expect, it } from "vitest";
import { AdapterKitError, describeIssue } from "../issue.js";
import { bundledConceptMaps } from "./bundled-concept-maps.js";
import { lookupCode } from "./lookup.js";

const flags = {
  id: "reference-flags",
  version: "1.0.0",
  source: "reference/flags",
  target: "marker-kind",
  entries: [
    { code: "CSE", target: "CSE", relationship: "equivalent" },
    { code: "DA", noMap: true, comment: "Domestic abuse: no marker kind in the taxonomy" },
  ],
};
const roles = {
  id: "reference-roles",
  version: "1.0.0",
  source: "reference/roles",
  target: "person-role",
  entries: [{ code: "VIC", target: "victim", relationship: "equivalent" }],
};

describe("bundledConceptMaps", () => {
  it("checks each map against the code set its name targets and gives them by name", () => {
    const maps = bundledConceptMaps({ flags: "marker-kind", roles: "person-role" }, { flags, roles });
    expect(Object.keys(maps)).toEqual(["flags", "roles"]);
    expect(lookupCode(maps.flags, "CSE")).toMatchObject({ status: "mapped", target: "CSE" });
    expect(lookupCode(maps.roles, "VIC")).toMatchObject({ status: "mapped", target: "victim" });
  });

  it("freezes the maps, the entry lists and each entry", () => {
    const maps = bundledConceptMaps({ flags: "marker-kind" }, { flags });
    expect(Object.isFrozen(maps)).toBe(true);
    expect(Object.isFrozen(maps.flags)).toBe(true);
    expect(Object.isFrozen(maps.flags.entries)).toBe(true);
    expect(maps.flags.entries.every((entry) => Object.isFrozen(entry))).toBe(true);
    expect(() => (maps.flags.entries as unknown[]).push({ code: "X", noMap: true, comment: "x" })).toThrow(
      TypeError,
    );
    expect(lookupCode(maps.flags, "X")).toEqual({ status: "not-yet-mapped" });
  });

  it("throws AdapterKitError for a bad map, naming the map in every issue's path", () => {
    let thrown: unknown;
    try {
      bundledConceptMaps(
        { flags: "indicator", roles: "person-role" },
        { flags, roles: { ...roles, entries: 3 } },
      );
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AdapterKitError);
    const described = (thrown as AdapterKitError).issues.map(describeIssue);
    expect(described).toContain(
      "/flags/target invalid_value: Expected a concept map to the code set indicator",
    );
    expect(described.some((text) => text.startsWith("/roles/entries "))).toBe(true);
  });
});
