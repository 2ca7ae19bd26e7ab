import fc from "fast-check";
import * as t from "io-ts";
import { PathReporter } from "io-ts/lib/PathReporter.js";
import { describe, expect, it } from "vitest";
import { nearValid } from "../test/near-valid.js";
import { schemaPairs } from "../test/pairs.js";
import { withheldValue } from "./combinators/failure.js";
import { CanonicalRecord, reportIssues } from "./index.js";

const canary = "CANARY-CHILD-A-0001";

describe("reportIssues", () => {
  it("never quotes input values, where io-ts's PathReporter does for io-ts's own codecs", () => {
    const input = { kind: canary };
    const plain = t.type({ kind: t.literal("crime") }).decode(input);
    expect(PathReporter.report(plain).join("\n")).toContain(canary);
    const decoded = CanonicalRecord.decode(input);
    if (decoded._tag !== "Left") expect.fail("expected a refusal");
    expect(JSON.stringify(reportIssues(decoded.left))).not.toContain(canary);
    // These codecs' errors carry a placeholder, so even io-ts's PathReporter prints no input.
    expect(PathReporter.report(decoded).join("\n")).not.toContain(canary);
    expect(decoded.left.every((error) => error.value === withheldValue)).toBe(true);
  });

  it("never quotes a string value from near-valid inputs of any schema", () => {
    for (const { codec, valid } of schemaPairs) {
      fc.assert(
        fc.property(nearValid(valid), (input) => {
          // Every string in the input becomes a canary; keys stay (paths may name keys).
          const marked = JSON.parse(JSON.stringify(input), (_key, value) =>
            typeof value === "string" ? `${canary}${value}` : value,
          );
          const decoded = codec.decode(marked);
          if (decoded._tag === "Left") {
            for (const issue of reportIssues(decoded.left)) {
              expect(issue.message).not.toContain(canary);
              expect(issue.path.join("/")).not.toContain(canary);
            }
            expect(PathReporter.report(decoded).join("\n")).not.toContain(canary);
          }
        }),
        { numRuns: 50 },
      );
    }
  });

  it("reports plain io-ts codecs by kind, with array indices as numbers and without union branches", () => {
    const Codec = t.type({
      items: t.array(t.union([t.string, t.number])),
      mode: t.keyof({ a: null, b: null }),
      tag: t.literal("x"),
    });
    const decoded = Codec.decode({ items: ["ok", true], mode: "c", tag: "y" });
    if (decoded._tag !== "Left") expect.fail("expected a refusal");
    expect(reportIssues(decoded.left)).toEqual([
      { path: ["items", 1], code: "invalid_type", message: "Expected string" },
      { path: ["items", 1], code: "invalid_type", message: "Expected number" },
      { path: ["mode"], code: "invalid_value", message: 'Expected one of: "a", "b"' },
      { path: ["tag"], code: "invalid_value", message: 'Expected one of: "x"' },
    ]);
  });

  it("ignores io-ts messages, which a custom codec may fill with the input", () => {
    const Leaky = new t.Type<string>(
      "Leaky",
      (u): u is string => typeof u === "string",
      (u, c) => t.failure(u, c, `bad value ${String(u)}`),
      t.identity,
    );
    const decoded = Leaky.decode(canary);
    expect(decoded._tag === "Left" && reportIssues(decoded.left)).toEqual([
      { path: [], code: "invalid_value", message: "Invalid value" },
    ]);
  });
});
