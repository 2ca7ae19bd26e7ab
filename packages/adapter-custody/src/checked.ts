import type { Step } from "@cse-flags/adapter-kit";
import type { CustodyExportRow } from "./source-schema.js";

/** A column of the export, by name. */
export type Column = keyof CustodyExportRow & string;

/**
 * What a reading helper gives back: the value, or why the row cannot be mapped (a reason
 * code and the column at fault, never the value), which the adapter turns into a rejection.
 */
export type Checked<T> = Step<T, Column>;
