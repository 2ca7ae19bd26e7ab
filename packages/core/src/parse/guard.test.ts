import { afterEach, describe, expect, it } from "vitest";
import type { Issue, IssueCode } from "../issue.js";
import { defaultInputLimits, type InputLimits, inspectUntrustedInput } from "./guard.js";

/** The codes of the issues found, in order. */
const codesOf = (issues: readonly Issue[]): IssueCode[] => issues.map((issue) => issue.code);

/** Nests `leaf` `depth` times inside `wrap`, without recursion. */
function nest(depth: number, wrap: (inner: unknown) => unknown, leaf: unknown = 0): unknown {
  let value: unknown = leaf;
  for (let i = 0; i < depth; i += 1) value = wrap(value);
  return value;
}

/** A getter that counts its calls and throws, so reading it is both visible and fatal. */
function trappedGetter(): { readonly calls: () => number; readonly get: () => never } {
  let calls = 0;
  return {
    calls: () => calls,
    get: () => {
      calls += 1;
      throw new Error("getter must never be invoked");
    },
  };
}

const pollutionProbe = "guardTestPolluted";

afterEach(() => {
  // Keep a failing pollution test from leaking into the tests after it.
  delete (Object.prototype as Record<string, unknown>)[pollutionProbe];
  delete (Object.prototype as Record<string, unknown>).x;
});

describe("inspectUntrustedInput: plain JSON data", () => {
  it("accepts JSON values of every kind", () => {
    const data = {
      ref: "P-0001",
      name: "Child A",
      count: 3,
      ratio: -0.5,
      ok: true,
      nothing: null,
      list: [1, "two", false, null, { nested: ["deeper", { deepest: 0 }] }],
      empty: {},
      emptyList: [],
    };
    expect(inspectUntrustedInput(data)).toEqual([]);
  });

  it("accepts primitives at the top level", () => {
    for (const value of ["text", "", 0, -1.25, true, false, null]) {
      expect(inspectUntrustedInput(value)).toEqual([]);
    }
  });

  it("accepts whatever JSON.parse returns for ordinary text", () => {
    const text =
      '{"persons":[{"ref":"P1","roles":["victim"]}],"offences":[],"depth":{"a":{"b":{"c":[1,2,3]}}}}';
    expect(inspectUntrustedInput(JSON.parse(text))).toEqual([]);
  });

  it("accepts an object made with Object.create(null)", () => {
    const bare = Object.create(null) as Record<string, unknown>;
    bare.ref = "P1";
    bare.inner = Object.assign(Object.create(null) as object, { code: "victim" });
    expect(inspectUntrustedInput(bare)).toEqual([]);
    expect(inspectUntrustedInput({ wrapper: bare })).toEqual([]);
  });

  it("refuses an object whose prototype is another plain object", () => {
    const child = Object.create({ inherited: 1 }) as Record<string, unknown>;
    child.own = 2;
    expect(inspectUntrustedInput({ child })).toEqual([
      { path: ["child"], code: "not_json_value", message: expect.any(String) },
    ]);
  });
});

