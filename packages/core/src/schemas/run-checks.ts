import type { z } from "zod";
import type { NamedCheck } from "./check.js";

/** Runs named checks inside a zod refinement, tagging each issue with its check id. */
export function runChecks<T>(checks: readonly NamedCheck<T>[], value: T, ctx: z.RefinementCtx): void {
  for (const check of checks) {
    check.run(value, (path, message) => {
      ctx.addIssue({ code: "custom", path: [...path], message, params: { check: check.id } });
    });
  }
}
