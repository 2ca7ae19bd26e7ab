import type { CompiledPolicy } from "@cse-flags/core";
import { flagExport, markersOnPerson } from "./flag-export.js";
import type { Scenario } from "./scenario.js";
import type { SystemUnderTest } from "./system.js";

/** What one system proposed for the scenario's child. */
export interface SystemMarkers {
  readonly system: SystemUnderTest["name"];
  readonly markers: readonly string[];
}

/**
 * Renders the scenario into every system that can express it, maps each export with the
 * system's adapter, evaluates it with the policy and returns the markers on the child.
 * Throws when a system renders a scenario that its own adapter then fails to map as one
 * record: that is a bug in the renderer or the adapter, not a policy difference.
 */
export async function markersInEachSystem(
  scenario: Scenario,
  systems: readonly SystemUnderTest[],
  policy: CompiledPolicy,
): Promise<SystemMarkers[]> {
  const results: SystemMarkers[] = [];
  for (const system of systems) {
    const exported = system.render(scenario);
    if (exported === undefined) continue;
    const { flagged, reconciliation } = await flagExport(system.adapter, exported, policy);
    const [only] = flagged;
    if (only === undefined || flagged.length !== 1 || reconciliation.read !== 1)
      throw new Error(`The ${system.name} export of a scenario did not map to exactly one record`);
    results.push({ system: system.name, markers: markersOnPerson(only.decision, scenario.child.ref) });
  }
  return results;
}

/** The systems whose markers differ from the first system's, or none when all agree. */
export function disagreements(results: readonly SystemMarkers[]): SystemMarkers[] {
  const [first, ...rest] = results;
  if (first === undefined) return [];
  const key = (markers: readonly string[]): string => markers.join(" ");
  return rest.filter((r) => key(r.markers) !== key(first.markers));
}
