import { nationalPolicy } from "@cse-flags/core";
import fc from "fast-check";
import * as t from "io-ts";
import { describe, expect, it } from "vitest";
import { decodePolicy, Policy, reportIssues } from "../index.js";
import { safeRecord } from "./safe-record.js";
import { checkedString } from "./scalars.js";
import { strictObject } from "./strict-object.js";

const Flag = strictObject("Flag", { isAdmin: t.boolean });
// The extra key makes io-ts copy the dictionary, which is when the __proto__ entry takes effect.
const hostile = '{"A": {"isAdmin": false, "extra": 1}, "__proto__": {"isAdmin": true}}';

describe("io-ts's t.record and __proto__", () => {
  it("lets a JSON __proto__ key replace the output's prototype (the bug guarded against)", () => {
    const decoded = t.record(t.string, t.strict({ isAdmin: t.boolean })).decode(JSON.parse(hostile));
    expect(decoded._tag).toBe("Right");
    if (decoded._tag === "Right") {
      expect(Object.keys(decoded.right)).toEqual(["A"]);
      expect((decoded.right as Record<string, unknown>).isAdmin).toBe(true);
    }
  });
});

describe("safeRecord", () => {
  const Flags = safeRecord("Flags", checkedString("Name"), Flag);

  it("refuses __proto__, constructor and prototype keys with a forbidden_key issue", () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const decoded = Flags.decode(JSON.parse(`{"${key}": {"isAdmin": true}}`));
      expect(decoded._tag).toBe("Left");
      if (decoded._tag === "Left")
        expect(reportIssues(decoded.left)).toEqual([
          { path: [key], code: "forbidden_key", message: expect.any(String) },
        ]);
    }
  });

  it("never changes the output's prototype: refuses every forbidden key, keeps every other", () => {
    const forbidden = ["__proto__", "constructor", "prototype"];
    fc.assert(
      fc.property(
        fc.dictionary(fc.oneof(fc.string(), fc.constantFrom(...forbidden)), fc.boolean()),
        (entries) => {
          const input = JSON.parse(
            JSON.stringify(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, { isAdmin: v }]))),
          );
          const hostileKeys = Object.keys(input).filter((key) => forbidden.includes(key));
          const decoded = Flags.decode(input);
          if (hostileKeys.length > 0) {
            expect(decoded._tag).toBe("Left");
            if (decoded._tag === "Left")
              expect(reportIssues(decoded.left)).toEqual(
                hostileKeys.map((key) => ({
                  path: [key],
                  code: "forbidden_key",
                  message: expect.any(String),
                })),
              );
          } else {
            expect(decoded._tag).toBe("Right");
            if (decoded._tag === "Right") {
              expect(Object.getPrototypeOf(decoded.right)).toBe(Object.prototype);
              expect(Object.keys(decoded.right)).toEqual(Object.keys(input));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("guards the policy's parameters, in the codec and in decodePolicy", () => {
    const policy = JSON.parse(
      JSON.stringify(nationalPolicy).replace(
        '"parameters":{',
        '"parameters":{"__proto__":{"type":"headings"},',
      ),
    );
    expect(Object.hasOwn(policy.parameters, "__proto__")).toBe(true);
    const decoded = Policy.decode(policy);
    expect(decoded._tag === "Left" && reportIssues(decoded.left)).toEqual([
      { path: ["parameters", "__proto__"], code: "forbidden_key", message: expect.any(String) },
    ]);
    const guarded = decodePolicy(policy);
    expect(guarded._tag === "Left" && guarded.left.map((issue) => issue.code)).toEqual(["forbidden_key"]);
  });
});
