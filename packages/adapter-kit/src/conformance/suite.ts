import { formatPath, parseRecord } from "@cse-flags/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { checkAdapter } from "../check-adapter.js";
import { parseConceptMap } from "../concept-map/parse-concept-map.js";
import type { Adapter, ConceptMaps } from "../define-adapter.js";
import { AdapterKitError, type KitIssue, kitIssue } from "../issue.js";
import { type MapOptions, type MapOutcome, mapSourceRecord } from "../map/map-record.js";
import { unaccountedFields } from "../run/reconciliation.js";
import { runAdapter } from "../run/run-adapter.js";
import { canaryMark, withCanaries } from "./canary.js";
import { type ConformanceFixture, type FixtureRecords, readFixture } from "./fixtures.js";
import { type ConformanceTestName, conformanceTestNames } from "./names.js";
import { arbitraryFromSchema } from "./zod-arbitrary.js";

export interface ConformanceOptions {
  /** Synthetic source data: at least one fixture, with at least one record that maps. */
  readonly fixtures: readonly ConformanceFixture[];
  /** Tests to skip, each with the reason, e.g. `{ "mapping is deterministic": "uses the clock: ticket 12" }`. */
  readonly skip?: Partial<Readonly<Record<ConformanceTestName, string>>>;
  /** Runs per property test; 100 unless given. */
  readonly numRuns?: number;
  /** Time limit per test in milliseconds; 60 seconds unless given. */
  readonly timeout?: number;
  readonly mapOptions?: MapOptions;
}

const issueSummary = (issues: readonly KitIssue[]): string =>
  issues.map((i) => `${formatPath(i.path) || "/"} ${i.code}${i.reason ? `:${i.reason}` : ""}`).join(", ");

function checkSkip(skip: ConformanceOptions["skip"]): void {
  const issues: KitIssue[] = [];
  for (const [name, reason] of Object.entries(skip ?? {})) {
    if (!(conformanceTestNames as readonly string[]).includes(name)) {
      issues.push(kitIssue(["skip", name], "invalid_options", "Not a conformance test name"));
    } else if (typeof reason !== "string" || reason.trim() === "") {
      issues.push(kitIssue(["skip", name], "invalid_options", "A skipped test needs a reason"));
    }
  }
  if (issues.length > 0) throw new AdapterKitError("Invalid conformance options", issues);
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Strips the report (which holds field-access details) so two outcomes compare on what they produce. */
const produced = (outcome: MapOutcome) =>
  outcome.status === "mapped"
    ? { status: outcome.status, record: outcome.record }
    : { status: outcome.status, stage: outcome.stage, issues: outcome.issues };

/** Fails when an outcome shows the adapter threw, or rejected without a reason. */
function expectHandled(outcome: MapOutcome, where: string): void {
  if (outcome.status === "mapped") return;
  const threw = outcome.issues.some((issue) => issue.code === "map_threw");
  expect(threw, `${where}: map threw instead of rejecting the record with a reason`).toBe(false);
  expect(outcome.issues.length, `${where}: rejected without a reason`).toBeGreaterThan(0);
}

/** Every text in an outcome's issues that could carry a value: paths, messages, reasons. */
const issueTexts = (outcome: MapOutcome): string[] =>
  outcome.status === "mapped"
    ? []
    : outcome.issues.flatMap((i) => [i.message, i.reason ?? "", ...i.path.map(String)]);

/** An array nested `depth` levels deep, past core's input guard limit. */
const nestedDeep = (depth: number): unknown => {
  let value: unknown = "deep";
  for (let i = 0; i < depth; i += 1) value = [value];
  return value;
};

const mutations = (record: unknown): fc.Arbitrary<unknown> => {
  const keys = isObject(record) ? Object.keys(record) : [];
  const badValue = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    fc.constant(null),
    fc.constant("x".repeat(70_000)),
    fc.constant(nestedDeep(40)),
    fc.string({ maxLength: 20 }),
  );
  const options: fc.Arbitrary<unknown>[] = [
    fc.jsonValue({ maxDepth: 3 }),
    fc
      .constantFrom('{"__proto__": {"polluted": true}}', '{"constructor": {"prototype": {"polluted": true}}}')
      .map((text) => ({ ...(isObject(record) ? record : {}), ...(JSON.parse(text) as object) })),
  ];
  if (keys.length > 0) {
    options.push(
      fc
        .tuple(fc.constantFrom(...keys), badValue)
        .map(([key, value]) => ({ ...(record as object), [key]: value })),
      fc.constantFrom(...keys).map((key) => {
        const copy: Record<string, unknown> = { ...(record as Record<string, unknown>) };
        delete copy[key];
        return copy;
      }),
    );
  }
  return fc.oneof(...options);
};

