import {
  type AdapterOptions,
  type ResolvedAdapterOptions,
  resolveAdapterOptions,
} from "@cse-flags/adapter-kit";
import { type IntelligenceConceptMaps, intelligenceConceptMaps } from "./concept-maps.js";

/** What `createIntelligenceAdapter` takes: the force, and concept maps to use instead of the defaults (`intelligenceConceptMaps`). */
export type IntelligenceAdapterOptions = AdapterOptions<IntelligenceConceptMaps>;

/**
 * Checks the options and fills in the default concept maps. Throws `AdapterKitError` naming
 * every problem by path (never a value): a force that is not a reference, a concept map
 * name the adapter does not use, a map that is invalid or targets the wrong code set.
 */
export function resolveOptions(options: unknown): ResolvedAdapterOptions<IntelligenceConceptMaps> {
  return resolveAdapterOptions(options, { adapter: "intelligence", defaults: intelligenceConceptMaps });
}
