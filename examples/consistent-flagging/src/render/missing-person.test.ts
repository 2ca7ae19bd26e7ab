import { readFileSync } from "node:fs";
import type { CanonicalRecord, IndicatorCode } from "@cse-flags/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signsEveryExportExpresses } from "../../../../test-support/required-signs.js";
import { type Scenario, scenarioArbitrary } from "../scenario.js";
import { missingPersonSystem } from "./missing-person.js";
import { expectRoundTrip, childFacts as factsOf, mapExport, timeExists } from "./round-trip.js";

/** What the record holds about one child, with the roles they are named in. */
function childFacts(record: CanonicalRecord, ref: string) {
  const { dateOfBirth, attributes, signs } = factsOf(record, ref);
  return {
    roles: record.persons.find((person) => person.ref === ref)?.roles,
    dateOfBirth,
    attributes,
    signs,
  };
}

const scenario = (signs: IndicatorCode[], overrides: Partial<Scenario> = {}): Scenario => ({
  recordNumber: 7,
  child: { ref: "CHILD-A", dateOfBirth: "2011-09-02", attributes: ["looked-after"] },
  event: { date: "2026-03-20", time: "22:00" },
  signs: [...signs].sort(),
  ...overrides,
});

/** Scenarios that mostly include going missing, the one sign every episode holds. */
const withGoingMissingMostly = (scenarios: fc.Arbitrary<Scenario>): fc.Arbitrary<Scenario> =>
  fc
    .tuple(scenarios, fc.nat(9))
    .map(([s, roll]) =>
      roll === 0 || s.signs.includes("missing-from-home-or-care")
        ? s
        : { ...s, signs: [...s.signs, "missing-from-home-or-care" as const].sort() },
    );

describe("the missing-person system", () => {
  it("can express every sign the consistency proof needs", () => {
    for (const sign of signsEveryExportExpresses)
      expect(missingPersonSystem.expressibleSigns.has(sign), sign).toBe(true);
    // No concern code says these: not expressible.
    expect(missingPersonSystem.expressibleSigns.has("exploited-for-third-party-gain")).toBe(false);
    expect(missingPersonSystem.expressibleSigns.has("looked-after-child")).toBe(false);
  });

  it("renders a scenario to one record holding exactly the child's dob, attributes and signs", async () => {
    await expectRoundTrip(missingPersonSystem, {
      // An episode always means the child went missing.
      renders: (s) => s.signs.includes("missing-from-home-or-care") && timeExists(s),
      scenarios: (signs) => withGoingMissingMostly(scenarioArbitrary(signs)),
      also: (record, s) =>
        expect(record.persons.map((p) => [p.ref, p.roles])).toEqual([[s.child.ref, ["missing-person"]]]),
    });
  });

  it("cannot express a scenario without going missing, nor a sign it has no equivalent code for", () => {
    expect(missingPersonSystem.render(scenario(["exchange-gifts"]))).toBeUndefined();
    expect(
      missingPersonSystem.render(scenario(["missing-from-home-or-care", "exploited-for-third-party-gain"])),
    ).toBeUndefined();
    // 01:30 on 29 March 2026 did not happen in the UK: the clocks went from 01:00 to 02:00.
    expect(
      missingPersonSystem.render(
        scenario(["missing-from-home-or-care"], { event: { date: "2026-03-29", time: "01:30" } }),
      ),
    ).toBeUndefined();
  });

  it("writes the event time as local time and each sign as its local code", () => {
    const source = missingPersonSystem.render(
      scenario(["missing-from-home-or-care", "exchange-gifts", "found-out-of-area"], {
        event: { date: "2026-06-01", time: "21:05" },
      }),
    );
    const [header, row] = source?.text.split("\n") ?? [];
    const cells = Object.fromEntries(
      (header ?? "").split(",").map((column, i) => [column, row?.split(",")[i]]),
    );
    expect(cells).toMatchObject({
      episode_ref: "MP-0007",
      reported_missing: "01/06/2026 21:05",
      person_ref: "CHILD-A",
      date_of_birth: "02/09/2011",
      looked_after: "Y",
      learning_disability: "N",
      category: "M",
      prior_episode_count: "0",
      risk_factors: "GIFTS;OOA",
    });
  });
});

describe("the golden export", () => {
  it("holds the five golden children with exactly their facts", async () => {
    const text = readFileSync(new URL("../../exports/missing-person.csv", import.meta.url), "utf8");
    const { records, rejected } = await mapExport(missingPersonSystem, { format: "csv", text });
    expect(rejected).toBe(0);
    const facts = Object.fromEntries(
      records.map((record) => {
        const ref = record.missingEpisode?.personRef ?? "";
        return [ref, { ...childFacts(record, ref), reportedAt: record.missingEpisode?.reportedAt }];
      }),
    );
    const missing = "missing-from-home-or-care";
    expect(facts).toEqual({
      "CHILD-A": {
        roles: ["missing-person"],
        dateOfBirth: "2011-09-02",
        attributes: ["looked-after"],
        signs: ["associates-with-older-adults", "exchange-gifts", missing],
        reportedAt: "2026-03-20T22:00:00+00:00",
      },
      "CHILD-B": {
        roles: ["missing-person"],
        dateOfBirth: "2009-11-30",
        attributes: [],
        signs: ["drug-supply", "found-out-of-area", missing],
        reportedAt: "2026-03-20T01:15:00+00:00",
      },
      "CHILD-C": {
        roles: ["missing-person"],
        dateOfBirth: "2014-05-10",
        attributes: [],
        signs: [missing, "online-grooming"],
        reportedAt: "2026-03-20T16:40:00+00:00",
      },
      "CHILD-D": {
        roles: ["missing-person"],
        dateOfBirth: "2010-02-14",
        attributes: ["learning-disability"],
        signs: [missing, "multiple-phones-or-sims", "staying-out-late"],
        reportedAt: "2026-03-20",
      },
      "CHILD-E": {
        roles: ["missing-person"],
        dateOfBirth: undefined,
        attributes: [],
        signs: ["exchange-money", missing],
        reportedAt: "2026-03-20T19:00:00+00:00",
      },
    });
    // Nothing else about the children: one person per record, no age stated, no earlier episodes.
    for (const record of records) {
      expect(record.persons).toHaveLength(1);
      expect(record.persons[0]).not.toHaveProperty("ageAtEvent");
      expect(record.missingEpisode?.priorEpisodeCount).toBe(0);
      expect(record.markers).toEqual([]);
    }
  });
});
