import type { Step as KitStep } from "@cse-flags/adapter-kit";
import type { MissingPersonExportRow } from "./source-schema.js";

/** What a helper that reads cells returns: the value, or a rejection reason and the column at fault. */
export type Step<T> = KitStep<T, keyof MissingPersonExportRow>;
