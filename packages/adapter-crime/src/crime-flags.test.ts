import { describe, expect, it } from "vitest";
import { mapRow } from "../test/rows.js";

const withFlags = (crime_flags: string) => {
  const outcome = mapRow({ crime_flags });
  if (outcome.status !== "mapped") throw new Error("expected the row to map");
  return outcome.record;
};

describe("the force's existing crime flags", () => {
  it("become markers on the record, keeping the local code they came from", () => {
    expect(withFlags("CCE;CSE").markers).toEqual([
      {
        kind: "CCE",
        qualifiers: [],
        subject: { type: "record" },
        sourceCode: { system: "crime-reference-export/crime-flags", code: "CCE" },
      },
      {
        kind: "CSE",
        qualifiers: [],
        subject: { type: "record" },
        sourceCode: { system: "crime-reference-export/crime-flags", code: "CSE" },
      },
    ]);
  });

  it("map the old generic exploitation flag to CE, which says exploitation without saying which kind", () => {
    expect(withFlags("EXPL").markers.map((m) => m.kind)).toEqual(["CE"]);
  });

  it("map flags with no marker kind to nothing, and report a flag with no mapping", () => {
    expect(withFlags("DA;HATE").markers).toEqual([]);
    expect(withFlags("DA;HATE").unmappedCodes).toEqual([]);
    const record = withFlags("CSA;NEWFLAG");
    expect(record.markers.map((m) => m.kind)).toEqual(["CSA"]);
    expect(record.unmappedCodes).toEqual([
      { system: "crime-reference-export/crime-flags", code: "NEWFLAG", path: "crime_flags" },
    ]);
  });

  it("count a flag written twice once", () => {
    expect(withFlags("CSE;CSE").markers).toHaveLength(1);
  });
});