describe("inspectUntrustedInput: keys that can reach a prototype", () => {
  it("refuses a __proto__ key from JSON.parse, at its path, without polluting Object.prototype", () => {
    const input: unknown = JSON.parse('{"__proto__": {"x": 1}}');
    const issues = inspectUntrustedInput(input);
    expect(issues).toEqual([{ path: ["__proto__"], code: "forbidden_key", message: expect.any(String) }]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
    expect(Object.hasOwn(Object.prototype, "x")).toBe(false);
  });

  it.each(["__proto__", "constructor", "prototype"])("refuses a top-level %s key", (key) => {
    const input: unknown = JSON.parse(`{"ok": 1, ${JSON.stringify(key)}: {"${pollutionProbe}": true}}`);
    expect(inspectUntrustedInput(input)).toEqual([
      { path: [key], code: "forbidden_key", message: expect.any(String) },
    ]);
    expect(({} as Record<string, unknown>)[pollutionProbe]).toBeUndefined();
  });

  it.each(["__proto__", "constructor", "prototype"])("refuses a nested %s key at its full path", (key) => {
    const input: unknown = JSON.parse(
      `{"persons": [{"ref": "P1"}, {"ref": "P2", "extra": {${JSON.stringify(key)}: {"${pollutionProbe}": 1}}}]}`,
    );
    expect(inspectUntrustedInput(input)).toEqual([
      { path: ["persons", 1, "extra", key], code: "forbidden_key", message: expect.any(String) },
    ]);
    expect(({} as Record<string, unknown>)[pollutionProbe]).toBeUndefined();
  });

  it("refuses constructor.prototype as one issue at the outer key", () => {
    const input: unknown = JSON.parse(`{"constructor": {"prototype": {"${pollutionProbe}": 1}}}`);
    expect(inspectUntrustedInput(input)).toEqual([
      { path: ["constructor"], code: "forbidden_key", message: expect.any(String) },
    ]);
    expect(({} as Record<string, unknown>)[pollutionProbe]).toBeUndefined();
  });

  it("refuses forbidden keys on a null-prototype object too", () => {
    const bare: unknown = Object.assign(
      Object.create(null) as object,
      JSON.parse('{"constructor": {"x": 1}}'),
    );
    expect(Object.getPrototypeOf(bare)).toBeNull();
    expect(codesOf(inspectUntrustedInput(bare))).toEqual(["forbidden_key"]);
  });

  it("accepts the forbidden words as string values and as parts of longer keys", () => {
    const input = { note: "__proto__", constructorRef: "constructor", prototypes: ["prototype"] };
    expect(inspectUntrustedInput(input)).toEqual([]);
  });
});

describe("inspectUntrustedInput: values that are not JSON data", () => {
  class Person {
    ref = "P1";
  }

  it.each([
    ["a class instance", new Person()],
    ["a Date", new Date(0)],
    ["a Map", new Map([["ref", "P1"]])],
    ["a Set", new Set(["P1"])],
    ["a RegExp", /child/],
    ["a boxed string", Object("text")],
    ["a typed array", new Uint8Array(2)],
    ["an Error", new Error("synthetic")],
  ])("refuses %s, at its path", (_label, value) => {
    expect(inspectUntrustedInput(value)).toEqual([
      { path: [], code: "not_json_value", message: expect.any(String) },
    ]);
    expect(inspectUntrustedInput({ list: [1, value] })).toEqual([
      { path: ["list", 1], code: "not_json_value", message: expect.any(String) },
    ]);
  });

  it.each([
    ["a function", () => 1],
    ["a symbol", Symbol("s")],
    ["a bigint", 10n],
    ["NaN", Number.NaN],
    ["Infinity", Number.POSITIVE_INFINITY],
    ["-Infinity", Number.NEGATIVE_INFINITY],
  ])("refuses %s, at its path", (_label, value) => {
    expect(inspectUntrustedInput(value)).toEqual([
      { path: [], code: "not_json_value", message: expect.any(String) },
    ]);
    expect(inspectUntrustedInput({ a: { b: value } })).toEqual([
      { path: ["a", "b"], code: "not_json_value", message: expect.any(String) },
    ]);
  });

  it("refuses an object with a symbol key", () => {
    const input = { inner: { ref: "P1", [Symbol("hidden")]: "value" } };
    expect(inspectUntrustedInput(input)).toEqual([
      { path: ["inner"], code: "not_json_value", message: expect.any(String) },
    ]);
  });

  it("refuses a getter on an object without invoking it", () => {
    const trap = trappedGetter();
    const inner = { ref: "P1" };
    Object.defineProperty(inner, "name", { get: trap.get, enumerable: true });
    const issues = inspectUntrustedInput({ persons: [inner] });
    expect(issues).toEqual([
      { path: ["persons", 0, "name"], code: "not_json_value", message: expect.any(String) },
    ]);
    expect(trap.calls()).toBe(0);
  });

  it("refuses a non-enumerable getter too", () => {
    const trap = trappedGetter();
    const input = {};
    Object.defineProperty(input, "hidden", { get: trap.get, enumerable: false });
    expect(inspectUntrustedInput(input)).toEqual([
      { path: ["hidden"], code: "not_json_value", message: expect.any(String) },
    ]);
    expect(trap.calls()).toBe(0);
  });

  it("refuses a getter on an array index without invoking it", () => {
    const trap = trappedGetter();
    const list: unknown[] = ["a", "b"];
    Object.defineProperty(list, 1, { get: trap.get, enumerable: true });
    expect(inspectUntrustedInput({ list })).toEqual([
      { path: ["list", 1], code: "not_json_value", message: expect.any(String) },
    ]);
    expect(trap.calls()).toBe(0);
  });

  it("reports problems in the order they occur in the input", () => {
    const issues = inspectUntrustedInput([Number.NaN, 1, Number.POSITIVE_INFINITY, { a: 2n }]);
    expect(issues.map((issue) => issue.path)).toEqual([[0], [2], [3, "a"]]);
    expect(codesOf(issues)).toEqual(["not_json_value", "not_json_value", "not_json_value"]);
  });
});

describe("inspectUntrustedInput: unreadable input", () => {
  const throwing = (): never => {
    throw new Error("trap");
  };

  it("turns a throwing Proxy into unreadable_input and does not throw", () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf: throwing,
        ownKeys: throwing,
        getOwnPropertyDescriptor: throwing,
        get: throwing,
        has: throwing,
      },
    );
    let issues: Issue[] = [];
    expect(() => {
      issues = inspectUntrustedInput(hostile);
    }).not.toThrow();
    expect(issues).toEqual([{ path: [], code: "unreadable_input", message: expect.any(String) }]);
  });

  it("turns a throwing Proxy nested in plain data into unreadable_input", () => {
    const hostile = new Proxy({}, { ownKeys: throwing, getOwnPropertyDescriptor: throwing });
    const issues = inspectUntrustedInput({ persons: [{ ref: "P1" }, hostile] });
    expect(codesOf(issues)).toContain("unreadable_input");
  });

  it("turns a revoked Proxy into unreadable_input", () => {
    const { proxy, revoke } = Proxy.revocable([] as unknown[], {});
    revoke();
    expect(codesOf(inspectUntrustedInput({ list: proxy }))).toEqual(["unreadable_input"]);
  });
});

