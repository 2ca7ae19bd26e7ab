import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chunked, collect } from "../../test/support.js";
import { AdapterKitError } from "../issue.js";
import { parseNdjsonLine, readNdjson, readNdjsonLines } from "./read-ndjson.js";

describe("readNdjson", () => {
  it("reads one value per line with line numbers, skipping blank lines and CRLF", async () => {
    const items = await collect(readNdjson('{"ref":"A"}\r\n\n  \n{"ref":"B"}'));
    expect(items).toEqual([
      { kind: "record", position: { index: 0, line: 1 }, value: { ref: "A" } },
      { kind: "record", position: { index: 1, line: 4 }, value: { ref: "B" } },
    ]);
  });

  it("reports a line that is not JSON, without its text, and goes on", async () => {
    const items = await collect(readNdjson('{"ref":"A"}\n{"ref": "Child A\n{"ref":"C"}\n'));
    expect(items[1]).toEqual({
      kind: "unreadable",
      position: { index: 1, line: 2 },
      issues: [{ path: [], code: "invalid_json", message: "Line is not valid JSON", line: 2 }],
    });
    expect(items[2]).toMatchObject({ kind: "record", value: { ref: "C" } });
  });

  it("reports a line over the maximum length without keeping it", async () => {
    const long = `{"ref":"${"x".repeat(100)}"}`;
    const items = await collect(readNdjson(`{"a":1}\n${long}\n{"b":2}\n`, { maxLineLength: 50 }));
    expect(items.map((i) => (i.kind === "unreadable" ? i.issues[0]?.code : i.kind))).toEqual([
      "record",
      "line_too_long",
      "record",
    ]);
  });

  it("keeps __proto__ and constructor keys as plain data, never as a prototype", async () => {
    const [item] = await collect(
      readNdjson('{"__proto__":{"polluted":true},"constructor":{"prototype":1}}\n'),
    );
    expect(item?.kind).toBe("record");
    if (item?.kind !== "record") return;
    expect(Object.getPrototypeOf(item.value)).toBe(Object.prototype);
    expect(Object.keys(item.value as object)).toEqual(["__proto__", "constructor"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("throws a typed error for an invalid maximum", async () => {
    await expect(collect(readNdjson("", { maxLineLength: 0 }))).rejects.toBeInstanceOf(AdapterKitError);
  });

  it("reads back any list of JSON values, however the text is chunked", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 8 }),
        fc.array(fc.nat()),
        async (list, cuts) => {
          const text = list.map((value) => JSON.stringify(value)).join("\n");
          const items = await collect(readNdjson(chunked(text, cuts)));
          expect(items.map((i) => (i.kind === "record" ? i.value : i.kind))).toEqual(
            list.map((value) => JSON.parse(JSON.stringify(value))),
          );
          expect(items.map((i) => (i.kind === "record" ? i.position.line : 0))).toEqual(
            list.map((_, n) => n + 1),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it("never throws on arbitrary text; each line not blank (or too long to tell) is one item", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.constantFrom("{", "}", '"', "a", "1", "\n", "\r", " ", ":"), maxLength: 50 }),
        async (text) => {
          const items = await collect(readNdjson(text, { maxLineLength: 10 }));
          const lines = text
            .split("\n")
            .map((line) => line.replace(/\r$/, ""))
            .filter((line) => line.length > 10 || !/^[ \t]*$/.test(line)).length;
          expect(items).toHaveLength(lines);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("readNdjsonLines", () => {
  it("gives, once each line is parsed, exactly the items readNdjson gives, however the text is chunked", async () => {
    const unit = fc.constantFrom("{", "}", '"', "a", "1", "\n", "\r", " ", ":", "[", "]", ",");
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, maxLength: 80 }), fc.array(fc.nat()), async (text, cuts) => {
        const lines = await collect(readNdjsonLines(chunked(text, cuts), { maxLineLength: 12 }));
        const parsed = lines.map((item) =>
          item.kind === "line" ? parseNdjsonLine(item.text, item.position) : item,
        );
        expect(parsed).toEqual(await collect(readNdjson(text, { maxLineLength: 12 })));
      }),
      { numRuns: 300 },
    );
  });

  it("leaves each line's text as it was read, and refuses invalid options as readNdjson does", async () => {
    const items = await collect(readNdjsonLines('{"ref":"A"}\r\n\n{"ref": "B"}'));
    expect(items).toEqual([
      { kind: "line", position: { index: 0, line: 1 }, text: '{"ref":"A"}' },
      { kind: "line", position: { index: 1, line: 3 }, text: '{"ref": "B"}' },
    ]);
    await expect(collect(readNdjsonLines("", { maxLineLength: 0 }))).rejects.toBeInstanceOf(AdapterKitError);
  });
});
