import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { AdapterKitError } from "../issue.js";
import { lookupCode } from "./lookup.js";
import { conceptMap, parseConceptMap, parseConceptMapJson } from "./parse-concept-map.js";

const valid = () => ({
  id: "force-x-flags",
  version: "1.0.0",
  source: "force-x/flags",
  target: "indicator",
  entries: [
    { code: "MISS", target: "missing-from-home-or-care", relationship: "equivalent" },
    { code: "ONL", target: "online-grooming", relationship: "related-to", comment: "Any online concern" },
    { code: "ADMIN", noMap: true, comment: "Administrative only" },
  ],
});

const codesAt = (input: unknown) => {
  const result = parseConceptMap(input);
  return result.ok ? [] : result.issues.map((i) => `${i.path.join("/")} ${i.code}`);
};

describe("parseConceptMap", () => {
  it("accepts a valid map", () => {
    const result = parseConceptMap(valid());
    expect(result.ok).toBe(true);
  });

  it("needs a comment on every mapping that is not equivalent, and on explicitly unmapped codes", () => {
    const map = valid();
    map.entries = [
      { code: "ONL", target: "online-grooming", relationship: "related-to" },
      { code: "ADMIN", noMap: true } as never,
    ];
    expect(codesAt(map)).toEqual([
      "entries/0/comment comment_required",
      "entries/1/comment comment_required",
    ]);
  });

  it("does not count a comment of only spaces, and refuses a code with spaces at its end", () => {
    const map = valid();
    map.entries = [
      { code: "ONL", target: "online-grooming", relationship: "related-to", comment: "   " },
      { code: "ADMIN", noMap: true, comment: " \t" } as never,
      { code: "MISS ", target: "missing-from-home-or-care", relationship: "equivalent" },
    ];
    expect(codesAt(map)).toEqual([
      "entries/0/comment invalid_format",
      "entries/1/comment invalid_format",
      "entries/2/code invalid_format",
    ]);
  });

  it("refuses a target that is not a code of the target code set", () => {
    const map = valid();
    map.entries = [{ code: "X", target: "CSE", relationship: "equivalent" }];
    expect(codesAt(map)).toEqual(["entries/0/target unknown_target"]);
  });

  it("refuses a relationship outside FHIR R5's, a repeated code, and a noMap with a target", () => {
    const map = valid();
    map.entries = [
      { code: "A", target: "cuckooing", relationship: "wider" } as never,
      { code: "B", target: "cuckooing", relationship: "equivalent" },
      { code: "B", target: "drug-supply", relationship: "equivalent" },
      { code: "C", noMap: true, target: "drug-supply", comment: "why" } as never,
      { code: "D" } as never,
    ];
    expect(codesAt(map)).toEqual(["entries/0/relationship invalid_value"]);
    map.entries.shift();
    expect(codesAt(map)).toEqual([
      "entries/1/code duplicate_code",
      "entries/2/target target_not_allowed",
      "entries/3/target invalid_type",
      "entries/3/relationship invalid_type",
    ]);
  });

  it("refuses an unknown code set, unknown fields and prototype keys", () => {
    expect(codesAt({ ...valid(), target: "flags" })).toEqual(["target invalid_value"]);
    expect(codesAt({ ...valid(), owner: "PC 1234" })).toEqual(["owner unrecognized_key"]);
    expect(codesAt(JSON.parse('{"__proto__": {"polluted": 1}}'))).toEqual(["__proto__ forbidden_key"]);
  });

  it("checks what the caller expects", () => {
    const result = parseConceptMap(valid(), { target: "marker-kind", source: "force-y/flags" });
    expect(result.ok ? [] : result.issues.map((i) => i.code)).toEqual(["invalid_value", "invalid_value"]);
  });

  it("parses JSON text and reports text that is not JSON", () => {
    expect(parseConceptMapJson(JSON.stringify(valid())).ok).toBe(true);
    const broken = parseConceptMapJson('{"id": "Child A');
    expect(broken.ok ? [] : broken.issues.map((i) => i.code)).toEqual(["invalid_json"]);
  });

  it("conceptMap throws a typed error listing the issues", () => {
    expect(() => conceptMap({ ...valid(), version: "one" })).toThrow(AdapterKitError);
    try {
      conceptMap({ ...valid(), version: "one" });
    } catch (error) {
      expect((error as AdapterKitError).issues.map((i) => i.path)).toEqual([["version"]]);
    }
  });

  it("tells mapped, explicitly unmapped and not yet mapped apart", () => {
    const map = conceptMap(valid(), { target: "indicator" });
    expect(lookupCode(map, "MISS")).toEqual({
      status: "mapped",
      target: "missing-from-home-or-care",
      relationship: "equivalent",
    });
    expect(lookupCode(map, "ADMIN")).toEqual({ status: "no-map", comment: "Administrative only" });
    expect(lookupCode(map, "NEW")).toEqual({ status: "not-yet-mapped" });
    expect(lookupCode(map, "__proto__")).toEqual({ status: "not-yet-mapped" });
  });

  it("never throws and never quotes a value, whatever it is given", () => {
    const secret = "Zq-SECRET-9";
    const entry = fc.record(
      {
        code: fc.constantFrom(secret, "A", "__proto__"),
        target: fc.constantFrom(secret, "cuckooing", "CSE"),
        relationship: fc.constantFrom(secret, "equivalent", "related-to"),
        comment: fc.constantFrom(secret, ""),
        noMap: fc.constantFrom(true, false, secret),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({
            id: fc.constantFrom(secret, "ok"),
            version: fc.constantFrom(secret, "1.0.0"),
            source: fc.constantFrom(secret, "x/y"),
            target: fc.constantFrom(secret, "indicator"),
            entries: fc.array(entry, { maxLength: 4 }),
          }),
        ),
        (input) => {
          const result = parseConceptMap(input);
          if (!result.ok)
            for (const issue of result.issues) expect(JSON.stringify(issue)).not.toContain("SECRET");
        },
      ),
      { numRuns: 500 },
    );
  });
});