describe("inspectUntrustedInput: size and nesting limits", () => {
  it("uses the default limits when the limits given are not an object", () => {
    for (const limits of [null, "big", 3] as unknown as Partial<InputLimits>[])
      expect(inspectUntrustedInput({ a: [1, "two"] }, limits)).toEqual([]);
  });

  it("refuses a 100,000-deep nested array with too_deep at the depth limit", () => {
    const issues = inspectUntrustedInput(nest(100_000, (inner) => [inner]));
    expect(issues).toEqual([
      {
        path: Array.from({ length: defaultInputLimits.maxDepth }, () => 0),
        code: "too_deep",
        message: expect.any(String),
      },
    ]);
  });

  it("refuses a 100,000-deep nested object with too_deep", () => {
    const issues = inspectUntrustedInput(nest(100_000, (inner) => ({ a: inner })));
    expect(codesOf(issues)).toEqual(["too_deep"]);
    expect(issues[0]?.path).toHaveLength(defaultInputLimits.maxDepth);
  });

  it("accepts nesting up to the depth limit and refuses one level more", () => {
    const atLimit = nest(defaultInputLimits.maxDepth, (inner) => [inner]);
    expect(inspectUntrustedInput(atLimit)).toEqual([]);
    const overLimit = nest(defaultInputLimits.maxDepth + 1, (inner) => [inner]);
    expect(codesOf(inspectUntrustedInput(overLimit))).toEqual(["too_deep"]);
  });

  it("refuses a cyclic object with too_deep and does not hang", () => {
    const cyclic: Record<string, unknown> = { ref: "P1" };
    cyclic.self = cyclic;
    cyclic.again = [cyclic, cyclic];
    expect(codesOf(inspectUntrustedInput(cyclic))).toEqual(["too_deep"]);
  });

  it("refuses a cyclic array with too_deep", () => {
    const cyclic: unknown[] = [];
    cyclic.push(cyclic, cyclic);
    expect(codesOf(inspectUntrustedInput(cyclic))).toEqual(["too_deep"]);
  });

  it("refuses a 10 MB string with string_too_long at its path", () => {
    const huge = "x".repeat(10 * 1024 * 1024);
    expect(inspectUntrustedInput(huge)).toEqual([
      { path: [], code: "string_too_long", message: expect.any(String) },
    ]);
    expect(inspectUntrustedInput({ source: { recordId: huge } })).toEqual([
      { path: ["source", "recordId"], code: "string_too_long", message: expect.any(String) },
    ]);
  });

  it("accepts a string of exactly the limit and refuses one character more", () => {
    expect(inspectUntrustedInput("y".repeat(defaultInputLimits.maxStringLength))).toEqual([]);
    expect(codesOf(inspectUntrustedInput("y".repeat(defaultInputLimits.maxStringLength + 1)))).toEqual([
      "string_too_long",
    ]);
  });

  it("refuses an over-long key without putting the key in the path", () => {
    const longKey = "k".repeat(defaultInputLimits.maxStringLength + 1);
    const issues = inspectUntrustedInput({ outer: { [longKey]: 1 } });
    expect(codesOf(issues)).toEqual(["string_too_long"]);
    expect(issues[0]?.path).not.toContain(longKey);
  });

  it("refuses a 1,000,000-element array with array_too_long", () => {
    const huge = new Array<number>(1_000_000).fill(0);
    expect(inspectUntrustedInput(huge)).toEqual([
      { path: [], code: "array_too_long", message: expect.any(String) },
    ]);
    expect(inspectUntrustedInput({ indicators: huge })).toEqual([
      { path: ["indicators"], code: "array_too_long", message: expect.any(String) },
    ]);
  });

  it("accepts an array of exactly the limit and refuses one item more", () => {
    expect(inspectUntrustedInput(new Array<number>(defaultInputLimits.maxArrayLength).fill(1))).toEqual([]);
    expect(
      codesOf(inspectUntrustedInput(new Array<number>(defaultInputLimits.maxArrayLength + 1).fill(1))),
    ).toEqual(["array_too_long"]);
  });

  const objectWithKeys = (count: number): Record<string, number> =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`k${i}`, i]));

  it("refuses an object with more than maxKeysPerObject keys with too_many_keys", () => {
    expect(inspectUntrustedInput(objectWithKeys(defaultInputLimits.maxKeysPerObject))).toEqual([]);
    expect(inspectUntrustedInput({ wide: objectWithKeys(defaultInputLimits.maxKeysPerObject + 1) })).toEqual([
      { path: ["wide"], code: "too_many_keys", message: expect.any(String) },
    ]);
  });

  it("refuses input with more values in total than maxNodes", () => {
    // 60 arrays of 10,000 items: each array is within its own limit, the whole is not.
    const wide = Array.from({ length: 60 }, () => new Array<number>(10_000).fill(0));
    expect(codesOf(inspectUntrustedInput(wide))).toEqual(["too_many_nodes"]);
  });
});

