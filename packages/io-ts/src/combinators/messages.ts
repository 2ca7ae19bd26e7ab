// Messages in core's words (see core's parse/zod-issues.ts): they describe the schema, never the input.

const listLimit = 8;

/** Lists the allowed values when there are few; long code lists point to the taxonomy instead. */
export const describeValues = (values: readonly unknown[]): string =>
  values.length <= listLimit
    ? `Expected one of: ${values.map((value) => JSON.stringify(value)).join(", ")}`
    : `Expected one of the ${values.length} allowed codes (see the taxonomy)`;

export const atLeast = (n: number, unit = ""): string => `Must be at least ${n}${unit}`;
export const atMost = (n: number, unit = ""): string => `Must be at most ${n}${unit}`;

/** Patterns carry their own "Expected ..." message; anything else gets a neutral one. */
export const patternMessage = (message: string): string =>
  message.startsWith("Expected") ? message : "Does not have the expected format";
