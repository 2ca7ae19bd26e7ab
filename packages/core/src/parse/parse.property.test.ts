import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Json, type JsonObject, optional, validRecordArb } from "../../test/record-arbitrary.js";
import { syntheticCrimeRecord } from "../../test/support.js";
import type { Issue, IssueCode, ParseIssueCode, PathSegment, Result } from "../issue.js";
import { recordKindCodes } from "../taxonomy/codes.generated.js";
import type { InputLimits } from "./guard.js";
import { parseMarker, parseMarkerTransition, parseRecord, parseTaxonomy } from "./parse.js";

// All data here is synthetic: made-up forces, systems, references and dates.

/** Every parse issue code: the compiler refuses this object if a code is missing or unknown. */
const everyIssueCode: Record<ParseIssueCode, true> = {
  invalid_type: true,
  invalid_value: true,
  invalid_format: true,
  too_small: true,
  too_big: true,
  unrecognized_key: true,
  invalid_union: true,
  custom: true,
  forbidden_key: true,
  too_deep: true,
  string_too_long: true,
  array_too_long: true,
  too_many_keys: true,
  too_many_nodes: true,
  not_json_value: true,
  unreadable_input: true,
};
const knownCodes = new Set<string>(Object.keys(everyIssueCode));

const parsers = {
  parseRecord,
  parseMarker,
  parseMarkerTransition,
  parseTaxonomy,
} as const satisfies Record<string, (input: unknown) => Result<unknown>>;
const parserEntries = Object.entries(parsers);

/** Throws (so the property fails) unless `result` is exactly one of the two documented shapes. */
function assertResultShape(result: Result<unknown>): void {
  expect(typeof result).toBe("object");
  if (result.ok === true) {
    expect(Object.keys(result).sort()).toEqual(["ok", "value"]);
    return;
  }
  expect(result.ok).toBe(false);
  expect(Object.keys(result).sort()).toEqual(["issues", "ok"]);
  expect(Array.isArray(result.issues)).toBe(true);
  expect(result.issues.length).toBeGreaterThan(0);
  for (const issue of result.issues) assertIssueShape(issue);
}

function assertIssueShape(issue: Issue): void {
  expect(Array.isArray(issue.path)).toBe(true);
  for (const segment of issue.path) expect(["string", "number"]).toContain(typeof segment);
  expect(knownCodes.has(issue.code)).toBe(true);
  expect(typeof issue.message).toBe("string");
  expect(issue.message.trim().length).toBeGreaterThan(0);
}

/** Runs `parse`, failing the property if it throws rather than returning a result. */
function parseSafely(parse: (input: unknown) => Result<unknown>, input: unknown): Result<unknown> {
  let result: Result<unknown> | undefined;
  expect(() => {
    result = parse(input);
  }).not.toThrow();
  if (result === undefined) throw new Error("parser returned nothing");
  return result;
}

// ---------------------------------------------------------------------------
// A fixed valid record, and helpers to edit JSON data at a path.
// ---------------------------------------------------------------------------

/** The shared synthetic crime record, as plain JSON data to edit at any path. */
const validRecord = (): JsonObject => syntheticCrimeRecord() as unknown as JsonObject;

const isJsonObject = (value: Json | undefined): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Every path in `value`, containers and leaves alike, root excluded. */
function pathsOf(value: Json, prefix: PathSegment[] = []): PathSegment[][] {
  const children: [PathSegment, Json][] = Array.isArray(value)
    ? value.map((item, index): [PathSegment, Json] => [index, item])
    : isJsonObject(value)
      ? Object.entries(value)
      : [];
  return children.flatMap(([segment, child]) => {
    const path = [...prefix, segment];
    return [path, ...pathsOf(child, path)];
  });
}

/** Paths of the plain objects in `value`, root included. */
function objectPathsOf(value: Json): PathSegment[][] {
  return [[], ...pathsOf(value)].filter((path) => isJsonObject(getAt(value, path)));
}

function getAt(value: Json, path: readonly PathSegment[]): Json | undefined {
  let current: Json | undefined = value;
  for (const segment of path) {
    if (Array.isArray(current) && typeof segment === "number") current = current[segment];
    else if (isJsonObject(current) && typeof segment === "string") current = current[segment];
    else return undefined;
  }
  return current;
}

