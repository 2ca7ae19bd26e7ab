import { AdapterKitError, kitIssue } from "./issue.js";

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Options as given: `undefined` is no options, an object is used as is, and anything else
 * (`null`, a string, an array) throws `AdapterKitError`, rather than a `TypeError` from
 * deep inside when an option is read.
 */
export function optionsObject<T extends object>(options: T | undefined, summary: string): T {
  if (options === undefined) return {} as T;
  if (!isPlainObject(options))
    throw new AdapterKitError(summary, [kitIssue([], "invalid_options", "Expected an options object")]);
  return options;
}
