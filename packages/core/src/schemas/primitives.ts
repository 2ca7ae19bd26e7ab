import { z } from "zod";

/**
 * A reference to something in a source system (a record id, a person or location
 * reference). Short and without spaces, so refs can be named in errors and logs
 * as paths and codes are.
 */
export const Ref = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:/-]{0,127}$/, "Expected a reference of letters, digits and . _ : / -");

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();

/** A date and time with a UTC offset or `Z`, e.g. `2024-03-01T18:30:00Z`. */
export const IsoDateTime = z.iso.datetime({ offset: true });

/** When only the day is known a date is enough; otherwise a date and time. */
export const Instant = z.union([IsoDate, IsoDateTime]);

/** A code from a source system's own code list, reported when it has no mapping. */
export const SourceCode = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9 ._:/()-]{0,63}$/, "Expected a source code of at most 64 characters");

/** A name for a code system, such as `force-x/crime-flags` or `ho-offence`. */
export const CodeSystemName = z
  .string()
  .regex(/^[a-z0-9][a-z0-9._:/-]{0,63}$/, "Expected a code system name in lower case");

/** A path to a field in a source record (a JSON Pointer or a column name). */
export const SourcePath = z
  .string()
  .min(1)
  .max(256)
  .regex(/^\P{Cc}*$/u, "Expected a source path without control characters");

/** The oldest age at an event a record may give, directly or through a date of birth. */
export const oldestAgeAtEvent = 130;
