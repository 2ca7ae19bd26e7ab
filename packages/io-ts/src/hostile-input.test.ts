import fc from "fast-check";
import * as t from "io-ts";
import { PathReporter } from "io-ts/lib/PathReporter.js";
import { describe, expect, it } from "vitest";
import * as io from "./index.js";

// Input that core's guard would refuse, given to the codecs directly (as io-ts users call
// `Codec.decode`): every codec must return a failure, never throw, and never quote the input.
const secret = "CANARY-CHILD-A";

const throwingGetter = (key: string) =>
  Object.defineProperty({}, key, {
    enumerable: true,
    get() {
      throw new Error(secret);
    },
  });
const throwingProxy = new Proxy(
  {},
  {
    ownKeys() {
      throw new Error(secret);
    },
    getOwnPropertyDescriptor() {
      throw new Error(secret);
    },
    has() {
      throw new Error(secret);
    },
  },
);
const cycle: Record<string, unknown> = {};
cycle.not = cycle;
let deepChain: unknown = { juvenile: true };
for (let i = 0; i < 20_000; i += 1) deepChain = { not: deepChain };

/** A hostile value placed at `key` inside an otherwise ordinary object, at every depth we name. */
const hostileValues: Record<string, unknown> = {
  "a throwing getter": throwingGetter("kind"),
  "a throwing Proxy": throwingProxy,
  "a cycle": cycle,
  "a chain 20,000 deep": deepChain,
  "a throwing getter inside the parameters": { parameters: throwingGetter("x") },
  "a throwing Proxy as a person": { persons: [throwingProxy] },
  "a throwing getter on an array item": Object.defineProperty([], 0, {
    enumerable: true,
    get() {
      throw new Error(secret);
    },
  }),
};

const publicCodecs: [string, t.Type<unknown, unknown, unknown>][] = [];
for (const [name, value] of Object.entries(io) as [string, unknown][])
  if (value instanceof t.Type) publicCodecs.push([name, value]);

describe("every public codec, on input core's guard would refuse", () => {
  it("covers the codecs", () => {
    expect(publicCodecs.map(([name]) => name)).toEqual(
      expect.arrayContaining(["CanonicalRecord", "Condition", "Policy"]),
    );
  });

  it.each(Object.entries(hostileValues))("fails without throwing or quoting on %s", (_label, value) => {
    for (const [, codec] of publicCodecs) {
      const decoded = codec.decode(value);
      expect(decoded._tag).toBe("Left");
      expect(codec.is(value)).toBe(false);
      if (decoded._tag === "Left") {
        expect(JSON.stringify(io.reportIssues(decoded.left))).not.toContain(secret);
        expect(PathReporter.report(decoded).join("\n")).not.toContain(secret);
      }
    }
  });

  it("refuses a cycle in a condition as too deep, not with a stack overflow", () => {
    const decoded = io.Condition.decode(cycle);
    expect(decoded._tag === "Left" && io.reportIssues(decoded.left).map((issue) => issue.code)).toContain(
      "too_deep",
    );
  });

  it("never throws on anything fast-check can make", () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withSparseArray: true,
          withBoxedValues: true,
          withTypedArray: true,
        }),
        (value) => {
          for (const [, codec] of publicCodecs) {
            expect(() => codec.decode(value)).not.toThrow();
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("the other entry points", () => {
  it("decodeWith and the Standard Schemas take odd options from JavaScript callers", () => {
    const badOptions = [null, undefined, { limits: null }, throwingGetter("limits")];
    for (const options of badOptions) {
      expect(io.decodeWith(io.Ref, "CHILD-A", options as never)._tag).toBe("Right");
      const schema = io.toStandardSchema(io.Ref, options as never);
      expect(schema["~standard"].validate(cycle).issues?.length).toBeGreaterThan(0);
    }
  });

  it("reportIssues reports malformed errors at the root, and says clearly when given no errors", () => {
    const malformed = [
      { value: secret, context: null },
      { value: secret, context: [null, { key: 1, type: null }] },
      null,
    ];
    const issues = io.reportIssues(malformed as never);
    expect(issues).toEqual([{ path: [], code: "invalid_value", message: "Invalid value" }]);
    expect(() => io.reportIssues(null as never)).toThrow(TypeError);
  });

  it("trusts the messages of its own errors only, not any error with an issue property", () => {
    const Forged = new t.Type<string>(
      "Forged",
      (u): u is string => typeof u === "string",
      (u, c) =>
        t.failures([
          { value: u, context: c, issue: { code: "custom", message: String(u) } } as t.ValidationError,
        ]),
      t.identity,
    );
    const decoded = Forged.decode(secret);
    expect(decoded._tag === "Left" && JSON.stringify(io.reportIssues(decoded.left))).not.toContain(secret);
  });
});
