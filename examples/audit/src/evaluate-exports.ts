// Maps each example export with its reference adapter and evaluates every record with a
// policy: what `cse-flags audit` reads, for the tests to hold the stories to.
import { createCrimeAdapter } from "@cse-flags/adapter-crime";
import { createCustodyAdapter } from "@cse-flags/adapter-custody";
import { createIntelligenceAdapter } from "@cse-flags/adapter-intelligence";
import { type Adapter, runAdapter } from "@cse-flags/adapter-kit";
import { createMissingPersonAdapter } from "@cse-flags/adapter-missing-person";
import type { CanonicalRecord, CompiledPolicy, Decision } from "@cse-flags/core";
import type { SystemName } from "./story.js";

/** The force the README's audit command names. */
export const exampleForce = "example-force";

export const adapters: Readonly<Record<SystemName, Adapter>> = {
  crime: createCrimeAdapter({ force: exampleForce }),
  intelligence: createIntelligenceAdapter({ force: exampleForce }),
  custody: createCustodyAdapter({ force: exampleForce }),
  "missing-person": createMissingPersonAdapter({ force: exampleForce }),
};

export interface EvaluatedRecord {
  readonly system: SystemName;
  readonly record: CanonicalRecord;
  readonly decision: Decision;
}

export interface EvaluatedExport {
  readonly records: readonly EvaluatedRecord[];
  /** Rows the adapter rejected: the example must have none. */
  readonly rejected: number;
}

/** One export mapped with its system's adapter, every mapped record evaluated. */
export async function evaluateExport(
  system: SystemName,
  text: string,
  policy: CompiledPolicy,
): Promise<EvaluatedExport> {
  const records: EvaluatedRecord[] = [];
  let rejected = 0;
  for await (const event of runAdapter(adapters[system], text, { format: "csv" })) {
    if (event.type === "mapped")
      records.push({ system, record: event.record, decision: policy.evaluate(event.record) });
    else if (event.type === "rejected") rejected += 1;
  }
  return { records, rejected };
}