/** Sets the value at `path` when its parent still exists; returns whether it did. */
function setAt(root: Json, path: readonly PathSegment[], replacement: Json): boolean {
  const parent = getAt(root, path.slice(0, -1));
  const last = path[path.length - 1];
  if (Array.isArray(parent) && typeof last === "number" && last < parent.length) {
    parent[last] = replacement;
    return true;
  }
  if (isJsonObject(parent) && typeof last === "string") {
    parent[last] = replacement;
    return true;
  }
  return false;
}

const fixturePaths = pathsOf(validRecord());
const fixtureObjectPaths = objectPathsOf(validRecord());

// ---------------------------------------------------------------------------
// 1. Never throws, and always returns one of the two result shapes.
// ---------------------------------------------------------------------------

const anythingArb = fc.anything({
  maxDepth: 4,
  withBoxedValues: true,
  withMap: true,
  withSet: true,
  withObjectString: true,
  withNullPrototype: true,
  withSparseArray: true,
  withTypedArray: true,
  withBigInt: true,
  withDate: true,
  withUnicodeString: true,
});

describe("parsers never throw", () => {
  it("take options that are not an object as the defaults", () => {
    for (const options of [null, "x", 1] as unknown as { limits?: Partial<InputLimits> }[]) {
      expect(parseRecord(syntheticCrimeRecord(), options).ok).toBe(true);
      expect(parseRecord({ kind: "crime" }, options).ok).toBe(false);
    }
  });

  it.each(parserEntries)("%s returns a result for fc.anything()", (_name, parse) => {
    fc.assert(
      fc.property(anythingArb, (input) => {
        assertResultShape(parseSafely(parse, input));
      }),
      { numRuns: 400 },
    );
  });

  it.each(parserEntries)("%s returns a result for fc.jsonValue()", (_name, parse) => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 5 }), (input) => {
        assertResultShape(parseSafely(parse, input));
      }),
      { numRuns: 400 },
    );
  });

  it("parseRecord returns a result when any part of a valid record is replaced by anything", () => {
    fc.assert(
      fc.property(fc.constantFrom(...fixturePaths), anythingArb, (path, replacement) => {
        const record = validRecord();
        // `setAt` takes JSON; the replacement is deliberately not JSON.
        setAt(record, path, replacement as Json);
        const result = parseSafely(parseRecord, record);
        assertResultShape(result);
      }),
      { numRuns: 400 },
    );
  });
});

// ---------------------------------------------------------------------------
// 2. Messages never quote the input.
// ---------------------------------------------------------------------------

/** Strings no message could contain by chance: a marker, then anything, then a marker. */
const injectedString = fc.string({ maxLength: 24, unit: "binary" }).map((middle) => `ZQX${middle}XQZ`);

/** A value carrying injected strings: a string, or one wrapped in an object or array. */
const injectedValue: fc.Arbitrary<Json> = fc.oneof(
  injectedString,
  injectedString.map((text): Json => ({ zzInner: text })),
  fc.array(injectedString, { minLength: 1, maxLength: 3 }),
);

const stringsIn = (value: Json): string[] =>
  typeof value === "string"
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(stringsIn)
      : isJsonObject(value)
        ? Object.values(value).flatMap(stringsIn)
        : [];

