import {
  type AdapterOptions,
  type ResolvedAdapterOptions,
  resolveAdapterOptions,
} from "@cse-flags/adapter-kit";
import { type CustodyConceptMaps, custodyConceptMaps } from "./concept-maps.js";

/** Options for `createCustodyAdapter`: the force, and concept maps that replace the defaults, by name. */
export type CustodyAdapterOptions = AdapterOptions<CustodyConceptMaps>;

/**
 * Checks the options and gives the force and the concept maps to use, or throws
 * `AdapterKitError` listing every problem (paths and codes, never the values given).
 */
export function resolveOptions(options: unknown): ResolvedAdapterOptions<CustodyConceptMaps> {
  return resolveAdapterOptions(options, { adapter: "custody", defaults: custodyConceptMaps });
}
