import {
  type AdapterOptions,
  type ResolvedAdapterOptions,
  resolveAdapterOptions,
} from "@cse-flags/adapter-kit";
import { type CrimeConceptMaps, crimeConceptMaps } from "./concept-maps.js";

/** What `createCrimeAdapter` takes: the force, and concept maps to use instead of the defaults, by name. */
export type CrimeAdapterOptions = AdapterOptions<CrimeConceptMaps>;

/** Checks `createCrimeAdapter`'s options; throws `AdapterKitError` (paths and codes, no values) when they are wrong. */
export function resolveCrimeOptions(options: unknown): ResolvedAdapterOptions<CrimeConceptMaps> {
  return resolveAdapterOptions(options, { adapter: "crime", defaults: crimeConceptMaps });
}