describe("issue messages never contain input values", () => {
  it("holds for a record with random fields replaced and unknown keys added", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...fixturePaths), injectedValue), { maxLength: 5 }),
        fc.array(fc.tuple(fc.constantFrom(...fixtureObjectPaths), fc.nat(99), injectedValue), {
          minLength: 1,
          maxLength: 4,
        }),
        (replacements, unknownKeys) => {
          const record = validRecord();
          const injected: string[] = [];
          for (const [path, value] of replacements) {
            if (setAt(record, path, value)) injected.push(...stringsIn(value));
          }
          // One unknown key at the top always lands, so the record can never be valid.
          record.zzTopLevel = "ZQX-top-level-XQZ";
          injected.push("ZQX-top-level-XQZ");
          for (const [path, n, value] of unknownKeys) {
            const parent = getAt(record, path);
            if (isJsonObject(parent)) {
              parent[`zzUnknown${n}`] = value;
              injected.push(...stringsIn(value));
            }
          }
          const result = parseSafely(parseRecord, record);
          assertResultShape(result);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.issues).toContainEqual({
            path: ["zzTopLevel"],
            code: "unrecognized_key",
            message: expect.any(String),
          });
          for (const issue of result.issues) {
            expect(issue.message).not.toContain("ZQX");
            for (const text of injected) expect(issue.message).not.toContain(text);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it("holds for the cross-field checks, given well-formed references that do not resolve", () => {
    // Shape errors stop the cross-field checks, so these references are well formed: only
    // the checks (unique-refs, refs-resolve, offence-has-code) can refuse the record.
    const zqxRef = fc.stringMatching(/^[A-Za-z0-9._:/-]{0,12}$/).map((rest) => `ZQX${rest}`);
    fc.assert(
      fc.property(
        fc.record({
          personRef: zqxRef,
          sourceRefs: fc.array(
            fc.tuple(fc.constantFrom(["source", "force"], ["source", "recordId"]), zqxRef),
          ),
          marker: optional(fc.tuple(fc.constantFrom("person", "location", "vehicle"), zqxRef)),
          duplicateLocation: optional(zqxRef),
          uncodedOffence: optional(zqxRef),
          details: optional(fc.tuple(fc.constantFrom("missing-person", "custody"), zqxRef)),
        }),
        ({ personRef, sourceRefs, marker, duplicateLocation, uncodedOffence, details }) => {
          const record = validRecord();
          setAt(record, ["persons", 0, "ref"], personRef); // the indicator's "P1" now names no one
          for (const [path, value] of sourceRefs) setAt(record, path, value);
          if (marker) {
            const [type, markerRef] = marker;
            const subject: JsonObject =
              type === "person" ? { type, ref: markerRef, role: "victim" } : { type, ref: markerRef };
            record.markers = [{ kind: "CSE", qualifiers: [], subject }];
          }
          if (duplicateLocation !== undefined) {
            record.locations = [
              { ref: duplicateLocation, role: "home" },
              { ref: duplicateLocation, role: "other" },
            ];
          }
          if (uncodedOffence !== undefined) record.offences = [{ ref: uncodedOffence }];
          if (details) {
            const [kind, detailsRef] = details;
            record.kind = kind;
            if (kind === "missing-person")
              record.missingEpisode = { personRef: detailsRef, reportedAt: "2026-05-31" };
            else record.custody = { personRef: detailsRef, arrivedAt: "2026-05-31T23:00:00Z" };
          }
          const result = parseSafely(parseRecord, record);
          assertResultShape(result);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.issues).toContainEqual({
            path: ["indicators", 0, "personRef"],
            code: "custom",
            message: expect.any(String),
          });
          for (const issue of result.issues) {
            expect(issue.code).toBe("custom");
            expect(issue.message).not.toContain("ZQX");
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("holds for the marker, transition and taxonomy parsers given strings everywhere", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(parseMarker, parseMarkerTransition, parseTaxonomy),
        fc.dictionary(fc.string({ maxLength: 12 }), injectedValue, { maxKeys: 8 }),
        (parse, input) => {
          const result = parseSafely(parse, input);
          assertResultShape(result);
          if (result.ok) return;
          for (const issue of result.issues) expect(issue.message).not.toContain("ZQX");
        },
      ),
      { numRuns: 300 },
    );
  });
});

// ---------------------------------------------------------------------------
// 3. Prototype keys in parsed JSON text are refused at their path, and pollute nothing.
// ---------------------------------------------------------------------------

const placeholder = "@@FORBIDDEN-KEY@@";
let probeCounter = 0;

/** A step from one container to the next: an object key, or index 0 of an array. */
const chainStep = fc.oneof(
  fc.constant<0>(0),
  fc.nat(99).map((n) => `k${n}`),
);

describe("__proto__, constructor and prototype keys in JSON text", () => {
  it("are refused with forbidden_key at the right path and never pollute Object.prototype", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...parserEntries),
        fc.constantFrom("__proto__", "constructor", "prototype"),
        fc.constantFrom(...fixtureObjectPaths),
        fc.option(fc.array(chainStep, { maxLength: 6 }), { nil: undefined }),
        fc.nat(),
        ([_name, parse], forbiddenKey, containerPath, chain, salt) => {
          probeCounter += 1;
          const probe = `pollutedProbe${probeCounter}x${salt}`;
          const payload: Json =
            forbiddenKey === "constructor" ? { prototype: { [probe]: true } } : { [probe]: true };

          // Build the record with a placeholder key, then rename it in the JSON text, so that
          // JSON.parse (not this test) creates the own __proto__ property, as it would for input.
          const record = validRecord();
          const container = getAt(record, containerPath);
          if (!isJsonObject(container)) throw new Error("fixture path is not an object");
          let expectedPath: PathSegment[];
          if (chain === undefined) {
            container[placeholder] = payload;
            expectedPath = [...containerPath, forbiddenKey];
          } else {
            let value: Json = { sibling: "ok", [placeholder]: payload };
            for (const step of [...chain].reverse()) value = step === 0 ? [value] : { [step]: value };
            container.zzHost = value;
            expectedPath = [...containerPath, "zzHost", ...chain, forbiddenKey];
          }
          const text = JSON.stringify(record).replace(
            JSON.stringify(placeholder),
            JSON.stringify(forbiddenKey),
          );
          const input: unknown = JSON.parse(text);

          const result = parseSafely(parse, input);
          assertResultShape(result);
          expect(result.ok).toBe(false);
          if (!result.ok) {
            expect(result.issues).toEqual([
              { path: expectedPath, code: "forbidden_key", message: expect.any(String) },
            ]);
          }
          expect(({} as Record<string, unknown>)[probe]).toBeUndefined();
          expect(Object.hasOwn(Object.prototype, probe)).toBe(false);
          expect(Object.getPrototypeOf(input)).toBe(Object.prototype);
        },
      ),
      { numRuns: 400 },
    );
  });
});

