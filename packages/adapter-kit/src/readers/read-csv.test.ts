import { Readable } from "node:stream";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { chunked, collect, itemSummary } from "../../test/support.js";
import { AdapterKitError } from "../issue.js";
import { readCsv } from "./read-csv.js";

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe("readCsv", () => {
  it("maps each record onto the header's names, with positions", async () => {
    const items = await collect(readCsv("ref,flag\nNS-0001,MISS\nNS-0002,\n"));
    expect(items).toEqual([
      { kind: "record", position: { index: 0, line: 2 }, value: { ref: "NS-0001", flag: "MISS" } },
      { kind: "record", position: { index: 1, line: 3 }, value: { ref: "NS-0002", flag: "" } },
    ]);
  });

  it("removes a byte-order mark, from text and from bytes", async () => {
    expect(itemSummary(await collect(readCsv("\uFEFFref\nA\n")))).toEqual([{ ref: "A" }]);
    const bytes = new TextEncoder().encode("\uFEFFref\nA\n");
    expect(itemSummary(await collect(readCsv(bytes)))).toEqual([{ ref: "A" }]);
  });

  it("uses a configured delimiter", async () => {
    expect(itemSummary(await collect(readCsv("a;b\n1;2,3\n", { delimiter: ";" })))).toEqual([
      { a: "1", b: "2,3" },
    ]);
  });

  it("keeps line breaks in quoted fields and counts lines from where each record starts", async () => {
    const items = await collect(readCsv('ref,note\nA,"line one\nline two"\nB,x\n'));
    expect(items.map((i) => (i.kind === "record" ? i.position.line : undefined))).toEqual([2, 4]);
  });

  it("renames headers, or takes them from options when the file has none", async () => {
    expect(
      itemSummary(await collect(readCsv("Crime Ref\nA\n", { renameHeaders: { "Crime Ref": "ref" } }))),
    ).toEqual([{ ref: "A" }]);
    expect(itemSummary(await collect(readCsv("A,B\n", { headers: ["ref", "flag"] })))).toEqual([
      { ref: "A", flag: "B" },
    ]);
  });

  it("reports a record with the wrong number of fields, and goes on", async () => {
    const items = await collect(readCsv("a,b\n1\n2,3\n"));
    expect(itemSummary(items)).toEqual(["unreadable:wrong_field_count", { a: "2", b: "3" }]);
    expect(items[0]).toMatchObject({ kind: "unreadable", position: { index: 0, line: 2 } });
  });

  it.each(["__proto__", "constructor", "prototype"])(
    "refuses a %s header: every record is unreadable, reported, and no prototype is touched",
    async (name) => {
      const items = await collect(readCsv(`ref,${name}\nA,{"polluted":true}\nB,x\n`));
      expect(items).toHaveLength(2);
      for (const item of items) {
        expect(item).toMatchObject({
          kind: "unreadable",
          issues: [{ path: ["header", 1], code: "forbidden_key", line: 1 }],
        });
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
    },
  );

  it("refuses a forbidden name reached by renaming too", async () => {
    const items = await collect(readCsv("ref,x\nA,B\n", { renameHeaders: { x: "__proto__" } }));
    expect(itemSummary(items)).toEqual(["unreadable:forbidden_key"]);
  });

  it("refuses empty and repeated header names", async () => {
    expect(itemSummary(await collect(readCsv("ref,,x\n1,2,3\n")))).toEqual(["unreadable:empty_header"]);
    expect(itemSummary(await collect(readCsv("ref,ref\n1,2\n")))).toEqual(["unreadable:duplicate_header"]);
  });

  it("stops when the header row itself is broken", async () => {
    expect(itemSummary(await collect(readCsv('re"f\nA\n')))).toEqual(["stopped:invalid_quote"]);
  });

  it("reads a Node stream of bytes cut inside a UTF-8 character", async () => {
    const bytes = new TextEncoder().encode("name,town\nChild A,Zoë\n");
    const cut = bytes.indexOf(0xc3) + 1;
    const stream = Readable.from([bytes.slice(0, cut), bytes.slice(cut)]);
    expect(itemSummary(await collect(readCsv(stream)))).toEqual([{ name: "Child A", town: "Zoë" }]);
  });

  it("stops with invalid_utf8 on bytes that are not UTF-8, after the records before them", async () => {
    const items = await collect(readCsv([new TextEncoder().encode("a\n1\n"), new Uint8Array([0xff, 0x0a])]));
    expect(itemSummary(items)).toEqual([{ a: "1" }, "stopped:invalid_utf8"]);
  });

  it("throws a typed error for invalid options", async () => {
    await expect(collect(readCsv("a\n", { delimiter: '"' }))).rejects.toBeInstanceOf(AdapterKitError);
    await expect(collect(readCsv("a\n", { delimiter: ",," }))).rejects.toThrow(/delimiter/);
  });

  it("gives the same records however the input is chunked", async () => {
    const text = 'ref,note\r\nA,"x\r\ny"\r\nB,"say ""no"""\r\n';
    const whole = await collect(readCsv(text));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: text.length })), async (cuts) => {
        expect(await collect(readCsv(chunked(text, cuts)))).toEqual(whole);
      }),
    );
  });

  it("never throws and never pollutes a prototype, whatever the header and rows", async () => {
    const cell = fc.oneof(
      fc.constantFrom("__proto__", "constructor", "prototype", "toString", '"', ""),
      fc.string({ maxLength: 6 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { maxLength: 4 }), { maxLength: 5 }), async (rows) => {
        const text = rows.map((row) => row.join(",")).join("\n");
        const items = await collect(readCsv(text));
        for (const item of items) {
          if (item.kind === "record") expect(Object.getPrototypeOf(item.value)).toBe(Object.prototype);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });
});
