import { crimeGenerator } from "./crime.js";
import { custodyGenerator } from "./custody.js";
import { intelligenceGenerator } from "./intelligence.js";
import { missingPersonGenerator } from "./missing-person.js";
import type { SystemGenerator } from "./system.js";

export type { SystemGenerator } from "./system.js";

/** Every system the generator writes exports for, by the adapter id that reads them. */
export const generators: Readonly<Record<SystemGenerator["system"], SystemGenerator>> = {
  crime: crimeGenerator,
  intelligence: intelligenceGenerator,
  custody: custodyGenerator,
  "missing-person": missingPersonGenerator,
};

export type SystemName = SystemGenerator["system"];
export const systemNames = Object.keys(generators) as SystemName[];
