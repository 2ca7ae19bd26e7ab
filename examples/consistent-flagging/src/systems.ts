import { crimeSystem } from "./render/crime.js";
import { custodySystem } from "./render/custody.js";
import { intelligenceSystem } from "./render/intelligence.js";
import { missingPersonSystem } from "./render/missing-person.js";
import type { SystemUnderTest } from "./system.js";

/** The four reference systems, in the order reports list them. */
export const systems: readonly SystemUnderTest[] = [
  crimeSystem,
  intelligenceSystem,
  custodySystem,
  missingPersonSystem,
];