/** Records that take each field from either a fixture record or a generated one. */
const crossover = (fixtures: fc.Arbitrary<Record<string, unknown>>, generated: fc.Arbitrary<unknown>) =>
  fc
    .tuple(fixtures, generated, fc.array(fc.boolean(), { minLength: 64, maxLength: 64 }))
    .map(([fixture, other, picks]) => {
      if (!isObject(other)) return other;
      const keys = [...new Set([...Object.keys(fixture), ...Object.keys(other)])];
      const out: Record<string, unknown> = {};
      keys.forEach((key, i) => {
        const from = picks[i % picks.length] ? other : fixture;
        if (Object.hasOwn(from, key)) out[key] = from[key];
      });
      return out;
    });

/** Breaks source text: cuts it short, or puts stray characters into it. */
const textDamage = (text: string): fc.Arbitrary<string> =>
  fc.oneof(
    fc.nat({ max: text.length }).map((n) => text.slice(0, n)),
    fc
      .tuple(
        fc.nat({ max: text.length }),
        fc.constantFrom('"', ",", "\n", "\r", "{", "]", "\u0000", "\uFEFF", ";"),
      )
      .map(([n, c]) => text.slice(0, n) + c + text.slice(n)),
  );

/**
 * Registers the conformance suite for an adapter: one vitest `describe` with a named test
 * per rule in `conformanceTestNames`. Call it at the top level of a test file. A test can
 * be skipped only with a reason, which shows in the test name.
 */
