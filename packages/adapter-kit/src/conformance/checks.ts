import { formatPath, parseRecord } from "@cse-flags/core";
import fc from "fast-check";
import { expect } from "vitest";
import type { z } from "zod";
import { checkAdapter } from "../check-adapter.js";
import { parseConceptMap } from "../concept-map/parse-concept-map.js";
import type { Adapter, ConceptMaps } from "../define-adapter.js";
import type { KitIssue } from "../issue.js";
import { type MapOutcome, mapSourceRecord } from "../map/map-record.js";
import { reportableCode } from "../map/reportable-code.js";
import { isPlainObject } from "../options.js";
import { unaccountedFields } from "../run/reconciliation.js";
import { runAdapter } from "../run/run-adapter.js";
import { splitCell } from "../source-values/split-cell.js";
import { generatedRecords, mutations, textDamage } from "./arbitraries.js";
import { canaryMark, withCanaries } from "./canary.js";
import { expectedReconciliation } from "./expected-reconciliation.js";
import { readFixture } from "./fixtures.js";
import { findLeak, lookAlikeCopies, outcomeTexts } from "./leaks.js";
import type { ConformanceTestName } from "./names.js";
import type { ConformanceOptions } from "./options.js";
import { arbitraryFromSchema } from "./zod-arbitrary.js";

// biome-ignore lint/suspicious/noExplicitAny: a check takes any adapter, whatever its schema and maps.
type AnyAdapter = Adapter<any, any>;

/** One conformance rule as a plain function: resolves when the adapter keeps it, throws (an assertion error) when not. */
export type ConformanceCheck = <S extends z.ZodType, M extends ConceptMaps>(
  adapter: Adapter<S, M>,
  options: ConformanceOptions,
) => Promise<void>;

/** The checks as written here, over any adapter; `any` stays inside this module. */
type Check = (adapter: AnyAdapter, options: ConformanceOptions) => Promise<void>;

const issueSummary = (issues: readonly KitIssue[]): string =>
  issues.map((i) => `${formatPath(i.path) || "/"} ${i.code}${i.reason ? `:${i.reason}` : ""}`).join(", ");

/** Strips the report (which holds field-access details) so two outcomes compare on what they produce. */
const produced = (outcome: MapOutcome) =>
  outcome.status === "mapped"
    ? { status: outcome.status, record: outcome.record }
    : { status: outcome.status, stage: outcome.stage, issues: outcome.issues };

/** Issue codes that mean the adapter itself is at fault, whatever the input. */
const adapterFaults = new Set(["map_threw", "map_returned_promise"]);

/**
 * Fails when an outcome shows the adapter threw (or returned a promise), or produced a
 * record core refuses (stage `canonical`: a bug in the adapter, never the data's fault).
 */
function expectHandled(outcome: MapOutcome, where: string): void {
  if (outcome.status === "mapped") return;
  const faults = outcome.issues.filter((issue) => adapterFaults.has(issue.code));
  expect(faults.length, `${where}: map threw instead of rejecting the record with a reason`).toBe(0);
  expect(
    outcome.stage,
    `${where}: map produced a record that core or the adapter's identity refuses (${issueSummary(outcome.issues)})`,
  ).not.toBe("canonical");
}

/** What a check works with: the adapter's map, its fixtures' records, the options. */
function suiteOf(adapter: AnyAdapter, options: ConformanceOptions) {
  const mapOptions = options.mapOptions ?? {};
  const map = (raw: unknown) => mapSourceRecord(adapter, raw, mapOptions);
  const fixtures = () => Promise.all(options.fixtures.map((fixture) => readFixture(adapter, fixture)));
  const eachRecord = async (visit: (raw: unknown, where: string) => void) => {
    for (const fixture of await fixtures()) {
      fixture.records.forEach((raw, i) => {
        visit(raw, `${fixture.name} record ${i}`);
      });
    }
  };
  const allRecords = async () => (await fixtures()).flatMap((f) => f.records);
  const numRuns = options.numRuns ?? 100;
  return {
    map,
    mapOptions,
    fixtures,
    eachRecord,
    allRecords,
    numRuns,
    fewerRuns: Math.max(10, Math.floor(numRuns / 4)),
  };
}

