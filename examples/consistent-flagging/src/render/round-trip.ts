import { runAdapter } from "@cse-flags/adapter-kit";
import { type CanonicalRecord, type IndicatorCode, ukLocalDateTime } from "@cse-flags/core";
import fc from "fast-check";
import { expect } from "vitest";
import { type Scenario, scenarioArbitrary } from "../scenario.js";
import type { SourceExport, SystemUnderTest } from "../system.js";

// Shared by the renderers' tests: a rendered scenario must map back, through the system's own
// adapter, to exactly the scenario's facts about the child.

/** An export mapped by the system's adapter: the records, and how many were rejected. */
export async function mapExport(
  system: SystemUnderTest,
  exported: SourceExport,
): Promise<{ records: CanonicalRecord[]; rejected: number }> {
  const records: CanonicalRecord[] = [];
  let rejected = 0;
  for await (const event of runAdapter(system.adapter, exported.text, { format: exported.format })) {
    if (event.type === "mapped") records.push(event.record);
    if (event.type === "rejected") rejected += 1;
  }
  return { records, rejected };
}

/** What a record holds about one child: the facts a scenario states. */
export function childFacts(record: CanonicalRecord, ref: string) {
  const child = record.persons.find((person) => person.ref === ref);
  return {
    dateOfBirth: child?.dateOfBirth,
    attributes: [...(child?.attributes ?? [])].sort(),
    signs: record.indicators
      .filter((i) => i.personRef === ref)
      .map((i) => i.code)
      .sort(),
    recordLevelSigns: record.indicators.filter((i) => i.personRef === undefined).length,
  };
}

/** The same facts, as the scenario states them. */
export const scenarioFacts = (scenario: Scenario): ReturnType<typeof childFacts> => ({
  dateOfBirth: scenario.child.dateOfBirth,
  attributes: [...scenario.child.attributes].sort(),
  signs: [...scenario.signs],
  recordLevelSigns: 0,
});

/** The record's event start for the scenario: its local time with the UK offset that day, or the day alone. */
export const expectedStart = ({ event: { date, time } }: Scenario): string | undefined =>
  time === undefined ? date : ukLocalDateTime(date, time);

interface RoundTrip {
  /** Whether the system can write the scenario down; it must render exactly these. */
  readonly renders: (scenario: Scenario) => boolean;
  /** Scenarios to try, from the system's expressible signs; by default any of them. */
  readonly scenarios?: (signs: readonly IndicatorCode[]) => fc.Arbitrary<Scenario>;
  /** What else the system's record must hold, beyond the child's facts. */
  readonly also?: (record: CanonicalRecord, scenario: Scenario) => void;
  readonly numRuns?: number;
}

/**
 * The round trip as a property: every scenario over the system's expressible signs renders
 * when `renders` says so, and then maps to one record, none rejected, whose child has exactly
 * the scenario's date of birth, attributes and signs (none on the record as a whole), at the
 * scenario's time.
 */
export async function expectRoundTrip(system: SystemUnderTest, roundTrip: RoundTrip): Promise<void> {
  const signs = [...system.expressibleSigns].sort();
  const scenarios = roundTrip.scenarios?.(signs) ?? scenarioArbitrary(signs);
  await fc.assert(
    fc.asyncProperty(scenarios, async (scenario) => {
      const exported = system.render(scenario);
      expect(exported !== undefined, "renders").toBe(roundTrip.renders(scenario));
      if (exported === undefined) return;
      const { records, rejected } = await mapExport(system, exported);
      expect(rejected).toBe(0);
      expect(records).toHaveLength(1);
      const [record] = records;
      if (record === undefined) return;
      expect(childFacts(record, scenario.child.ref)).toEqual(scenarioFacts(scenario));
      expect(record.event.start).toBe(expectedStart(scenario));
      roundTrip.also?.(record, scenario);
    }),
    { numRuns: roundTrip.numRuns ?? 150 },
  );
}

/** Whether the scenario's local time, if any, happened in the UK (not skipped when the clocks went forward). */
export const timeExists = ({ event: { date, time } }: Scenario): boolean =>
  time === undefined || ukLocalDateTime(date, time) !== undefined;
