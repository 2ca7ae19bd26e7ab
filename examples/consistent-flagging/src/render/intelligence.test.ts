import { readFileSync } from "node:fs";
import { runAdapter } from "@cse-flags/adapter-kit";
import { indicatorCodes } from "@cse-flags/core";
import { describe, expect, it } from "vitest";
import { signsEveryExportExpresses } from "../../../../test-support/required-signs.js";
import type { Scenario } from "../scenario.js";
import { intelligenceSystem } from "./intelligence.js";
import { expectRoundTrip, timeExists } from "./round-trip.js";

describe("the intelligence system in the consistency proof", () => {
  it("renders a scenario as one report whose child has exactly the scenario's facts", async () => {
    await expectRoundTrip(intelligenceSystem, {
      renders: timeExists,
      also: (record, scenario) => {
        expect(record.persons.map((p) => [p.ref, p.roles])).toEqual([
          [scenario.child.ref, ["person-at-risk"]],
        ]);
        // Nothing that would change the child's markers besides the facts.
        expect(record.intelligence).toEqual({
          grading: { scheme: "3x5x2", source: "2", intelligence: "B", handling: "P" },
          operations: [],
        });
        expect(record.markers).toEqual([]);
        expect(record.unmappedCodes).toEqual([]);
      },
      numRuns: 200,
    });
  });

  it("answers Y for each attribute the child has and leaves the others blank, never N", () => {
    // A scenario lists what the child is; an N would add a fact it does not hold.
    const cellsOf = (scenario: Scenario): Map<string, string> => {
      const [header = "", row = ""] = intelligenceSystem.render(scenario)?.text.split("\n") ?? [];
      const values = row.split(",");
      return new Map(header.split(",").map((column, i) => [column, values[i] ?? ""]));
    };
    const base: Scenario = {
      recordNumber: 1,
      child: { ref: "CHILD-A", attributes: [] },
      event: { date: "2026-03-20" },
      signs: ["missing-from-home-or-care"],
    };
    const none = cellsOf(base);
    expect([none.get("subject_1_looked_after"), none.get("subject_1_learning_disability")]).toEqual(["", ""]);
    const both = cellsOf({
      ...base,
      child: { ...base.child, attributes: ["learning-disability", "looked-after"] },
    });
    expect([both.get("subject_1_looked_after"), both.get("subject_1_learning_disability")]).toEqual([
      "Y",
      "Y",
    ]);
  });

  it("expresses the signs every reference export must, and says when it cannot express one", () => {
    for (const sign of signsEveryExportExpresses)
      expect(intelligenceSystem.expressibleSigns.has(sign), sign).toBe(true);
    const missing = indicatorCodes.filter((code) => !intelligenceSystem.expressibleSigns.has(code));
    // Looked-after status and learning disability are person attributes in this export.
    expect(missing).toEqual(["looked-after-child", "learning-disability"]);
    const scenario: Scenario = {
      recordNumber: 1,
      child: { ref: "CHILD-A", attributes: [] },
      event: { date: "2026-03-20" },
      signs: ["looked-after-child", "missing-from-home-or-care"],
    };
    expect(intelligenceSystem.render(scenario)).toBeUndefined();
  });
});

describe("exports/intelligence.csv", () => {
  it("holds the golden children, one report each, with exactly their facts", async () => {
    const text = readFileSync(new URL("../../exports/intelligence.csv", import.meta.url), "utf8");
    // Only the listed facts: a Y for each attribute a child has, the rest not answered.
    const [header = "", ...rows] = text.trim().split("\n");
    const answers = ["subject_1_looked_after", "subject_1_learning_disability"].map((c) =>
      header.split(",").indexOf(c),
    );
    for (const row of rows) for (const i of answers) expect(["Y", ""]).toContain(row.split(",")[i]);
    const children: Record<string, unknown>[] = [];
    for await (const event of runAdapter(intelligenceSystem.adapter, text, { format: "csv" })) {
      expect(event.type).not.toBe("rejected");
      if (event.type !== "mapped") continue;
      const { record } = event;
      expect(record.persons).toHaveLength(1);
      expect(record.intelligence?.operations).toEqual([]);
      expect(record.intelligence?.grading?.intelligence).not.toBe("E");
      expect(record.markers).toEqual([]);
      expect(record.unmappedCodes).toEqual([]);
      const [child] = record.persons;
      children.push({
        ...child,
        event: record.event.start,
        signs: record.indicators.filter((i) => i.personRef === child?.ref).map((i) => i.code),
      });
    }
    // The facts listed for each golden child (all synthetic), as the canonical record holds them.
    expect(children).toEqual([
      {
        ref: "CHILD-A",
        roles: ["person-at-risk"],
        dateOfBirth: "2011-09-02",
        attributes: ["looked-after"],
        event: "2026-03-20T22:00:00+00:00",
        signs: ["associates-with-older-adults", "exchange-gifts", "missing-from-home-or-care"],
      },
      {
        ref: "CHILD-B",
        roles: ["person-at-risk"],
        dateOfBirth: "2009-11-30",
        attributes: [],
        event: "2026-03-20T01:15:00+00:00",
        signs: ["drug-supply", "found-out-of-area", "missing-from-home-or-care"],
      },
      {
        ref: "CHILD-C",
        roles: ["person-at-risk"],
        dateOfBirth: "2014-05-10",
        attributes: [],
        event: "2026-03-20T16:40:00+00:00",
        signs: ["missing-from-home-or-care", "online-grooming"],
      },
      {
        ref: "CHILD-D",
        roles: ["person-at-risk"],
        dateOfBirth: "2010-02-14",
        attributes: ["learning-disability"],
        event: "2026-03-20",
        signs: ["missing-from-home-or-care", "multiple-phones-or-sims", "staying-out-late"],
      },
      {
        ref: "CHILD-E",
        roles: ["person-at-risk"],
        attributes: [],
        event: "2026-03-20T19:00:00+00:00",
        signs: ["exchange-money", "missing-from-home-or-care"],
      },
    ]);
  });
});
