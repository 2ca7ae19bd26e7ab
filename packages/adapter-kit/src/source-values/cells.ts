import { z } from "zod";

/**
 * zod schemas for the cells police exports are made of, for use in an adapter's source
 * schema. They check the shape only; `fromUkDate`, `fromUkDateTime` and `fromYesNo` turn a
 * cell into a value in `map`, which rejects a well-shaped but impossible date (31/02/2026).
 * Each accepts the blank cell (`""`) when built with `{ blank: true }`.
 */

const ukDateShape = "(0[1-9]|[12]\\d|3[01])\\/(0[1-9]|1[0-2])\\/\\d{4}";
const timeShape = "([01]\\d|2[0-3]):[0-5]\\d(:[0-5]\\d)?";

interface CellOptions {
  /** Also accept an empty cell. */
  readonly blank?: boolean;
}

/**
 * One string schema, blank or not, so that a value of the wrong type gets "Expected string"
 * rather than a message about whichever union branch came last.
 */
const cell = (shape: string, expected: string, options: CellOptions | undefined): z.ZodString =>
  options?.blank === true
    ? z.string().regex(new RegExp(`^(${shape})?$`), `${expected}, or a blank cell`)
    : z.string().regex(new RegExp(`^${shape}$`), expected);

/** A `DD/MM/YYYY` cell. */
export const ukDateCell = (options?: CellOptions): z.ZodString =>
  cell(ukDateShape, "Expected a date as DD/MM/YYYY", options);

/** A `DD/MM/YYYY`, `DD/MM/YYYY HH:MM` or `DD/MM/YYYY HH:MM:SS` cell, in UK local time. */
export const ukDateTimeCell = (options?: CellOptions): z.ZodString =>
  cell(
    `${ukDateShape}( ${timeShape})?`,
    "Expected a date as DD/MM/YYYY, optionally with a time as HH:MM",
    options,
  );

/** A `Y`/`N` cell; with `{ blank: true }`, also a blank (not answered). */
export const yesNoCell = (options?: CellOptions): z.ZodType<"Y" | "N" | ""> =>
  options?.blank === true ? z.enum(["Y", "N", ""]) : z.enum(["Y", "N"]);