export function describeAdapterConformance<S extends z.ZodType, M extends ConceptMaps>(
  adapter: Adapter<S, M>,
  options: ConformanceOptions,
): void {
  checkSkip(options.skip);
  const numRuns = options.numRuns ?? 100;
  const timeout = options.timeout ?? 60_000;
  const mapOptions = options.mapOptions ?? {};
  const map = (raw: unknown) => mapSourceRecord(adapter, raw, mapOptions);
  let loaded: Promise<FixtureRecords[]> | undefined;
  const fixtures = () => {
    loaded ??= Promise.all(options.fixtures.map((fixture) => readFixture(adapter, fixture)));
    return loaded;
  };
  const eachRecord = async (visit: (raw: unknown, where: string) => void) => {
    for (const fixture of await fixtures()) {
      fixture.records.forEach((raw, i) => {
        visit(raw, `${fixture.name} record ${i}`);
      });
    }
  };
  const allRecords = async () => (await fixtures()).flatMap((f) => f.records);

  const tests: Record<ConformanceTestName, () => Promise<void> | void> = {
    "the adapter definition is valid": () => {
      expect(checkAdapter(adapter).map((i) => `${formatPath(i.path)} ${i.code}`)).toEqual([]);
      expect(options.fixtures.length, "the suite needs at least one fixture").toBeGreaterThan(0);
    },

    "concept maps are valid": () => {
      for (const [name, conceptMap] of Object.entries(adapter.conceptMaps)) {
        const result = parseConceptMap(conceptMap);
        expect(result.ok ? "" : issueSummary(result.issues), `concept map ${name}`).toBe("");
      }
    },

    "mapped records pass the core schema": async () => {
      let mapped = 0;
      await eachRecord((raw, where) => {
        const outcome = map(raw);
        if (outcome.status === "mapped") {
          mapped += 1;
          const again = parseRecord(outcome.record);
          expect(again.ok ? "" : issueSummary(again.issues), where).toBe("");
        } else if (outcome.stage === "canonical") {
          expect.fail(
            `${where}: map produced a record that fails the core schema: ${issueSummary(outcome.issues)}`,
          );
        }
      });
      expect(mapped, "no fixture record maps: add one that does").toBeGreaterThan(0);
    },

    "mapping is deterministic": async () => {
      await eachRecord((raw, where) => {
        const first = produced(map(raw));
        expect(produced(map(raw)), where).toStrictEqual(first);
        expect(produced(map(structuredClone(raw))), `${where} (copied)`).toStrictEqual(first);
      });
    },

    "arbitrary source records never throw": async () => {
      const generated = arbitraryFromSchema(adapter.source.schema);
      const objects = (await allRecords()).filter(isObject);
      // Generated values mixed field by field into fixture records, so that records also get
      // past the adapter's first checks and reach deeper into `map`.
      const mixed =
        objects.length === 0
          ? generated
          : fc.oneof(generated, crossover(fc.constantFrom(...objects), generated));
      fc.assert(
        fc.property(mixed, (raw) => {
          expectHandled(map(raw), "a generated source record");
        }),
        { numRuns },
      );
    },

    "malformed source records never throw": async () => {
      const records = await allRecords();
      const base = records.length > 0 ? fc.constantFrom(...records) : fc.constant({});
      fc.assert(
        fc.property(
          base.chain((record) => mutations(record)),
          (raw) => {
            expectHandled(map(raw), "a malformed source record");
            expect(({} as Record<string, unknown>).polluted, "Object.prototype was polluted").toBeUndefined();
          },
        ),
        { numRuns },
      );
      const texts = options.fixtures.flatMap((f) =>
        "input" in f && typeof f.input === "string"
          ? [{ text: f.input, format: f.format ?? adapter.source.formats[0] }]
          : [],
      );
      if (texts.length === 0) return;
      await fc.assert(
        fc.asyncProperty(
          fc
            .constantFrom(...texts)
            .chain(({ text, format }) => textDamage(text).map((damaged) => ({ damaged, format }))),
          async ({ damaged, format }) => {
            let read = 0;
            for await (const event of runAdapter(adapter, damaged, { ...mapOptions, format })) {
              if (event.type === "reconciliation") {
                expect(event.reconciliation.read).toBe(read);
                expect(event.reconciliation.mapped + event.reconciliation.rejected).toBe(read);
              } else {
                read += 1;
                if (event.type === "rejected")
                  expect(event.issues.some((i) => i.code === "map_threw")).toBe(false);
              }
            }
          },
        ),
        { numRuns: Math.max(10, Math.floor(numRuns / 4)) },
      );
    },

    "rejections and issues never contain source values": async () => {
      const records = await allRecords();
      for (const record of records) {
        for (const copy of withCanaries(record)) {
          for (const text of issueTexts(map(copy))) {
            expect(
              text.includes(canaryMark),
              "a rejection or issue quotes a value from the source record",
            ).toBe(false);
          }
        }
      }
      fc.assert(
        fc.property(arbitraryFromSchema(adapter.source.schema), (raw) => {
          for (const copy of withCanaries(raw, 20)) {
            for (const text of issueTexts(map(copy))) expect(text.includes(canaryMark)).toBe(false);
          }
        }),
        { numRuns: Math.max(10, Math.floor(numRuns / 4)) },
      );
    },

    "reconciliation holds": async () => {
      for (const fixture of options.fixtures) {
        const input = "records" in fixture ? { records: fixture.records } : fixture.input;
        const runOptions =
          "records" in fixture
            ? mapOptions
            : { ...mapOptions, format: fixture.format ?? adapter.source.formats[0] };
        let mapped = 0;
        let rejected = 0;
        const unmapped = new Map<string, number>();
        let reconciled = false;
        for await (const event of runAdapter(adapter, input, runOptions)) {
          if (event.type === "mapped") {
            mapped += 1;
            for (const u of event.record.unmappedCodes)
              unmapped.set(u.system, (unmapped.get(u.system) ?? 0) + 1);
          } else if (event.type === "rejected") rejected += 1;
          else {
            reconciled = true;
            const r = event.reconciliation;
            expect(r.stopped, `${fixture.name}: the reader stopped early`).toBeUndefined();
            expect({ read: r.read, mapped: r.mapped, rejected: r.rejected }, fixture.name).toEqual({
              read: mapped + rejected,
              mapped,
              rejected,
            });
            expect(r.unmappedCodes, fixture.name).toEqual(
              [...unmapped].sort(([a], [b]) => (a < b ? -1 : 1)).map(([name, count]) => ({ name, count })),
            );
            expect(r.rejectedBy.reduce((n, c) => n + c.count, 0)).toBeGreaterThanOrEqual(rejected);
          }
        }
        expect(reconciled, `${fixture.name}: no reconciliation`).toBe(true);
      }
    },

    "every source field is mapped, ignored or reported": async () => {
      await eachRecord((raw, where) => {
        const outcome = map(raw);
        // A rejected record is accounted for as a whole, by its rejection.
        if (outcome.status === "rejected") return;
        expect(
          unaccountedFields(outcome.report),
          `${where}: fields neither mapped, ignored nor reported`,
        ).toEqual([]);
      });
    },

    "every source code is mapped or reported as unmapped": async () => {
      const codeFields = Object.entries(adapter.source.codeFields ?? {});
      await eachRecord((raw, where) => {
        const outcome = map(raw);
        if (outcome.status !== "mapped" || !isObject(raw)) return;
        const { lookups } = outcome.report;
        for (const [field, spec] of codeFields) {
          if (spec === undefined) continue;
          const value = raw[field];
          const cells =
            typeof value === "string"
              ? [value]
              : Array.isArray(value)
                ? value.filter((v) => typeof v === "string")
                : [];
          const system = adapter.conceptMaps[spec.conceptMap]?.source;
          const codes = cells
            .flatMap((cell: string) => (spec.separator === undefined ? [cell] : cell.split(spec.separator)))
            .map((code) => code.trim())
            .filter((code) => code !== "");
          codes.forEach((code, n) => {
            const looked = lookups.some(
              (l) => l.system === system && l.code === code && l.status !== "not-yet-mapped",
            );
            const reported = outcome.record.unmappedCodes.some((u) => u.system === system && u.code === code);
            expect(
              looked || reported,
              `${where}: code ${n + 1} in field ${field} is neither mapped nor reported`,
            ).toBe(true);
          });
        }
        // Whatever the adapter looked up and found no mapping for is on the record.
        for (const note of lookups.filter((l) => l.status === "not-yet-mapped")) {
          const onRecord = outcome.record.unmappedCodes.some(
            (u) => u.system === note.system && u.code === note.code,
          );
          expect(onRecord, `${where}: a looked-up code with no mapping is missing from unmappedCodes`).toBe(
            true,
          );
        }
      });
    },

    "the source reference survives into the canonical record": async () => {
      const idField = adapter.source.recordIdField;
      await eachRecord((raw, where) => {
        const outcome = map(raw);
        if (outcome.status !== "mapped") return;
        const { source } = outcome.record;
        expect(source.adapter, where).toEqual({ id: adapter.id, version: adapter.version });
        expect(source.recordId.length, where).toBeGreaterThan(0);
        if (idField !== undefined && isObject(raw)) {
          expect(
            source.recordId === raw[idField],
            `${where}: source.recordId is not the source record's ${idField}`,
          ).toBe(true);
        }
      });
    },
  };

  describe(`adapter conformance: ${adapter.id}@${adapter.version}`, () => {
    for (const name of conformanceTestNames) {
      const reason = options.skip?.[name];
      if (reason !== undefined) it.skip(`${name} (skipped: ${reason})`, () => {});
      else it(name, tests[name], timeout);
    }
  });
}
