import { describe, expect, it } from "vitest";
import { mapRow, rejectionOf } from "../test/rows.js";
import { crimeConceptMaps } from "./concept-maps.js";

const mapped = (cells: Parameters<typeof mapRow>[0]) => {
  const outcome = mapRow(cells);
  if (outcome.status !== "mapped")
    throw new Error(`expected the row to map: ${outcome.issues.map((i) => i.code)}`);
  return outcome.record;
};

describe("person groups", () => {
  it("maps each filled-in group to a person, skipping blank groups", () => {
    const record = mapped({
      person_1_dob: "02/09/2011",
      person_3_ref: "ADULT-X",
      person_3_role: "SUS",
      person_3_dob: "20/01/1990",
    });
    expect(record.persons).toEqual([
      { ref: "ADULT-X", roles: ["suspect"], dateOfBirth: "1990-01-20", attributes: [] },
      { ref: "CHILD-A", roles: ["victim"], dateOfBirth: "2011-09-02", attributes: [] },
    ]);
  });

  it("maps the role codes through the person-role map", () => {
    const roles = (code: string) => mapped({ person_1_role: code }).persons.map((p) => p.roles);
    expect([roles("VIC"), roles("SUS"), roles("OFF")]).toEqual([[["victim"]], [["suspect"]], [["offender"]]]);
  });

  it("rejects a group that is partly filled in, naming the field that is missing", () => {
    expect(rejectionOf({ person_2_dob: "01/01/1990" })).toBe("incomplete-person at person_2_ref");
    expect(rejectionOf({ person_2_looked_after: "N" })).toBe("incomplete-person at person_2_ref");
    expect(rejectionOf({ person_2_ref: "ADULT-X" })).toBe("incomplete-person at person_2_role");
    expect(rejectionOf({ person_1_role: "" })).toBe("incomplete-person at person_1_role");
  });

  it("rejects a role code that has no mapping yet, rather than dropping the person", () => {
    expect(rejectionOf({ person_1_role: "NEWROLE" })).toBe("unmapped-person-role at person_1_role");
  });

  it("leaves a witness with nothing recorded on them off the record", () => {
    const record = mapped({
      person_2_ref: "ADULT-U",
      person_2_role: "WIT",
      person_2_dob: "01/01/1990",
      // "N" and a blank record nothing.
      person_2_looked_after: "N",
    });
    expect(record.persons.map((p) => p.ref)).toEqual(["CHILD-A"]);
    expect(record.indicators).toEqual([]);
  });

  it("rejects a record with signs or a Y attribute on a witness, rather than dropping them", () => {
    // A child witness seen missing and given gifts: the canonical record has no role to keep them under.
    expect(
      rejectionOf({ person_2_ref: "CHILD-B", person_2_role: "WIT", person_2_circumstances: "MISS;XGIFT" }),
    ).toBe("facts-on-person-without-role at person_2_role");
    expect(rejectionOf({ person_3_ref: "CHILD-B", person_3_role: "WIT", person_3_looked_after: "Y" })).toBe(
      "facts-on-person-without-role at person_3_role",
    );
    expect(
      rejectionOf({ person_2_ref: "CHILD-B", person_2_role: "WIT", person_2_learning_disability: "Y" }),
    ).toBe("facts-on-person-without-role at person_2_role");
    // Any code written is a fact, whether it maps to a sign (MISS), deliberately to none
    // (INTOX) or is not mapped yet (NEWCODE).
    for (const code of ["INTOX", "NEWCODE"])
      expect(
        rejectionOf({ person_2_ref: "CHILD-B", person_2_role: "WIT", person_2_circumstances: code }),
      ).toBe("facts-on-person-without-role at person_2_role");
    // The same child also linked as a victim keeps the signs, under the victim role.
    const record = mapped({
      person_2_ref: "CHILD-B",
      person_2_role: "WIT",
      person_2_circumstances: "MISS",
      person_3_ref: "CHILD-B",
      person_3_role: "VIC",
    });
    expect(record.persons.find((p) => p.ref === "CHILD-B")?.roles).toEqual(["victim"]);
    expect(record.indicators).toEqual([
      { code: "missing-from-home-or-care", personRef: "CHILD-B", sourcePath: "person_2_circumstances/MISS" },
    ]);
  });

  it("makes one person of a reference linked twice, with both roles, attributes and signs", () => {
    const record = mapped({
      person_1_dob: "09/09/2010",
      person_1_circumstances: "OLDADULT",
      person_2_ref: "CHILD-A",
      person_2_role: "SUS",
      person_2_looked_after: "Y",
      person_2_circumstances: "CUCKOO;OLDADULT",
    });
    expect(record.persons).toEqual([
      {
        ref: "CHILD-A",
        roles: ["suspect", "victim"],
        dateOfBirth: "2010-09-09",
        attributes: ["looked-after"],
      },
    ]);
    expect(record.indicators.map((i) => i.code)).toEqual(["associates-with-older-adults", "cuckooing"]);
  });

  it("rejects a person given two different dates of birth", () => {
    expect(
      rejectionOf({
        person_1_dob: "09/09/2010",
        person_2_ref: "CHILD-A",
        person_2_role: "SUS",
        person_2_dob: "10/09/2010",
      }),
    ).toBe("conflicting-date-of-birth at person_2_dob");
  });
});

