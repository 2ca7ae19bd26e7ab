import { z } from "zod";

/**
 * zod schemas for the cells police exports are made of, for use in an adapter's source
 * schema. They check the shape only; `fromUkDate`, `fromUkDateTime` and `fromYesNo` turn a
 * cell into a value in `map`, which rejects a well-shaped but impossible date (31/02/2026).
 * Each accepts the blank cell (`""`) when built with `{ blank: true }`.
 */

const ukDateShape = /^(0[1-9]|[12]\d|3[01])\/(0[1-9]|1[0-2])\/\d{4}$/;
const ukDateTimeShape =
  /^(0[1-9]|[12]\d|3[01])\/(0[1-9]|1[0-2])\/\d{4}( ([01]\d|2[0-3]):[0-5]\d(:[0-5]\d)?)?$/;

interface CellOptions {
  /** Also accept an empty cell. */
  readonly blank?: boolean;
}

const orBlank = (schema: z.ZodString, options: CellOptions | undefined): z.ZodType<string> =>
  options?.blank === true ? z.union([schema, z.literal("")]) : schema;

/** A `DD/MM/YYYY` cell. */
export const ukDateCell = (options?: CellOptions): z.ZodType<string> =>
  orBlank(z.string().regex(ukDateShape, "Expected a date as DD/MM/YYYY"), options);

/** A `DD/MM/YYYY`, `DD/MM/YYYY HH:MM` or `DD/MM/YYYY HH:MM:SS` cell, in UK local time. */
export const ukDateTimeCell = (options?: CellOptions): z.ZodType<string> =>
  orBlank(
    z.string().regex(ukDateTimeShape, "Expected a date as DD/MM/YYYY, optionally with a time as HH:MM"),
    options,
  );

/** A `Y`/`N` cell; with `{ blank: true }`, also a blank (not answered). */
export const yesNoCell = (options?: CellOptions): z.ZodType<"Y" | "N" | ""> =>
  options?.blank === true ? z.enum(["Y", "N", ""]) : z.enum(["Y", "N"]);
