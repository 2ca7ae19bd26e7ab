import {
  type AdapterOptions,
  type ResolvedAdapterOptions,
  resolveAdapterOptions,
} from "@cse-flags/adapter-kit";
import { type DefaultMaps, missingPersonConceptMaps } from "./concept-maps.js";

/** How to create the adapter for one force: the force, and concept maps to use instead of the defaults. */
export type MissingPersonAdapterOptions = AdapterOptions<DefaultMaps>;

/** Checked options: the force, and the concept maps with the defaults filled in. */
export type ResolvedOptions = ResolvedAdapterOptions<DefaultMaps>;

/**
 * Checks the options and fills in the default concept maps. Throws AdapterKitError naming
 * every problem by path (never quoting a value): options that are not an object, a force
 * that is not a reference, an unknown concept-map name, or a map that is invalid or targets
 * another code set.
 */
export function resolveOptions(options: unknown): ResolvedOptions {
  return resolveAdapterOptions(options, { adapter: "missing-person", defaults: missingPersonConceptMaps });
}
