import { type CrimeAdapterOptions, createCrimeAdapter } from "@cse-flags/adapter-crime";
import { type CustodyAdapterOptions, createCustodyAdapter } from "@cse-flags/adapter-custody";
import { createIntelligenceAdapter, type IntelligenceAdapterOptions } from "@cse-flags/adapter-intelligence";
import type { Adapter, ConceptMap } from "@cse-flags/adapter-kit";
import {
  createMissingPersonAdapter,
  type MissingPersonAdapterOptions,
} from "@cse-flags/adapter-missing-person";

/** What the command passes an adapter factory: the force, and any concept maps given with `--concept-map`. */
export interface FactoryOptions {
  readonly force: string;
  readonly conceptMaps?: Readonly<Record<string, ConceptMap>>;
}

/** Builds an adapter; throws `AdapterKitError` for options it refuses. */
export type AdapterFactory = (options: FactoryOptions) => Adapter;

export interface BundledAdapter {
  readonly create: AdapterFactory;
  /** One line for `--help` and the unknown-adapter message. */
  readonly reads: string;
}

// Each factory checks its own options at run time (resolveAdapterOptions), concept-map
// names and targets included, so passing the maps on as the factory's own type is safe.
export const bundledAdapters: Readonly<Record<string, BundledAdapter>> = {
  crime: {
    create: (options) => createCrimeAdapter(options as CrimeAdapterOptions),
    reads: "crime-record exports (docs/formats/crime.md)",
  },
  intelligence: {
    create: (options) => createIntelligenceAdapter(options as IntelligenceAdapterOptions),
    reads: "intelligence-report exports (docs/formats/intelligence.md)",
  },
  custody: {
    create: (options) => createCustodyAdapter(options as CustodyAdapterOptions),
    reads: "custody-record exports (docs/formats/custody.md)",
  },
  "missing-person": {
    create: (options) => createMissingPersonAdapter(options as MissingPersonAdapterOptions),
    reads: "missing-person episode exports (docs/formats/missing-person.md)",
  },
};

export const bundledAdapterIds: readonly string[] = Object.keys(bundledAdapters);
