import { describe, expect, it } from "vitest";
import { groupAssociates } from "./associates.js";
import { baseRow } from "./test-support/rows.js";

const group = (overrides: Parameters<typeof baseRow>[0]) => {
  const result = groupAssociates(baseRow(overrides));
  return result.ok
    ? result.value.map((a) => `${a.ref}:${a.type}:${a.dateOfBirth ?? "-"}`)
    : `${result.reason}@${result.field}`;
};

describe("groupAssociates", () => {
  it("skips blank groups and reads each filled one", () => {
    expect(group({})).toEqual([]);
    expect(
      group({ associate_2_ref: "ADULT-X", associate_2_type: "SUSP", associate_2_dob: "01/01/1990" }),
    ).toEqual(["ADULT-X:SUSP:1990-01-01"]);
    expect(
      group({
        associate_1_ref: "ADULT-X",
        associate_1_type: "SUSP",
        associate_2_ref: "CHILD-G",
        associate_2_type: "COMISS",
      }),
    ).toEqual(["ADULT-X:SUSP:-", "CHILD-G:COMISS:-"]);
  });

  it("rejects a partly filled group, naming the column that is missing", () => {
    expect(group({ associate_1_dob: "01/01/1990" })).toBe("incomplete-associate@associate_1_ref");
    expect(group({ associate_1_type: "SUSP" })).toBe("incomplete-associate@associate_1_ref");
    expect(group({ associate_2_ref: "ADULT-X" })).toBe("incomplete-associate@associate_2_type");
    expect(
      group({ associate_2_ref: "ADULT-X", associate_2_type: "SUSP", associate_2_dob: "31/09/1990" }),
    ).toBe("invalid-date@associate_2_dob");
  });

  it("rejects the missing person named as an associate, and an associate named twice", () => {
    expect(group({ associate_1_ref: "CHILD-A", associate_1_type: "COMISS" })).toBe(
      "associate-is-missing-person@associate_1_ref",
    );
    expect(
      group({
        associate_1_ref: "ADULT-X",
        associate_1_type: "SUSP",
        associate_2_ref: "ADULT-X",
        associate_2_type: "ASSOC",
      }),
    ).toBe("associate-listed-twice@associate_2_ref");
  });
});
