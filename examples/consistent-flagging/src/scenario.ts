import { type IndicatorCode, type PersonAttributeCode, ukLocalDateTime } from "@cse-flags/core";
import fc from "fast-check";

/**
 * The facts about one child that every system can hold in its own way: who the child is,
 * what was seen on them, and when. Each system renders a scenario into its own export (a
 * crime with the child as victim, an intelligence report with the child as a subject, a
 * custody record with the child detained, a missing-person episode), and the national
 * policy must then propose the same markers for the child in every one of them.
 *
 * All values are synthetic.
 */
export interface Scenario {
  /** Distinguishes records in one export; each system makes its own reference from it (e.g. `CR-0007`). */
  readonly recordNumber: number;
  readonly child: {
    /** The person reference the force uses for the child in every system, e.g. `CHILD-A`. */
    readonly ref: string;
    /** ISO date; absent when no system holds it. */
    readonly dateOfBirth?: string;
    readonly attributes: readonly PersonAttributeCode[];
  };
  /** When it happened, in UK local time: the offence, the report, the arrival in custody, the report of going missing. */
  readonly event: {
    /** ISO date. */
    readonly date: string;
    /** `HH:MM`, local time; absent when only the date is known. */
    readonly time?: string;
  };
  /** Indicator codes observed on the child: sorted, no repeats. */
  readonly signs: readonly IndicatorCode[];
}

/** A day from 2016 to 2026, as an ISO date. */
const isoDay = (min: string, max: string): fc.Arbitrary<string> =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((date) => date.toISOString().slice(0, 10));

const pad = (n: number): string => String(n).padStart(2, "0");

/**
 * Scenarios whose signs come from `signPool`: pass the signs at least two systems can
 * express, so that most scenarios are compared across systems. Children are aged 0 to 25
 * at the event (adults too, so that the age boundary is exercised), or of unknown age.
 */
export function scenarioArbitrary(signPool: readonly IndicatorCode[]): fc.Arbitrary<Scenario> {
  return (
    fc
      .record({
        recordNumber: fc.integer({ min: 1, max: 9999 }),
        childLetter: fc.constantFrom(..."ABCDEFGHJKLMNPQRSTUVWXYZ"),
        date: isoDay("2016-01-01", "2026-10-31"),
        minutes: fc.option(fc.integer({ min: 0, max: 24 * 60 - 1 }), { nil: undefined }),
        ageDays: fc.option(fc.integer({ min: 0, max: 25 * 366 }), { nil: undefined, freq: 6 }),
        lookedAfter: fc.boolean(),
        learningDisability: fc.boolean(),
        signs: fc.uniqueArray(fc.constantFrom(...signPool), { maxLength: 5 }),
      })
      .map(
        ({ recordNumber, childLetter, date, minutes, ageDays, lookedAfter, learningDisability, signs }) => {
          const attributes: PersonAttributeCode[] = [];
          if (learningDisability) attributes.push("learning-disability");
          if (lookedAfter) attributes.push("looked-after");
          const dateOfBirth =
            ageDays === undefined
              ? undefined
              : new Date(Date.parse(`${date}T00:00:00Z`) - ageDays * 86_400_000).toISOString().slice(0, 10);
          return {
            recordNumber,
            child: {
              ref: `CHILD-${childLetter}`,
              ...(dateOfBirth === undefined ? {} : { dateOfBirth }),
              attributes,
            },
            event: {
              date,
              ...(minutes === undefined
                ? {}
                : { time: `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}` }),
            },
            signs: [...signs].sort(),
          };
        },
      )
      // A local time in the hour skipped when the clocks go forward never happened: not a fact.
      .filter(
        ({ event }) => event.time === undefined || ukLocalDateTime(event.date, event.time) !== undefined,
      )
  );
}
