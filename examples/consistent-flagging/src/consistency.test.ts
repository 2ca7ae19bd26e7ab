import { compilePolicy, indicatorCodes, nationalPolicy, PolicyOverlay } from "@cse-flags/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { signsEveryExportExpresses } from "../../../test-support/required-signs.js";
import { disagreements, markersInEachSystem } from "./compare-systems.js";
import { scenarioArbitrary } from "./scenario.js";
import { systems } from "./systems.js";

// The product in one sentence: if two systems hold the same facts about the same child, they
// end up with the same markers. Each scenario is rendered into every system's own export
// format, mapped by that system's adapter and evaluated; the child's markers must agree. On a
// failure fast-check prints the shrunk scenario, and the assertion names the systems.

const compiled = compilePolicy(nationalPolicy);
if (!compiled.ok) throw new Error("the national policy compiles");
const national = compiled.value;

/** Signs at least two systems can express: the ones worth comparing. */
const signPool = indicatorCodes.filter(
  (code) => systems.filter((s) => s.expressibleSigns.has(code)).length >= 2,
);
const allFourPool = indicatorCodes.filter((code) => systems.every((s) => s.expressibleSigns.has(code)));

describe("the same facts about a child give the same markers in every system", () => {
  it("holds for scenarios over every sign that two or more systems can express", async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary(signPool), async (scenario) => {
        const results = await markersInEachSystem(scenario, systems, national);
        if (results.length >= 2) compared += 1;
        expect(disagreements(results), JSON.stringify(results)).toEqual([]);
      }),
      { numRuns: 300 },
    );
    // Most scenarios must be compared in two or more systems, or the proof proves little.
    expect(compared).toBeGreaterThan(150);
  });

  it("holds in all four systems when the child went missing and every sign is one all four can express", async () => {
    // Custody always records a time of arrival, so every scenario here has one.
    const missingChild = scenarioArbitrary(allFourPool)
      .filter((scenario) => scenario.event.time !== undefined)
      .map((scenario) => ({
        ...scenario,
        signs: [...new Set([...scenario.signs, "missing-from-home-or-care" as const])].sort(),
      }));
    await fc.assert(
      fc.asyncProperty(missingChild, async (scenario) => {
        const results = await markersInEachSystem(scenario, systems, national);
        expect(results.map((r) => r.system)).toEqual(systems.map((s) => s.name));
        expect(disagreements(results), JSON.stringify(results)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("has the signs every reference export must express, so that all four systems are compared", () => {
    for (const sign of signsEveryExportExpresses) expect(allFourPool, sign).toContain(sign);
  });

  it("catches a policy that decides by record kind: a custody-only rule breaks the proof", async () => {
    const overlay = PolicyOverlay.parse({
      id: "kind-specific-example",
      version: "1.0.0",
      description: "A deliberately inconsistent rule, to show the proof finds one.",
      extends: "national",
      rules: [
        {
          id: "custody-only-staying-out-late",
          version: "1.0.0",
          description: "CE for a juvenile detainee who stays out late: custody records only.",
          sources: ["published-warning-signs"],
          appliesTo: ["custody"],
          when: { person: { all: [{ juvenile: true }, { indicator: { codes: ["staying-out-late"] } }] } },
          propose: [
            {
              kind: "CE",
              subject: {
                type: "person",
                where: { all: [{ juvenile: true }, { indicator: { codes: ["staying-out-late"] } }] },
                as: "person-at-risk",
              },
              status: "suspected",
            },
          ],
        },
      ],
    });
    const kindSpecific = compilePolicy(nationalPolicy, { overlays: [overlay] });
    if (!kindSpecific.ok) throw new Error("the example overlay compiles");
    const outcome = await fc.check(
      fc.asyncProperty(scenarioArbitrary(allFourPool), async (scenario) => {
        const results = await markersInEachSystem(scenario, systems, kindSpecific.value);
        return disagreements(results).length === 0;
      }),
      { numRuns: 300, seed: 7 },
    );
    expect(outcome.failed).toBe(true);
  });
});
