import { describe, expect, it } from "vitest";
import { collect } from "../../test/support.js";
import { isTextInput, StopReading, textChunks } from "./text-input.js";

const stopCode = async (input: Parameters<typeof textChunks>[0]) => {
  try {
    await collect(textChunks(input));
    return "none";
  } catch (error) {
    return error instanceof StopReading ? error.issue.code : "other";
  }
};

describe("textChunks", () => {
  it("accepts strings, bytes, and sync or async iterables of either", async () => {
    const bytes = new TextEncoder().encode("b");
    async function* gen() {
      yield "c";
      yield new TextEncoder().encode("d");
    }
    expect((await collect(textChunks("a"))).join("")).toBe("a");
    expect((await collect(textChunks(bytes))).join("")).toBe("b");
    expect((await collect(textChunks(["x", bytes]))).join("")).toBe("xb");
    expect((await collect(textChunks(gen()))).join("")).toBe("cd");
  });

  it("removes only the first byte-order mark", async () => {
    expect((await collect(textChunks(["", "\uFEFFa", "\uFEFFb"]))).join("")).toBe("a\uFEFFb");
  });

  it("stops with a code for bad bytes, bad chunks and failing streams", async () => {
    expect(await stopCode(new Uint8Array([0xc3]))).toBe("invalid_utf8");
    expect(await stopCode([1 as unknown as string])).toBe("invalid_chunk");
    async function* failing(): AsyncGenerator<string> {
      yield "a";
      throw new Error("disk said Child A");
    }
    expect(await stopCode(failing())).toBe("input_failed");
  });

  it("tells text inputs from other values", () => {
    expect([
      isTextInput("a"),
      isTextInput(new Uint8Array()),
      isTextInput([]),
      isTextInput({ records: [] }),
      isTextInput(1),
    ]).toEqual([true, true, true, false, false]);
  });
});
