import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { StopReading, textChunks } from "./text-input.js";
import { firstInvalidUtf8, unfinishedTail } from "./utf8.js";

/** Everything textChunks gives before it stops, and whether it stopped on bad bytes. */
async function readAll(chunks: readonly Uint8Array[]): Promise<{ text: string; invalid: boolean }> {
  let text = "";
  try {
    for await (const piece of textChunks(chunks)) text += piece;
    return { text, invalid: false };
  } catch (error) {
    if (error instanceof StopReading && error.issue.code === "invalid_utf8") return { text, invalid: true };
    throw error;
  }
}

/** The reference: the longest prefix a strict decoder accepts whole, decoded (its byte-order mark dropped). */
function longestValidPrefix(bytes: Uint8Array): { text: string; length: number } {
  for (let k = bytes.length; k >= 0; k -= 1) {
    try {
      return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, k)), length: k };
    } catch {
      // a shorter prefix, then
    }
  }
  return { text: "", length: 0 };
}

const split = (bytes: Uint8Array, cuts: readonly number[]): Uint8Array[] => {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const point of points) {
    chunks.push(bytes.subarray(from, point));
    from = point;
  }
  chunks.push(bytes.subarray(from));
  return chunks;
};

// Bytes that are mostly UTF-8 text, with now and then a byte that may break it.
const mostlyText = fc
  .array(
    fc.oneof(
      {
        weight: 4,
        arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }).map((s) => [...new TextEncoder().encode(s)]),
      },
      {
        weight: 1,
        arbitrary: fc.array(fc.integer({ min: 0x80, max: 0xff }), { minLength: 1, maxLength: 3 }),
      },
    ),
    { maxLength: 30 },
  )
  .map((parts) => new Uint8Array(parts.flat()));

describe("textChunks on bytes that are not UTF-8", () => {
  it("gives the text before the first bad byte, then stops, wherever the chunks are cut", async () => {
    await fc.assert(
      fc.asyncProperty(mostlyText, fc.array(fc.nat(), { maxLength: 6 }), async (bytes, cuts) => {
        const expected = longestValidPrefix(bytes);
        const read = await readAll(split(bytes, cuts));
        expect(read).toEqual({ text: expected.text, invalid: expected.length < bytes.length });
      }),
      { numRuns: 300 },
    );
  });

  it("reads the lines before a bad byte in the same chunk", async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode("a,b\n1,2\n"), 0xff, 0x0a]);
    expect(await readAll([bytes])).toEqual({ text: "a,b\n1,2\n", invalid: true });
  });
});

describe("firstInvalidUtf8 and unfinishedTail", () => {
  it("point at overlong forms, surrogates and code points above U+10FFFF", () => {
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xe0, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xed, 0xa0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0xe2, 0x82]))).toBe(2);
  });

  it("count only the bytes of a character the bytes began and did not finish", () => {
    expect(unfinishedTail(new Uint8Array([0x41, 0xe2, 0x82]))).toBe(2);
    expect(unfinishedTail(new Uint8Array([0xe2, 0x82, 0xac]))).toBe(0);
    expect(unfinishedTail(new Uint8Array([0xf0]))).toBe(1);
    expect(unfinishedTail(new Uint8Array([0x41]))).toBe(0);
  });
});