/** The conformance rules by name; `describeAdapterConformance` registers one vitest test per rule. */
const checks: Readonly<Record<ConformanceTestName, Check>> = {
  "the adapter definition is valid": async (adapter, options) => {
    expect(checkAdapter(adapter).map((i) => `${formatPath(i.path)} ${i.code}`)).toEqual([]);
    expect(options.fixtures.length, "the suite needs at least one fixture").toBeGreaterThan(0);
  },

  "concept maps are valid": async (adapter) => {
    for (const [name, conceptMap] of Object.entries(adapter.conceptMaps)) {
      const result = parseConceptMap(conceptMap);
      expect(result.ok ? "" : issueSummary(result.issues), `concept map ${name}`).toBe("");
    }
  },

  "mapped records pass the core schema": async (adapter, options) => {
    const { map, eachRecord } = suiteOf(adapter, options);
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

  "mapping is deterministic": async (adapter, options) => {
    const { map, eachRecord } = suiteOf(adapter, options);
    await eachRecord((raw, where) => {
      const first = produced(map(raw));
      expect(produced(map(raw)), where).toStrictEqual(first);
      expect(produced(map(structuredClone(raw))), `${where} (copied)`).toStrictEqual(first);
    });
  },

  "arbitrary source records never throw": async (adapter, options) => {
    const { map, allRecords, numRuns } = suiteOf(adapter, options);
    const records = generatedRecords(arbitraryFromSchema(adapter.source.schema), await allRecords());
    fc.assert(
      fc.property(records, (raw) => {
        expectHandled(map(raw), "a generated source record");
      }),
      { numRuns },
    );
  },

  "malformed source records never throw": async (adapter, options) => {
    const { map, mapOptions, allRecords, numRuns, fewerRuns } = suiteOf(adapter, options);
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
              if (event.type === "rejected" && event.stage !== "read") {
                expectHandled(
                  { status: "rejected", stage: event.stage, issues: event.issues } as MapOutcome,
                  "damaged source text",
                );
              }
            }
          }
        },
      ),
      { numRuns: fewerRuns },
    );
  },

  "rejections and issues never contain source values": async (adapter, options) => {
    const { map, eachRecord, allRecords, fewerRuns } = suiteOf(adapter, options);
    const leakMessage = (where: string, path: string) =>
      `${where}: a rejection, issue or ignore reason quotes the value at ${path}`;
    const expectNoLeak = (raw: unknown, where: string, copies = 200) => {
      // The record, and copies with one value changed to a look-alike that may still pass the schema.
      for (const record of [raw, ...lookAlikeCopies(raw, copies)]) {
        const leak = findLeak(map, record);
        expect(leak === undefined, leak === undefined ? where : leakMessage(where, leak)).toBe(true);
      }
      // Each string replaced in turn by a canary: a message that quotes it shows it.
      for (const copy of withCanaries(raw)) {
        for (const text of outcomeTexts(map(copy))) {
          expect(
            text.toLowerCase().includes(canaryMark.toLowerCase()),
            `${where}: an issue quotes a canary`,
          ).toBe(false);
        }
      }
    };
    await eachRecord(expectNoLeak);
    const records = generatedRecords(arbitraryFromSchema(adapter.source.schema), await allRecords());
    fc.assert(
      fc.property(records, (raw) => {
        expectNoLeak(raw, "a generated source record", 20);
      }),
      { numRuns: fewerRuns },
    );
  },

  "reconciliation holds": async (adapter, options) => {
    const { map, mapOptions } = suiteOf(adapter, options);
    for (const fixture of options.fixtures) {
      const input = "records" in fixture ? { records: fixture.records } : fixture.input;
      const runOptions =
        "records" in fixture
          ? mapOptions
          : { ...mapOptions, format: fixture.format ?? adapter.source.formats[0] };
      // Counted apart from the run: the fixture's records as read, each mapped on its own.
      const read = await readFixture(adapter, fixture);
      expect(read.stopped, `${fixture.name}: the reader stopped early`).toBe(false);
      const expected = expectedReconciliation(read, map);
      let reconciliation: unknown;
      for await (const event of runAdapter(adapter, input, runOptions)) {
        if (event.type === "reconciliation") reconciliation = event.reconciliation;
      }
      expect(reconciliation, `${fixture.name}: no reconciliation`).toBeDefined();
      expect(reconciliation, `${fixture.name}: the reconciliation does not match the records`).toMatchObject(
        expected,
      );
    }
  },

  "every source field is mapped, ignored or reported": async (adapter, options) => {
    const { map, eachRecord } = suiteOf(adapter, options);
    await eachRecord((raw, where) => {
      const outcome = map(raw);
      // A rejected record is accounted for as a whole, by its rejection.
      if (outcome.status === "rejected") return;
      const bulk = outcome.report.bulkRead
        ? " (map read the record as a whole, so no field counts as read)"
        : "";
      expect(
        unaccountedFields(outcome.report),
        `${where}: fields neither mapped, ignored nor reported${bulk}`,
      ).toEqual([]);
    });
  },

  "every source code is mapped or reported as unmapped": async (adapter, options) => {
    const { map, eachRecord } = suiteOf(adapter, options);
    const codeFields = Object.entries(adapter.source.codeFields ?? {});
    expect(
      codeFields.length > 0 || Object.keys(adapter.conceptMaps).length === 0,
      "the adapter has concept maps but declares no codeFields: name the fields that hold codes in source.codeFields, so this test can check them",
    ).toBe(true);
    await eachRecord((raw, where) => {
      const outcome = map(raw);
      if (outcome.status !== "mapped" || !isPlainObject(raw)) return;
      const { lookups } = outcome.report;
      const onRecord = (system: string, code: string, path: string) => {
        const shown = reportableCode(system, code, path).unmapped;
        return outcome.record.unmappedCodes.some((u) => u.system === shown.system && u.code === shown.code);
      };
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
        const codes = cells.flatMap((cell: string) => splitCell(cell, spec.separator));
        codes.forEach((code, n) => {
          const looked = lookups.some(
            (l) => l.system === system && l.code === code && l.status !== "not-yet-mapped",
          );
          expect(
            looked || onRecord(system, code, field),
            `${where}: code ${n + 1} in field ${field} is neither mapped nor reported`,
          ).toBe(true);
        });
      }
      // Whatever the adapter looked up and found no mapping for is on the record.
      for (const note of lookups.filter((l) => l.status === "not-yet-mapped")) {
        expect(
          onRecord(note.system, note.code, note.path),
          `${where}: a looked-up code with no mapping is missing from unmappedCodes`,
        ).toBe(true);
      }
    });
  },

  "the source reference survives into the canonical record": async (adapter, options) => {
    const { map, eachRecord } = suiteOf(adapter, options);
    const idField = adapter.source.recordIdField;
    await eachRecord((raw, where) => {
      const outcome = map(raw);
      if (outcome.status !== "mapped") {
        const lost = outcome.issues.filter(
          (i) => i.code === "record_id_mismatch" || i.code === "adapter_mismatch",
        );
        expect(
          lost.map((i) => i.code),
          `${where}: the record's source is not the source record's`,
        ).toEqual([]);
        return;
      }
      const { source } = outcome.record;
      expect(source.adapter, where).toEqual({ id: adapter.id, version: adapter.version });
      expect(source.recordId.length, where).toBeGreaterThan(0);
      if (idField !== undefined && isPlainObject(raw)) {
        expect(
          source.recordId === raw[idField],
          `${where}: source.recordId is not the source record's ${idField}`,
        ).toBe(true);
      }
    });
  },
};

/** Every conformance rule by name, as a plain function (`describeAdapterConformance` wraps each in a test). */
export const conformanceChecks: Readonly<Record<ConformanceTestName, ConformanceCheck>> = checks;
