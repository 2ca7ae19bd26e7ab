/**
 * A mistake in how the command was called. The message says what was wrong and, where it
 * can, `hint` says what to do instead. Never carries a value read from a record.
 */
export class UsageError extends Error {
  override readonly name = "UsageError";
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** A file or stream that could not be opened, read or written. Names the path, never its contents. */
export class InputOutputError extends Error {
  override readonly name = "InputOutputError";
  constructor(
    message: string,
    readonly hint?: string,
    /** The system error code behind it, e.g. `EPIPE`, when there is one. */
    readonly code?: string,
  ) {
    super(message);
  }
}

/** A failure that is the command's own fault: reported as a bug, exit code 2. */
export class InternalError extends Error {
  override readonly name = "InternalError";
}

/** The Node error code of an error (`ENOENT`, `EPIPE`), if it has one. */
export const errorCode = (error: unknown): string | undefined =>
  typeof error === "object" && error !== null && typeof (error as { code?: unknown }).code === "string"
    ? (error as { code: string }).code
    : undefined;
