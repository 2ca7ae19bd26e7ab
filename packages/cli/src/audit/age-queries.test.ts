import { describe, expect, it } from "vitest";
import { isKnownChild, knownBands, youngestBand } from "./age-queries.js";
import { auditedRecord, person } from "./test-records.js";

describe("age queries", () => {
  const records = [
    auditedRecord({ persons: [person("CHILD-A", "unknown"), person("CHILD-B", "16-17")] }),
    auditedRecord({ persons: [person("CHILD-A", "13-15")] }),
  ];

  it("collects the bands the records know, leaving out unknown ones", () => {
    expect(
      knownBands(records, [
        { record: 0, person: 0 },
        { record: 1, person: 0 },
        { record: 0, person: 1 },
      ]),
    ).toEqual(["13-15", "16-17"]);
  });

  it("takes a known child to be under 18 somewhere and 18 or over nowhere", () => {
    expect(isKnownChild(["13-15"])).toBe(true);
    expect(isKnownChild([])).toBe(false);
    expect(isKnownChild(["16-17", "18-or-over"])).toBe(false);
  });

  it("picks the youngest known band", () => {
    expect(youngestBand(["18-or-over", "16-17", "13-15"])).toBe("13-15");
    expect(youngestBand(["18-or-over"])).toBe("18-or-over");
    expect(youngestBand([])).toBe("unknown");
  });
});
