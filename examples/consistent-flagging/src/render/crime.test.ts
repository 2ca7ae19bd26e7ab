import { readFileSync } from "node:fs";
import type { CanonicalRecord } from "@cse-flags/core";
import { describe, expect, it } from "vitest";
import { signsEveryExportExpresses } from "../../../../test-support/required-signs.js";
import type { Scenario } from "../scenario.js";
import type { SourceExport } from "../system.js";
import { crimeSystem } from "./crime.js";
import {
  childFacts,
  expectRoundTrip,
  mapExport as mapWith,
  scenarioFacts,
  timeExists,
} from "./round-trip.js";

/** The export's records; a rejection fails the test. */
async function mapExport(exported: SourceExport): Promise<CanonicalRecord[]> {
  const { records, rejected } = await mapWith(crimeSystem, exported);
  expect(rejected).toBe(0);
  return records;
}

const childA: Scenario = {
  recordNumber: 7,
  child: { ref: "CHILD-A", dateOfBirth: "2011-09-02", attributes: ["looked-after"] },
  event: { date: "2026-03-20", time: "22:00" },
  signs: ["associates-with-older-adults", "exchange-gifts", "missing-from-home-or-care"],
};

describe("the crime system in the consistency proof", () => {
  it("expresses the signs every system must, and only signs its codes mean exactly", () => {
    for (const sign of signsEveryExportExpresses)
      expect(crimeSystem.expressibleSigns.has(sign), sign).toBe(true);
    // WEAPON is narrower than found-with-drugs-or-weapons: the sign is still expressible through DRGWPN.
    expect(crimeSystem.expressibleSigns.has("found-with-drugs-or-weapons")).toBe(true);
    // Looked-after status is an attribute in this export, not a circumstance code.
    expect(crimeSystem.expressibleSigns.has("looked-after-child")).toBe(false);
  });

  it("renders a scenario as one crime with the child as victim, holding exactly its facts", async () => {
    const exported = crimeSystem.render(childA);
    expect(exported?.format).toBe("csv");
    if (exported === undefined) return;
    const [record, ...others] = await mapExport(exported);
    expect(others).toEqual([]);
    expect(record?.source.recordId).toBe("CR-0007");
    expect(record?.event).toEqual({ start: "2026-03-20T22:00:00+00:00" });
    expect(record?.persons.find((p) => p.ref === "CHILD-A")?.roles).toEqual(["victim"]);
    expect(record?.offences).toEqual([{ homeOffice: { code: "105A" } }]);
    expect(record?.markers).toEqual([]);
    expect(record && childFacts(record, "CHILD-A")).toEqual(scenarioFacts(childA));
  });

  it("writes the event time as UK local time, and cannot write a time the clocks skipped", async () => {
    const summer = crimeSystem.render({ ...childA, event: { date: "2026-06-01", time: "09:30" } });
    expect(summer && (await mapExport(summer))[0]?.event.start).toBe("2026-06-01T09:30:00+01:00");
    const dateOnly = crimeSystem.render({ ...childA, event: { date: "2026-06-01" } });
    expect(dateOnly && (await mapExport(dateOnly))[0]?.event.start).toBe("2026-06-01");
    expect(crimeSystem.render({ ...childA, event: { date: "2026-03-29", time: "01:30" } })).toBeUndefined();
  });

  it("cannot express a sign it has no exact local code for", () => {
    const notExpressible = (["looked-after-child", "learning-disability"] as const).filter(
      (sign) => !crimeSystem.expressibleSigns.has(sign),
    );
    expect(notExpressible.length).toBeGreaterThan(0);
    for (const sign of notExpressible)
      expect(crimeSystem.render({ ...childA, signs: [sign] })).toBeUndefined();
  });

  it("maps any scenario it renders back to exactly the scenario's facts about the child", async () => {
    // Only a skipped local time stops it: every sign in the pool is expressible.
    await expectRoundTrip(crimeSystem, {
      renders: timeExists,
      also: (record, scenario) =>
        expect(record.persons.find((p) => p.ref === scenario.child.ref)?.roles).toEqual(["victim"]),
      numRuns: 200,
    });
  });
});

describe("the golden crime export", () => {
  const golden = readFileSync(new URL("../../exports/crime.csv", import.meta.url), "utf8");
  const expected = {
    "CHILD-A": {
      dateOfBirth: "2011-09-02",
      attributes: ["looked-after"],
      signs: ["associates-with-older-adults", "exchange-gifts", "missing-from-home-or-care"],
      start: "2026-03-20T22:00:00+00:00",
    },
    "CHILD-B": {
      dateOfBirth: "2009-11-30",
      attributes: [],
      signs: ["drug-supply", "found-out-of-area", "missing-from-home-or-care"],
      start: "2026-03-20T01:15:00+00:00",
    },
    "CHILD-C": {
      dateOfBirth: "2014-05-10",
      attributes: [],
      signs: ["missing-from-home-or-care", "online-grooming"],
      start: "2026-03-20T16:40:00+00:00",
    },
    "CHILD-D": {
      dateOfBirth: "2010-02-14",
      attributes: ["learning-disability"],
      signs: ["missing-from-home-or-care", "multiple-phones-or-sims", "staying-out-late"],
      start: "2026-03-20",
    },
    "CHILD-E": {
      dateOfBirth: undefined,
      attributes: [],
      signs: ["exchange-money", "missing-from-home-or-care"],
      start: "2026-03-20T19:00:00+00:00",
    },
  };

  it("holds one crime per golden child, with the listed facts and nothing else about them", async () => {
    const records = await mapExport({ format: "csv", text: golden });
    expect(records).toHaveLength(5);
    for (const [ref, facts] of Object.entries(expected)) {
      const record = records.find((r) => r.persons.some((p) => p.ref === ref && p.roles.includes("victim")));
      expect(record, ref).toBeDefined();
      if (record === undefined) continue;
      const { signs, attributes, dateOfBirth, recordLevelSigns } = childFacts(record, ref);
      expect({ dateOfBirth, attributes, signs, start: record.event.start }, ref).toEqual(facts);
      expect(recordLevelSigns, ref).toBe(0);
      expect(record.markers, ref).toEqual([]);
      expect(record.offences, ref).toEqual([{ homeOffice: { code: "105A" } }]);
    }
  });
});