// ---------------------------------------------------------------------------
// 4. Valid records built from the schema's rules are accepted, and parsing is idempotent.
// ---------------------------------------------------------------------------

const coverageGoals = [
  ...recordKindCodes.map((kind) => `kind:${kind}`),
  "kind:x-",
  "event-end",
  "age-with-date-of-birth",
  "indicator-on-person",
  "marker-on-person",
  "marker-on-location",
  "marker-on-vehicle",
  "missing-found",
  "date-time-with-offset",
] as const;

const objectsIn = (value: Json | undefined): JsonObject[] =>
  Array.isArray(value) ? value.filter(isJsonObject) : [];

/** Notes which interesting cases a generated record contains. */
function noteCoverage(record: JsonObject, seen: Set<string>): void {
  const kind = String(record.kind);
  seen.add(kind.startsWith("x-") ? "kind:x-" : `kind:${kind}`);
  if (isJsonObject(record.event) && record.event.end !== undefined) seen.add("event-end");
  if (objectsIn(record.persons).some((p) => p.ageAtEvent !== undefined && p.dateOfBirth !== undefined)) {
    seen.add("age-with-date-of-birth");
  }
  if (objectsIn(record.indicators).some((i) => i.personRef !== undefined)) seen.add("indicator-on-person");
  for (const marker of objectsIn(record.markers)) {
    if (isJsonObject(marker.subject) && marker.subject.type !== "record")
      seen.add(`marker-on-${String(marker.subject.type)}`);
  }
  if (isJsonObject(record.missingEpisode) && record.missingEpisode.foundAt !== undefined)
    seen.add("missing-found");
  if (/T\d\d:\d\d:\d\d(\.\d+)?[+-]\d\d:\d\d"/.test(JSON.stringify(record))) seen.add("date-time-with-offset");
}

describe("valid records", () => {
  it("are accepted unchanged, and parsing the result again gives the same value", () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(validRecordArb, (record) => {
        noteCoverage(record, seen);
        // fast-check makes some objects with a null prototype: they are accepted too, and come
        // out as ordinary objects, so compare with the record's plain JSON copy.
        const plain: unknown = JSON.parse(JSON.stringify(record));
        const first = parseRecord(record);
        if (!first.ok) throw new Error(`valid record refused: ${JSON.stringify(first.issues)}`);
        expect(first.value).toStrictEqual(plain);
        const second = parseRecord(first.value);
        if (!second.ok) throw new Error(`parsed record refused: ${JSON.stringify(second.issues)}`);
        expect(second.value).toStrictEqual(first.value);
        // And through JSON text, as records usually arrive.
        expect(parseRecord(plain)).toStrictEqual(first);
      }),
      { numRuns: 300 },
    );
    // The generator really does reach the cases the record checks care about.
    expect([...seen].sort()).toEqual([...coverageGoals].sort());
  });

  it("the fixed fixture is valid, so the mutation properties above start from a valid record", () => {
    expect(parseRecord(validRecord())).toStrictEqual({ ok: true, value: validRecord() });
  });
});

