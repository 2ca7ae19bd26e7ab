import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { valuesAt } from "./pointer-values.js";

const record = {
  source: { recordId: "CR-0001" },
  persons: [{ ref: "CHILD-A", age: 14 }, { ref: "CHILD-B" }, { name: "" }],
  "a/b": { "c~d": "VALUE-1" },
};

describe("valuesAt", () => {
  it("reads a plain pointer, and every array item at a `*`", () => {
    expect(valuesAt(record, "/source/recordId")).toEqual(["CR-0001"]);
    expect(valuesAt(record, "/persons/*/ref")).toEqual(["CHILD-A", "CHILD-B"]);
    expect(valuesAt(record, "/persons/1/ref")).toEqual(["CHILD-B"]);
  });

  it("unescapes ~1 and ~0", () => {
    expect(valuesAt(record, "/a~1b/c~0d")).toEqual(["VALUE-1"]);
  });

  it("gives nothing for numbers, empty strings, missing paths and out-of-range or malformed indexes", () => {
    expect(valuesAt(record, "/persons/0/age")).toEqual([]);
    expect(valuesAt(record, "/persons/*/name")).toEqual([]);
    expect(valuesAt(record, "/persons/9/ref")).toEqual([]);
    expect(valuesAt(record, "/persons/01/ref")).toEqual([]);
    expect(valuesAt(record, "/source/*")).toEqual([]);
    expect(valuesAt(record, "/nothing/here")).toEqual([]);
  });

  it("reads own properties only, never the prototype's", () => {
    expect(valuesAt(record, "/constructor/name")).toEqual([]);
    expect(valuesAt(record, "/persons/length")).toEqual([]);
  });

  it("reads the whole document at the empty pointer when it is a string", () => {
    expect(valuesAt("CR-0001", "")).toEqual(["CR-0001"]);
    expect(valuesAt(record, "")).toEqual([]);
  });

  it("never throws, and only returns non-empty strings", () => {
    const pointer = fc.array(fc.oneof(fc.constant("*"), fc.string({ maxLength: 4 }), fc.nat(3).map(String)), {
      maxLength: 4,
    });
    fc.assert(
      fc.property(fc.jsonValue(), pointer, (document, segments) => {
        const values = valuesAt(document, segments.map((s) => `/${s}`).join(""));
        for (const value of values) expect(typeof value === "string" && value !== "").toBe(true);
      }),
    );
  });
});
