import { describe, it } from "vitest";
import type { z } from "zod";
import { checkAdapter } from "../check-adapter.js";
import type { Adapter, ConceptMaps } from "../define-adapter.js";
import { AdapterKitError, type KitIssue, kitIssue } from "../issue.js";
import { conformanceChecks } from "./checks.js";
import { conformanceTestNames } from "./names.js";
import type { ConformanceOptions } from "./options.js";

export type { ConformanceOptions } from "./options.js";

function checkSkip(skip: ConformanceOptions["skip"]): void {
  const issues: KitIssue[] = [];
  for (const [name, reason] of Object.entries(skip ?? {})) {
    if (!(conformanceTestNames as readonly string[]).includes(name)) {
      issues.push(kitIssue(["skip", name], "invalid_options", "Not a conformance test name"));
    } else if (typeof reason !== "string" || reason.trim() === "") {
      issues.push(kitIssue(["skip", name], "invalid_options", "A skipped test needs a reason"));
    }
  }
  if (issues.length > 0) throw new AdapterKitError("Invalid conformance options", issues);
}

/**
 * Registers the conformance suite for an adapter: one vitest `describe` with a named test
 * per rule in `conformanceTestNames`, each running the rule's `conformanceChecks` function.
 * Call it at the top level of a test file. A test can be skipped only with a reason, which
 * shows in the test name.
 */
export function describeAdapterConformance<S extends z.ZodType, M extends ConceptMaps>(
  adapter: Adapter<S, M>,
  options: ConformanceOptions,
): void {
  if (typeof options !== "object" || options === null || !Array.isArray(options.fixtures)) {
    throw new AdapterKitError("Invalid conformance options", [
      kitIssue(["fixtures"], "invalid_options", "Expected { fixtures: [...] }"),
    ]);
  }
  const definition = checkAdapter(adapter);
  if (definition.length > 0) {
    // Still registered, so the suite shows the failure as its first test.
    describe("adapter conformance: an invalid adapter definition", () => {
      it("the adapter definition is valid", () =>
        conformanceChecks["the adapter definition is valid"](adapter, options));
    });
    return;
  }
  checkSkip(options.skip);
  const timeout = options.timeout ?? 60_000;
  describe(`adapter conformance: ${adapter.id}@${adapter.version}`, () => {
    for (const name of conformanceTestNames) {
      const reason = options.skip?.[name];
      if (reason !== undefined) it.skip(`${name} (skipped: ${reason})`, () => {});
      else it(name, () => conformanceChecks[name](adapter, options), timeout);
    }
  });
}
