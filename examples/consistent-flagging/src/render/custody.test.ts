import type { CanonicalRecord, IndicatorCode } from "@cse-flags/core";
import { describe, expect, it } from "vitest";
import { signsEveryExportExpresses } from "../../../../test-support/required-signs.js";
import type { Scenario } from "../scenario.js";
import { custodySystem, paceJuvenile } from "./custody.js";
import { expectRoundTrip, mapExport, timeExists } from "./round-trip.js";

async function mapRendered(scenario: Scenario): Promise<CanonicalRecord[]> {
  const exported = custodySystem.render(scenario);
  if (exported === undefined) throw new Error("expected the scenario to render");
  const { records, rejected } = await mapExport(custodySystem, exported);
  expect(rejected).toBe(0);
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
    // With signs it can express, only the time decides: custody logs time every arrival.
    await expectRoundTrip(custodySystem, {
      renders: (s) => s.event.time !== undefined && timeExists(s),
      also: (record, s) => {
        expect(record.persons.map((p) => [p.ref, p.roles])).toEqual([[s.child.ref, ["detainee"]]]);
        // Juvenile as PACE gives it on the day, unknown with no date of birth.
        const juvenile =
          s.child.dateOfBirth === undefined ? undefined : paceJuvenile(s.child.dateOfBirth, s.event.date);
        expect(record.custody?.juvenile).toBe(juvenile);
        expect(record.offences.every((o) => o.homeOffice?.code === "46")).toBe(true);
      },
    });
  });

  it("declines only a sign it has no question for, an arrival without a time, or one that does not exist", () => {
    expect(custodySystem.render(scenario())).toBeDefined();
    expect(custodySystem.render(scenario({ event: { date: "2026-03-20" } }))).toBeUndefined();
    // 01:30 on 29 March 2026 was skipped: the clocks went from 01:00 to 02:00.
    expect(custodySystem.render(scenario({ event: { date: "2026-03-29", time: "01:30" } }))).toBeUndefined();
    expect(
      custodySystem.render(scenario({ signs: ["looked-after-child" as IndicatorCode] })),
    ).toBeUndefined();
  });

  it("expresses with an equivalent or narrower question every sign the golden children have", () => {
    for (const sign of signsEveryExportExpresses)
      expect(custodySystem.expressibleSigns.has(sign), sign).toBe(true);
    // Reported missing is narrower than going missing, which also covers coming home late:
    // it still gives the indicator, so the canonical facts are the same.
    expect(custodySystem.render(scenario({ signs: ["missing-from-home-or-care"] }))?.text).toContain(
      "MISSING,Y",
    );
    // No question says it: not expressible.
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
