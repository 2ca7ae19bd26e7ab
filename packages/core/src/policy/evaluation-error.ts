/**
 * Thrown by `evaluate` when it is handed something that is not a canonical record (for
 * example from JavaScript without types). The message names no value from the input;
 * use `evaluateInput`, or `parseRecord` first, to get the issues instead.
 */
export class RecordNotCanonicalError extends Error {
  readonly code = "record_not_canonical";

  constructor() {
    super("evaluate needs a canonical record: validate it with parseRecord, or call evaluateInput");
    this.name = "RecordNotCanonicalError";
  }
}