describe("dates of birth", () => {
  it("reads dd/mm/yyyy, and a blank as not known", () => {
    expect(mapped({ person_1_dob: "29/02/2012" }).persons[0]?.dateOfBirth).toBe("2012-02-29");
    expect(mapped({ person_1_dob: "" }).persons[0]).not.toHaveProperty("dateOfBirth");
  });

  it("rejects a date that does not exist, one after the offence, and one giving an age over 130", () => {
    expect(rejectionOf({ person_1_dob: "29/02/2013" })).toBe("invalid-date at person_1_dob");
    expect(rejectionOf({ person_1_dob: "31/04/2012" })).toBe("invalid-date at person_1_dob");
    expect(rejectionOf({ person_1_dob: "21/03/2026" })).toBe("born-after-event at person_1_dob");
    // Born on the day of the offence is possible.
    expect(rejectionOf({ person_1_dob: "20/03/2026" })).toBe("mapped");
    // A mistyped year would make a child a very old adult: 130 at the offence is the most.
    expect(rejectionOf({ person_1_dob: "02/09/1011" })).toBe("implausible-date-of-birth at person_1_dob");
    expect(rejectionOf({ person_1_dob: "20/03/1895" })).toBe("implausible-date-of-birth at person_1_dob");
    expect(rejectionOf({ person_1_dob: "21/03/1895" })).toBe("mapped");
  });

  it("checks the date of birth of every person, not only the first", () => {
    const suspect = { person_3_ref: "ADULT-X", person_3_role: "SUS" };
    expect(rejectionOf({ ...suspect, person_3_dob: "20/01/1019" })).toBe(
      "implausible-date-of-birth at person_3_dob",
    );
    expect(rejectionOf({ ...suspect, person_3_dob: "21/03/2026" })).toBe("born-after-event at person_3_dob");
  });
});

describe("yes/no attributes", () => {
  const attributes = (looked_after: string, learning_disability: string) =>
    mapped({ person_1_looked_after: looked_after, person_1_learning_disability: learning_disability })
      .persons[0]?.attributes;

  it("adds an attribute for Y only: N and a blank (not answered) add nothing", () => {
    expect(attributes("Y", "Y")).toEqual(["learning-disability", "looked-after"]);
    expect(attributes("Y", "")).toEqual(["looked-after"]);
    expect(attributes("", "Y")).toEqual(["learning-disability"]);
    expect(attributes("N", "N")).toEqual([]);
    expect(attributes("", "")).toEqual([]);
  });

  it("refuses any answer but Y, N or blank before mapping, naming the field", () => {
    for (const answer of ["U", "Maybe", "Yes", "no", "y", " Y"]) {
      expect(rejectionOf({ person_1_looked_after: answer })).toBe("invalid_value at person_1_looked_after");
      expect(rejectionOf({ person_1_learning_disability: answer })).toBe(
        "invalid_value at person_1_learning_disability",
      );
    }
  });
});

describe("circumstances", () => {
  it("attaches the indicators a person's codes map to to that person, once each", () => {
    const record = mapped({
      person_1_circumstances: "MISS;XGIFT;MISS",
      person_2_ref: "ADULT-X",
      person_2_role: "SUS",
      person_2_circumstances: "DRGSUP",
    });
    expect(record.indicators).toEqual([
      { code: "drug-supply", personRef: "ADULT-X", sourcePath: "person_2_circumstances/DRGSUP" },
      { code: "exchange-gifts", personRef: "CHILD-A", sourcePath: "person_1_circumstances/XGIFT" },
      { code: "missing-from-home-or-care", personRef: "CHILD-A", sourcePath: "person_1_circumstances/MISS" },
    ]);
  });

  it("reports a code with no mapping on the record, keeping the others", () => {
    const record = mapped({ person_1_circumstances: "NEWCODE;LATE" });
    expect(record.indicators.map((i) => i.code)).toEqual(["staying-out-late"]);
    expect(record.unmappedCodes).toEqual([
      { system: "crime-reference-export/circumstances", code: "NEWCODE", path: "person_1_circumstances" },
    ]);
  });

  it("keeps every sign of a child with many recorded, however many codes the cell holds", () => {
    const signCodes = crimeConceptMaps.circumstances.entries.flatMap((e) => ("target" in e ? [e.code] : []));
    expect(signCodes.length).toBeGreaterThan(25);
    const record = mapped({ person_1_circumstances: signCodes.join(";") });
    const expected = new Set(
      crimeConceptMaps.circumstances.entries.flatMap((e) => ("target" in e ? [e.target] : [])),
    );
    expect(new Set(record.indicators.map((i) => i.code))).toEqual(expected);
  });

  it("maps explicitly unmapped codes to nothing, and does not report them", () => {
    const record = mapped({ person_1_circumstances: "EXCH;INTOX" });
    expect(record.indicators).toEqual([]);
    expect(record.unmappedCodes).toEqual([]);
  });
});
