import { type RunEvent, runAdapter } from "@cse-flags/adapter-kit";
import { arbitraryFromSchema } from "@cse-flags/adapter-kit/conformance";
import { parseRecord } from "@cse-flags/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { missingPersonConceptMaps } from "./concept-maps.js";
import { MissingPersonExportRow, missingPersonExportColumns } from "./source-schema.js";
import { baseRow, testAdapter } from "./test-support/rows.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** A UK date in the given years, sometimes impossible (31/02), sometimes with a time (sometimes a skipped one). */
const ukTime = (minYear: number, maxYear: number) =>
  fc
    .record({
      day: fc.integer({ min: 1, max: 31 }),
      month: fc.integer({ min: 1, max: 12 }),
      year: fc.integer({ min: minYear, max: maxYear }),
      time: fc.option(fc.integer({ min: 0, max: 24 * 60 - 1 }), { nil: undefined }),
    })
    .map(
      ({ day, month, year, time }) =>
        `${pad(day)}/${pad(month)}/${year}${time === undefined ? "" : ` ${pad(Math.floor(time / 60))}:${pad(time % 60)}`}`,
    );
const ukDay = (minYear: number, maxYear: number) => ukTime(minYear, maxYear).map((cell) => cell.slice(0, 10));

const knownCodes = (map: { entries: readonly { code: string }[] }) => map.entries.map((entry) => entry.code);

/** A code cell: the map's codes, codes it does not know, blank. */
const codes = (map: { entries: readonly { code: string }[] }) =>
  fc
    .array(fc.oneof(fc.constantFrom(...knownCodes(map)), fc.constantFrom("NEWCODE", "X1")), { maxLength: 4 })
    .map((list) => list.join(";"));

const orBlank = (arb: fc.Arbitrary<string>) => fc.oneof(fc.constant(""), arb);
/** Usually one of the usual cells, now and then one that breaks a rule between columns. */
const mostly = (usual: fc.Arbitrary<string>, unusual: fc.Arbitrary<string>) =>
  fc.oneof({ arbitrary: usual, weight: 9 }, { arbitrary: unusual, weight: 1 });

/** A date of birth after the report, or a mistyped year (1011 for 2011) giving an age over 130. */
const oddDateOfBirth = fc.oneof(ukDay(2026, 2027), ukDay(1000, 1890));

/** Rows as an export might hold them: mostly plausible cells, any of which may be blank or wrong. */
const plausibleRow = fc
  .record({
    // Reported in 2020-2025, found later, born and missing before: the years keep the order
    // unless `mostly` picks the odd cell out.
    reported_missing: ukTime(2020, 2025),
    found: mostly(orBlank(ukTime(2026, 2027)), ukTime(2010, 2019)),
    date_created: ukTime(2020, 2026),
    date_of_birth: mostly(orBlank(ukDay(1995, 2019)), oddDateOfBirth),
    age_at_report: mostly(fc.constant(""), fc.integer({ min: 0, max: 140 }).map(String)),
    looked_after: fc.constantFrom("Y", "N", ""),
    learning_disability: fc.constantFrom("Y", "N", ""),
    category: orBlank(fc.constantFrom(...knownCodes(missingPersonConceptMaps.categories), "Z")),
    risk_grade: orBlank(fc.constantFrom(...knownCodes(missingPersonConceptMaps.riskGrades), "VHIGH")),
    risk_factors: codes(missingPersonConceptMaps.concerns),
    rhi_findings: codes(missingPersonConceptMaps.concerns),
    warning_markers: codes(missingPersonConceptMaps.warningMarkers),
    prior_episode_count: mostly(
      orBlank(fc.integer({ min: 3, max: 20 }).map(String)),
      fc.constantFrom("0", "12000"),
    ),
    prior_episode_dates: mostly(
      fc.array(ukTime(2010, 2019), { maxLength: 3 }).map((list) => list.join(";")),
      ukTime(2026, 2027),
    ),
    found_location_ref: fc.constantFrom("", "LOC-0001"),
    // Mostly a whole group or a blank one; now and then a partial group or the child named twice.
    associate_1_ref: mostly(fc.constant("ADULT-X"), fc.constantFrom("", "CHILD-A")),
    associate_1_type: mostly(
      fc.constantFrom(...knownCodes(missingPersonConceptMaps.associateTypes), "LODGER"),
      fc.constant(""),
    ),
    associate_1_dob: mostly(orBlank(ukDay(1960, 2019)), oddDateOfBirth),
  })
  .map((cells) => baseRow(cells));

/** Any of the above with one cell replaced by arbitrary text, or a row shaped only by the schema. */
const anyRow = fc.oneof(
  plausibleRow,
  fc
    .tuple(plausibleRow, fc.constantFrom(...missingPersonExportColumns), fc.string())
    .map(([row, column, text]) => ({ ...row, [column]: text })),
  arbitraryFromSchema(MissingPersonExportRow),
  fc.anything(),
);

async function runAll(rows: readonly unknown[]): Promise<RunEvent[]> {
  const events: RunEvent[] = [];
  for await (const event of runAdapter(testAdapter, { records: rows })) events.push(event);
  return events;
}

describe("arbitrary rows", () => {
  it("never throw, always reconcile, and map only to valid records with the episode's sign", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyRow, { maxLength: 8 }), async (rows) => {
        const events = await runAll(rows);
        const mapped = events.filter((e) => e.type === "mapped");
        const rejected = events.filter((e) => e.type === "rejected");
        const last = events.at(-1);
        expect(last?.type).toBe("reconciliation");
        if (last?.type !== "reconciliation") return;
        expect(last.reconciliation.read).toBe(rows.length);
        expect(mapped.length + rejected.length).toBe(rows.length);
        expect(last.reconciliation.mapped).toBe(mapped.length);
        // Every rejection is the source schema's or the adapter's: never a record core refuses.
        for (const event of rejected) expect(event.type === "rejected" && event.stage).not.toBe("canonical");
        for (const event of mapped) {
          if (event.type !== "mapped") continue;
          expect(parseRecord(event.record).ok).toBe(true);
          const child = event.record.missingEpisode?.personRef;
          expect(
            event.record.indicators.some(
              (i) => i.code === "missing-from-home-or-care" && i.personRef === child,
            ),
          ).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("map plausible rows often enough for the property above to mean something", () => {
    const sample = fc.sample(plausibleRow, { numRuns: 300, seed: 7 });
    return runAll(sample).then((events) => {
      expect(events.filter((e) => e.type === "mapped").length).toBeGreaterThan(60);
    });
  });
});
