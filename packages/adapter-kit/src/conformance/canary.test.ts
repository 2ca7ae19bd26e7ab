import { describe, expect, it } from "vitest";
import { canaryMark, withCanaries } from "./canary.js";

describe("withCanaries", () => {
  it("makes one copy per string leaf, each with that leaf replaced", () => {
    const record = { a: "x", list: ["y", 1], nested: { b: "z" }, n: 2 };
    const copies = withCanaries(record);
    expect(copies).toHaveLength(3);
    expect(JSON.stringify(copies[0])).toMatch(new RegExp(`"a":"[^"]*${canaryMark}`));
    expect((copies[1] as typeof record).list[0]).toContain(canaryMark);
    expect((copies[2] as typeof record).nested.b).toContain(canaryMark);
    expect(record.a).toBe("x");
  });

  it("replaces a string given on its own, and respects the limit", () => {
    expect(withCanaries("x")).toEqual([expect.stringContaining(canaryMark)]);
    expect(withCanaries({ a: "1", b: "2", c: "3" }, 2)).toHaveLength(2);
  });
});
