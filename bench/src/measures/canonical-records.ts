import { createCrimeAdapter } from "@cse-flags/adapter-crime";
import { mapSourceRecord } from "@cse-flags/adapter-kit";
import type { CanonicalRecord } from "@cse-flags/core";
import { crimeGenerator } from "../generators/crime.js";
import { createRandom } from "../random.js";

export interface CanonicalSample {
  /** Each record as the JSON text a file or a queue would hold. */
  readonly texts: readonly string[];
  /** The same records as parsed JSON values: what `parseRecord` is given. */
  readonly values: readonly unknown[];
}

/**
 * Canonical records for the per-record benchmarks: generated crime rows mapped by the crime
 * adapter (rejected rows dropped), so the mix of relevant and ordinary records is realistic.
 */
export function canonicalSample(count: number, seed: number): CanonicalSample {
  const adapter = createCrimeAdapter({ force: "bench-force" });
  const random = createRandom(seed);
  const texts: string[] = [];
  for (let index = 0; texts.length < count; index += 1) {
    const outcome = mapSourceRecord(adapter, crimeGenerator.row(random, index));
    if (outcome.status === "mapped") texts.push(JSON.stringify(outcome.record satisfies CanonicalRecord));
  }
  return { texts, values: texts.map((text) => JSON.parse(text) as unknown) };
}
