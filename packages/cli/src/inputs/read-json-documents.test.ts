import type { SourceItem } from "@cse-flags/adapter-kit";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { maxDocumentBytes, readJsonDocuments } from "./read-json-documents.js";

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

async function* chunksOf(...chunks: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
  yield* chunks;
}

/** The bytes cut at the given offsets (sorted, within the length). */
function cut(bytes: Uint8Array, offsets: readonly number[]): Uint8Array[] {
  const points = [...new Set(offsets.map((o) => o % (bytes.length + 1)))].sort((a, b) => a - b);
  const parts: Uint8Array[] = [];
  let start = 0;
  for (const point of [...points, bytes.length]) {
    parts.push(bytes.slice(start, point));
    start = point;
  }
  return parts;
}

async function collect(input: AsyncIterable<Uint8Array>): Promise<SourceItem[]> {
  const items: SourceItem[] = [];
  for await (const item of readJsonDocuments(input)) items.push(item);
  return items;
}

const read = (text: string | Uint8Array): Promise<SourceItem[]> =>
  collect(chunksOf(typeof text === "string" ? utf8(text) : text));

describe("readJsonDocuments", () => {
  it("reads an array element by element, each with its index and first line", async () => {
    expect(await read('\n[\n  {"ref": "CR-9001"},\n  {"ref": "CR-9002"}\n]\n')).toEqual([
      { kind: "record", position: { index: 0, line: 3 }, value: { ref: "CR-9001" } },
      { kind: "record", position: { index: 1, line: 4 }, value: { ref: "CR-9002" } },
    ]);
  });

  it("reads anything else as one document at its first line", async () => {
    expect(await read('\n\n  {\n"ref": "CR-9001"}\n')).toEqual([
      { kind: "record", position: { index: 0, line: 3 }, value: { ref: "CR-9001" } },
    ]);
    expect(await read("42")).toEqual([{ kind: "record", position: { index: 0, line: 1 }, value: 42 }]);
  });

  it("skips a byte-order mark before an array or a document", async () => {
    const bom = [0xef, 0xbb, 0xbf];
    expect(await read(Uint8Array.from([...bom, ...utf8('[{"a": 1}]')]))).toEqual([
      { kind: "record", position: { index: 0, line: 1 }, value: { a: 1 } },
    ]);
    expect(await read(Uint8Array.from([...bom, ...utf8(' {"a": 1}')]))).toEqual([
      { kind: "record", position: { index: 0, line: 1 }, value: { a: 1 } },
    ]);
  });

  it("gives no items for empty or blank input", async () => {
    expect(await collect(chunksOf())).toEqual([]);
    expect(await read("")).toEqual([]);
    expect(await read(" \n\t\r\n")).toEqual([]);
  });

  it("reports a document that is not JSON as unreadable, without its text", async () => {
    const items = await read('\n{"ref": "SENTINEL-CHILD-A",}');
    expect(items).toEqual([
      {
        kind: "unreadable",
        position: { index: 0, line: 2 },
        issues: [{ path: [], code: "invalid_json", message: "The document is not valid JSON", line: 2 }],
      },
    ]);
    expect(JSON.stringify(items)).not.toContain("SENTINEL");
  });

  it("stops on a document that is not UTF-8", async () => {
    expect(await read(Uint8Array.from([0x7b, 0x22, 0xff, 0x22, 0x7d]))).toEqual([
      { kind: "stopped", issue: { path: [], code: "invalid_utf8", message: "The input is not valid UTF-8" } },
    ]);
  });

  it("reports an element of an array that is not JSON and reads on", async () => {
    const items = await read('[{"a": 1,}, {"b": 2}]');
    expect(items.map((i) => i.kind)).toEqual(["unreadable", "record"]);
  });

  it("stops when the stream fails, before or after the first byte", async () => {
    async function* failing(prefix: readonly Uint8Array[]): AsyncGenerator<Uint8Array> {
      yield* prefix;
      throw new Error("disk gone");
    }
    const stopped = {
      kind: "stopped",
      issue: { path: [], code: "input_failed", message: expect.any(String) },
    };
    expect(await collect(failing([]))).toEqual([stopped]);
    expect(await collect(failing([utf8("  ")]))).toEqual([stopped]);
    expect(await collect(failing([utf8('{"a":')]))).toEqual([stopped]);
  });

  it("refuses a single document over the size limit, and stops reading there", async () => {
    const block = new Uint8Array(1024 * 1024).fill(0x20);
    let pulled = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      yield utf8('\n{"a": ');
      while (true) {
        pulled += block.length;
        yield block;
      }
    }
    const items = await collect(endless());
    expect(items).toEqual([
      {
        kind: "unreadable",
        position: { index: 0, line: 2 },
        issues: [
          {
            path: [],
            code: "record_too_long",
            message: `The document is longer than ${maxDocumentBytes} bytes`,
            line: 2,
          },
        ],
      },
    ]);
    expect(pulled).toBeLessThanOrEqual(maxDocumentBytes + block.length);
  });

  it("releases the input when it stops early", async () => {
    let released = false;
    async function* source(): AsyncGenerator<Uint8Array> {
      try {
        yield utf8("{");
        while (true) yield new Uint8Array(4 * 1024 * 1024).fill(0x20);
      } finally {
        released = true;
      }
    }
    await collect(source());
    expect(released).toBe(true);
  });

  it("gives the same items however the bytes are split (JSON documents and arrays)", async () => {
    const text = fc
      .tuple(
        fc.jsonValue({ maxDepth: 3 }),
        fc.constantFrom("", "\ufeff"),
        fc.constantFrom("", " ", "\n\n", "\r\n\t"),
        fc.constantFrom(undefined, 2),
      )
      .map(([value, bom, space, indent]) => `${bom}${space}${JSON.stringify(value, null, indent)}\n`);
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 12 }), async (source, offsets) => {
        const bytes = utf8(source);
        expect(await collect(chunksOf(...cut(bytes, offsets)))).toEqual(await read(bytes));
      }),
    );
  });

  it("gives the same items however the bytes are split (any bytes)", async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 64 }),
      fc.string({ unit: "grapheme", maxLength: 40 }).map((s) => utf8(`[${s}]`)),
    );
    await fc.assert(
      fc.asyncProperty(bytes, fc.array(fc.nat(), { maxLength: 12 }), async (input, offsets) => {
        expect(await collect(chunksOf(...cut(input, offsets)))).toEqual(await read(input));
      }),
    );
  });
});
