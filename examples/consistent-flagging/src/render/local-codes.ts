import type { ConceptMap } from "@cse-flags/adapter-kit";
import type { IndicatorCode } from "@cse-flags/core";

/** The relationships whose local code says exactly the indicator's fact, for the canonical record. */
const exact = ["equivalent", "source-is-narrower-than-target"] as const;

/**
 * For each indicator a system can write, the local code it writes it with. A code mapped as
 * `equivalent` or as `source-is-narrower-than-target` gives the same indicator on the
 * canonical record, so the facts the policy reads are the same either way; an equivalent
 * code is preferred, then the first in the map. Broader, related and unmapped codes never
 * stand for a sign: writing one would add or lose a fact.
 */
export function localCodeBySign(map: ConceptMap<"indicator">): ReadonlyMap<IndicatorCode, string> {
  const bySign = new Map<IndicatorCode, string>();
  for (const relationship of exact)
    for (const entry of map.entries)
      if ("target" in entry && entry.relationship === relationship && !bySign.has(entry.target))
        bySign.set(entry.target, entry.code);
  return bySign;
}