describe("inspectUntrustedInput: custom limits", () => {
  const limits: InputLimits = {
    maxDepth: 2,
    maxStringLength: 5,
    maxArrayLength: 3,
    maxKeysPerObject: 2,
    maxNodes: 8,
  };

  it("accepts input within every custom limit", () => {
    expect(inspectUntrustedInput({ a: [1, "abcde"], b: null }, limits)).toEqual([]);
  });

  it("honours maxDepth", () => {
    expect(inspectUntrustedInput({ a: { b: 1 } }, limits)).toEqual([]);
    expect(inspectUntrustedInput({ a: { b: { c: 1 } } }, limits)).toEqual([
      { path: ["a", "b"], code: "too_deep", message: expect.any(String) },
    ]);
  });

  it("honours maxStringLength", () => {
    expect(inspectUntrustedInput({ a: "abcdef" }, limits)).toEqual([
      { path: ["a"], code: "string_too_long", message: expect.any(String) },
    ]);
  });

  it("honours maxArrayLength", () => {
    expect(inspectUntrustedInput({ a: [1, 2, 3, 4] }, limits)).toEqual([
      { path: ["a"], code: "array_too_long", message: expect.any(String) },
    ]);
  });

  it("honours maxKeysPerObject", () => {
    expect(inspectUntrustedInput({ a: 1, b: 2, c: 3 }, limits)).toEqual([
      { path: [], code: "too_many_keys", message: expect.any(String) },
    ]);
  });

  it("honours maxNodes", () => {
    // 1 root + 2 arrays + 6 numbers = 9 values, one more than allowed.
    expect(codesOf(inspectUntrustedInput({ a: [1, 2, 3], b: [4, 5, 6] }, limits))).toEqual([
      "too_many_nodes",
    ]);
    // 1 root + 2 arrays + 5 numbers = 8 values.
    expect(inspectUntrustedInput({ a: [1, 2, 3], b: [4, 5] }, limits)).toEqual([]);
  });

  it("states the custom limit, not the default, in its message", () => {
    const [issue] = inspectUntrustedInput("abcdef", limits);
    expect(issue?.message).toContain("5");
    expect(issue?.message).not.toContain(String(defaultInputLimits.maxStringLength));
  });
});

describe("inspectUntrustedInput: messages", () => {
  it("never quotes a value or key from the input", () => {
    const secret = "Child A lives at 1 Synthetic Street";
    const inputs: unknown[] = [
      { [secret]: Number.NaN },
      { note: secret, bad: new Date(0) },
      { deep: nest(50, (inner) => ({ [secret]: inner })) },
      [secret, 1n],
      JSON.parse(`{"__proto__": ${JSON.stringify(secret)}}`),
    ];
    for (const input of inputs) {
      const issues = inspectUntrustedInput(input);
      expect(issues.length).toBeGreaterThan(0);
      for (const issue of issues) expect(issue.message).not.toContain("Child A");
    }
  });
});