// ---------------------------------------------------------------------------
// 5. Hostile sizes are refused through parseRecord, with a clear code.
// ---------------------------------------------------------------------------

describe("parseRecord refuses hostile sizes", () => {
  const codesAt = (result: Result<unknown>): [readonly PathSegment[], IssueCode][] =>
    result.ok ? [] : result.issues.map((issue) => [issue.path, issue.code]);

  it("refuses 100,000-deep nesting with too_deep", () => {
    let deep: Json = "leaf";
    for (let i = 0; i < 100_000; i += 1) deep = i % 2 === 0 ? [deep] : { a: deep };
    const record = validRecord();
    record.persons = [deep];
    const result = parseRecord(record);
    expect(result.ok).toBe(false);
    expect(codesAt(result).map(([, code]) => code)).toEqual(["too_deep"]);
  });

  it("refuses 100,000-deep nesting as the whole input with too_deep", () => {
    let deep: Json = {};
    for (let i = 0; i < 100_000; i += 1) deep = { kind: deep };
    expect(codesAt(parseRecord(deep)).map(([, code]) => code)).toEqual(["too_deep"]);
  });

  it("refuses a 10 MB string with string_too_long at its path", () => {
    const record = validRecord();
    setAt(record, ["source", "recordId"], "R".repeat(10 * 1024 * 1024));
    expect(codesAt(parseRecord(record))).toEqual([[["source", "recordId"], "string_too_long"]]);
  });

  it("refuses a million-element array with array_too_long at its path", () => {
    const record = validRecord();
    record.indicators = new Array<Json>(1_000_000).fill({ code: "staying-out-late", sourcePath: "/x" });
    expect(codesAt(parseRecord(record))).toEqual([[["indicators"], "array_too_long"]]);
  });

  it("honours custom limits passed to parseRecord", () => {
    const record = validRecord();
    // Containers nest four deep in the fixture (record, persons, a person, its roles).
    expect(parseRecord(record, { limits: { maxDepth: 4 } }).ok).toBe(true);
    expect(codesAt(parseRecord(record, { limits: { maxDepth: 3 } }))).toEqual([
      [["persons", 0, "roles"], "too_deep"],
    ]);
    expect(codesAt(parseRecord(record, { limits: { maxStringLength: 8 } }))).toContainEqual([
      ["source", "recordId"],
      "string_too_long",
    ]);
  });

  // A limit given as `undefined` (allowed by `Partial<InputLimits>` wherever
  // exactOptionalPropertyTypes is off, and in plain JS) or NaN must not switch that guard off.
  it("keeps the default limit when a limit is passed as undefined or NaN", () => {
    let deep: Json = "leaf";
    for (let i = 0; i < 1_000; i += 1) deep = [deep];
    const record = validRecord();
    record.zzDeep = deep;
    const unset = { maxDepth: undefined } as unknown as Partial<InputLimits>;
    expect(codesAt(parseRecord(record, { limits: unset })).map(([, code]) => code)).toEqual(["too_deep"]);
    expect(
      codesAt(parseRecord(record, { limits: { maxDepth: Number.NaN } })).map(([, code]) => code),
    ).toEqual(["too_deep"]);
  });
});
