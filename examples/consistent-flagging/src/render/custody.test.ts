import { runAdapter } from "@cse-flags/adapter-kit";
import { type CanonicalRecord, type IndicatorCode, ukLocalDateTime } from "@cse-flags/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Scenario, scenarioArbitrary } from "../scenario.js";
import { custodySystem, paceJuvenile } from "./custody.js";

async function mapRendered(scenario: Scenario): Promise<CanonicalRecord[]> {
  const exported = custodySystem.render(scenario);
  if (exported === undefined) throw new Error("expected the scenario to render");
  const records: CanonicalRecord[] = [];
  for await (const event of runAdapter(custodySystem.adapter, exported.text, { format: exported.format })) {
    if (event.type === "rejected")
      throw new Error(`rejected: ${event.issues.map((i) => i.reason ?? i.code)}`);
    if (event.type === "mapped") records.push(event.record);
  }
  return records;
}

const scenario = (changes: Partial<Scenario> = {}): Scenario => ({
  recordNumber: 1,
  child: { ref: "CHILD-A", dateOfBirth: "2011-09-02", attributes: ["looked-after"] },
  event: { date: "2026-03-20", time: "22:00" },
  signs: ["associates-with-older-adults", "exchange-gifts", "missing-from-home-or-care"],
  ...changes,
});

describe("the custody system's render", () => {
  it("writes a record that maps to the child with exactly the scenario's signs, attributes and date of birth", async () => {
    const signs = [...custodySystem.expressibleSigns];
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary(signs), async (s) => {
        fc.pre(custodySystem.render(s) !== undefined);
        const records = await mapRendered(s);
        expect(records).toHaveLength(1);
        const [record] = records;
        const child = record?.persons.find((p) => p.ref === s.child.ref);
        expect(record?.persons).toHaveLength(1);
        expect(child?.roles).toEqual(["detainee"]);
        expect(child?.dateOfBirth).toBe(s.child.dateOfBirth);
        expect(child?.attributes).toEqual(s.child.attributes);
        expect(record?.indicators.every((i) => i.personRef === s.child.ref)).toBe(true);
        expect(record?.indicators.map((i) => i.code).sort()).toEqual(s.signs);
        expect(record?.event.start.slice(0, 16)).toBe(`${s.event.date}T${s.event.time}`);
        // Juvenile as PACE gives it on the day, unknown with no date of birth.
        const juvenile =
          s.child.dateOfBirth === undefined ? undefined : paceJuvenile(s.child.dateOfBirth, s.event.date);
        expect(record?.custody?.juvenile).toBe(juvenile);
        expect(record?.offences.every((o) => o.homeOffice?.code === "46")).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it("declines only a sign it has no question for, an arrival without a time, or one that does not exist", () => {
    expect(custodySystem.render(scenario())).toBeDefined();
    expect(custodySystem.render(scenario({ event: { date: "2026-03-20" } }))).toBeUndefined();
    // 01:30 on 29 March 2026 was skipped: the clocks went from 01:00 to 02:00.
    expect(custodySystem.render(scenario({ event: { date: "2026-03-29", time: "01:30" } }))).toBeUndefined();
    expect(
      custodySystem.render(scenario({ signs: ["looked-after-child" as IndicatorCode] })),
    ).toBeUndefined();
    // With signs it can express, only the time decides.
    fc.assert(
      fc.property(scenarioArbitrary([...custodySystem.expressibleSigns]), (s) => {
        const timed = s.event.time !== undefined && ukLocalDateTime(s.event.date, s.event.time) !== undefined;
        expect(custodySystem.render(s) !== undefined).toBe(timed);
      }),
    );
  });

  it("expresses with an equivalent question every sign the golden children have", () => {
    for (const sign of [
      "missing-from-home-or-care",
      "exchange-gifts",
      "exchange-money",
      "associates-with-older-adults",
      "drug-supply",
      "found-out-of-area",
      "online-grooming",
      "staying-out-late",
      "multiple-phones-or-sims",
    ] as const)
      expect(custodySystem.expressibleSigns.has(sign), sign).toBe(true);
    // Mapped by a narrower question only, or not at all: not expressible.
    expect(custodySystem.expressibleSigns.has("looked-after-child")).toBe(false);
  });

  it("records juvenile status by the PACE rule of the day, either side of 26 October 2015", async () => {
    const seventeen = { ref: "CHILD-B", dateOfBirth: "1998-01-01", attributes: [] } as const;
    const before = await mapRendered(
      scenario({ child: seventeen, event: { date: "2015-10-25", time: "23:50" } }),
    );
    expect(before[0]?.custody).toMatchObject({ juvenile: false, appropriateAdult: false });
    const after = await mapRendered(
      scenario({ child: seventeen, event: { date: "2015-10-26", time: "00:10" } }),
    );
    expect(after[0]?.custody).toMatchObject({ juvenile: true, appropriateAdult: true });
    const unknownAge = await mapRendered(scenario({ child: { ref: "CHILD-E", attributes: [] } }));
    expect(unknownAge[0]?.custody).toEqual({ personRef: "CHILD-E", arrivedAt: "2026-03-20T22:00:00+00:00" });
  });

  it("asks for an appropriate adult for an adult with a learning disability, as PACE does for a vulnerable adult", async () => {
    const adult = { ref: "CHILD-D", dateOfBirth: "2000-02-14", attributes: ["learning-disability"] } as const;
    const [record] = await mapRendered(scenario({ child: adult }));
    expect(record?.custody).toMatchObject({ juvenile: false, appropriateAdult: true });
  });
});
