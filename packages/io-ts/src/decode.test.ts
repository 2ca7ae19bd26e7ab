import { parseRecord } from "@cse-flags/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exampleRecords } from "../test/arbitraries.js";
import { Ref } from "./codecs/primitives.js";
import { decodeMarker, decodeRecord, decodeWith } from "./index.js";

describe("decodeWith and decodeRecord", () => {
  it("decode a valid record to a Right holding an equal value", () => {
    const [record] = exampleRecords;
    expect(decodeRecord(record)).toEqual({ _tag: "Right", right: record });
  });

  it("refuse what core's guard refuses, with core's issues", () => {
    const deep = JSON.parse(`${"[".repeat(40)}${"]".repeat(40)}`);
    const hostile = [deep, JSON.parse('{"constructor": 1}'), { kind: 1n }, new Date(0), "x".repeat(70_000)];
    for (const input of hostile) {
      const decoded = decodeRecord(input);
      const parsed = parseRecord(input);
      expect(decoded._tag).toBe("Left");
      expect(decoded._tag === "Left" && decoded.left).toEqual(!parsed.ok && parsed.issues);
    }
  });

  it("apply the caller's limits", () => {
    expect(decodeWith(Ref, "CHILD-A", { limits: { maxStringLength: 3 } })._tag).toBe("Left");
    expect(decodeWith(Ref, "CHILD-A")._tag).toBe("Right");
  });

  it("never throw, whatever the input", () => {
    fc.assert(
      fc.property(
        fc.anything({ withBigInt: true, withDate: true, withMap: true, withNullPrototype: true }),
        (input) => {
          expect(() => decodeRecord(input)).not.toThrow();
          expect(() => decodeMarker(input)).not.toThrow();
        },
      ),
    );
  });

  it("report a malformed date of birth as itself, not as an unreadable input", () => {
    const record = structuredClone(exampleRecords[0]) as { persons: Record<string, unknown>[] };
    const person = record.persons[0] as Record<string, unknown>;
    person.dateOfBirth = "2011-09-0x";
    person.ageAtEvent = 14;
    const decoded = decodeRecord(record);
    expect(decoded._tag === "Left" && decoded.left.map((issue) => issue.code)).toEqual(["invalid_format"]);
  });
});
