import { describe, expect, it } from "vitest";
import { mapRow, rejectionOf } from "../test/rows.js";

const offences = (cells: Parameters<typeof mapRow>[0]) => {
  const outcome = mapRow(cells);
  if (outcome.status !== "mapped")
    throw new Error(`expected the row to map: ${outcome.issues.map((i) => i.code)}`);
  return outcome.record.offences;
};

describe("offence groups", () => {
  it("carries the national codes verbatim, one offence per filled-in group", () => {
    expect(
      offences({
        offence_1_ho_class: "19D",
        offence_1_ho_subclass: "00",
        offence_1_soa_section: "",
        offence_2_ho_class: "",
        offence_2_soa_section: "15A",
        offence_3_cjs_code: "CJSX0001",
      }),
      // In canonical order: by Home Office class, then SOA section, then CJS code.
    ).toEqual([
      { cjsCode: "CJSX0001" },
      { soaSection: "15A" },
      { homeOffice: { code: "19D", subcode: "00" } },
    ]);
  });

  it("drops leading zeros from the Home Office class, so 071 is the 71 the policy knows", () => {
    expect(offences({ offence_1_ho_class: "071" })).toEqual([{ homeOffice: { code: "71" } }]);
    expect(offences({ offence_1_ho_class: "008N" })).toEqual([{ homeOffice: { code: "8N" } }]);
    expect(rejectionOf({ offence_1_ho_class: "000" })).toBe("invalid-ho-class at offence_1_ho_class");
    expect(rejectionOf({ offence_1_ho_class: "00A" })).toBe("invalid-ho-class at offence_1_ho_class");
  });

  it("rejects a subclass without a class, naming the missing field", () => {
    expect(rejectionOf({ offence_2_ho_subclass: "01" })).toBe("incomplete-offence at offence_2_ho_class");
  });

  it("rejects a crime with no offence", () => {
    expect(rejectionOf({ offence_1_ho_class: "" })).toBe("no-offence at offence_1_ho_class");
  });

  it("never reads a CJS code's meaning: only the Home Office class and SOA section are interpreted by the policy", () => {
    expect(offences({ offence_1_ho_class: "", offence_1_cjs_code: "ZZ99999" })).toEqual([
      { cjsCode: "ZZ99999" },
    ]);
  });
});
