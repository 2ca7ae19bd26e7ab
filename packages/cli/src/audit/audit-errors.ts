/** Audit options that cannot go together. The message names options only, never a value. */
export class AuditOptionsError extends Error {
  override readonly name = "AuditOptionsError";
}
