import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunked, collect, itemSummary } from "../../test/support.js";
import { AdapterKitError } from "../issue.js";
import { readJsonArray } from "./read-json-array.js";

describe("readJsonArray", () => {
  it("reads the elements one at a time, with index and first line", async () => {
    const items = await collect(
      readJsonArray('[\n  {"ref": "A", "list": [1, {"x": "]"}]},\n  {"ref": "B"}\n]\n'),
    );
    expect(items).toEqual([
      { kind: "record", position: { index: 0, line: 2 }, value: { ref: "A", list: [1, { x: "]" }] } },
      { kind: "record", position: { index: 1, line: 3 }, value: { ref: "B" } },
    ]);
  });

  it("reads bare values and strings with escapes", async () => {
    expect(itemSummary(await collect(readJsonArray('[1, "a\\"]b", true, null, -2.5e3]')))).toEqual([
      1,
      'a"]b',
      true,
      null,
      -2500,
    ]);
  });

  it("reads an empty array as no records", async () => {
    expect(await collect(readJsonArray(" [ ] "))).toEqual([]);
  });

  it("reports an element that is not valid JSON and goes on", async () => {
    expect(itemSummary(await collect(readJsonArray('[{"a": 1,,}, {"b": 2}]')))).toEqual([
      "unreadable:invalid_json",
      { b: 2 },
    ]);
  });

  it("reports elements too long or too deep without keeping them, and goes on", async () => {
    const long = `{"x": "${"y".repeat(100)}"}`;
    expect(itemSummary(await collect(readJsonArray(`[${long}, 1]`, { maxRecordLength: 50 })))).toEqual([
      "unreadable:record_too_long",
      1,
    ]);
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    expect(itemSummary(await collect(readJsonArray(`[${deep}, 2]`, { maxRecordLength: 1_000_000 })))).toEqual(
      ["unreadable:too_deep", 2],
    );
  });

  it("stops on text that is not an array, after a broken structure, or with trailing text", async () => {
    expect(itemSummary(await collect(readJsonArray('{"a": 1}')))).toEqual(["stopped:not_json_array"]);
    expect(itemSummary(await collect(readJsonArray("")))).toEqual(["stopped:not_json_array"]);
    expect(itemSummary(await collect(readJsonArray("[1 2]")))).toEqual([1, "stopped:invalid_json"]);
    expect(itemSummary(await collect(readJsonArray("[1,]")))).toEqual([1, "stopped:invalid_json"]);
    expect(itemSummary(await collect(readJsonArray("[1] x")))).toEqual([1, "stopped:trailing_content"]);
  });

  it("counts a record cut off by the end of the input, then stops", async () => {
    expect(itemSummary(await collect(readJsonArray('[{"a": 1}, {"b": ')))).toEqual([
      { a: 1 },
      "unreadable:unexpected_end",
      "stopped:unexpected_end",
    ]);
    expect(itemSummary(await collect(readJsonArray("[1,")))).toEqual([1, "stopped:unexpected_end"]);
  });

  it("keeps __proto__ keys as plain data", async () => {
    const [item] = await collect(readJsonArray('[{"__proto__": {"polluted": true}}]'));
    expect(item?.kind === "record" && Object.keys(item.value as object)).toEqual(["__proto__"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("throws a typed error for invalid options", async () => {
    await expect(collect(readJsonArray("[]", { maxDepth: -1 }))).rejects.toBeInstanceOf(AdapterKitError);
  });

  it("reads back any array of JSON values, however it is formatted and chunked", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 8 }),
        fc.constantFrom(undefined, 2, "\t"),
        fc.array(fc.nat()),
        async (list, indent, cuts) => {
          const text = JSON.stringify(list, null, indent);
          const items = await collect(readJsonArray(chunked(text, cuts)));
          expect(itemSummary(items)).toEqual(JSON.parse(text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never throws on arbitrary text, and reports at most one stop, last", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({
          unit: fc.constantFrom("[", "]", "{", "}", '"', "\\", ",", ":", "1", "a", " ", "\n"),
          maxLength: 40,
        }),
        async (text) => {
          const items = await collect(readJsonArray(text, { maxDepth: 3, maxRecordLength: 10 }));
          const stops = items.filter((i) => i.kind === "stopped");
          expect(stops.length).toBeLessThanOrEqual(1);
          if (stops.length === 1) expect(items.at(-1)?.kind).toBe("stopped");
        },
      ),
      { numRuns: 500 },
    );
  });
});
