import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AdapterKitError } from "../issue.js";
import { firstBlankCell, readColumnGroup } from "./column-group.js";

const column =
  <N extends 1 | 2>(n: N) =>
  (cell: "ref" | "role") =>
    `person_${n}_${cell}` as const;

describe("readColumnGroup", () => {
  it("gives a group's cells by name as written, and undefined for a group left blank", () => {
    const row = { person_1_ref: " ", person_1_role: "", person_2_ref: "CHILD-A", person_2_role: " VIC" };
    expect(readColumnGroup(row, ["ref", "role"], column(1))).toBeUndefined();
    expect(readColumnGroup(row, ["ref", "role"], column(2))).toEqual({ ref: "CHILD-A", role: " VIC" });
  });

  it("is undefined exactly when every cell of the group is blank", () => {
    const cellText = fc.oneof(fc.constantFrom("", " ", "  "), fc.string());
    fc.assert(
      fc.property(cellText, cellText, (ref, role) => {
        const group = readColumnGroup({ person_1_ref: ref, person_1_role: role }, ["ref", "role"], column(1));
        expect(group === undefined).toBe(ref.trim() === "" && role.trim() === "");
        if (group !== undefined) expect(group).toEqual({ ref, role });
      }),
    );
  });
});

describe("firstBlankCell", () => {
  it("names the first required cell left blank, in the order given", () => {
    expect(firstBlankCell({ ref: "", role: "", dob: "01/01/2010" }, ["ref", "role"])).toBe("ref");
    expect(firstBlankCell({ ref: "CHILD-A", role: " ", dob: "" }, ["ref", "role"])).toBe("role");
    expect(firstBlankCell({ ref: "CHILD-A", role: "VIC", dob: "" }, ["ref", "role"])).toBeUndefined();
  });

  it("refuses a cell name that is not a string with AdapterKitError, never running its toString", () => {
    const hostile = { toString: "" } as unknown as string;
    expect(() => firstBlankCell({}, [hostile])).toThrow(AdapterKitError);
    expect(() => readColumnGroup({ ref: "" }, [hostile], () => "ref")).toThrow(AdapterKitError);
    expect(() => readColumnGroup({}, ["ref"], () => hostile)).toThrow(AdapterKitError);
  });
});
