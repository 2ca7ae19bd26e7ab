import { conceptsOf } from "../taxonomy/taxonomy.js";
import type { IndicatorMatch, OffenceMatch } from "./condition-schema.js";
import type { RecordFacts } from "./record-facts.js";

/** The indicator codes a match accepts, worked out from the taxonomy once. */
export function indicatorCodesOf(match: IndicatorMatch): ReadonlySet<string> {
  const codes = new Set<string>(match.codes ?? []);
  const classes = new Set<string>(match.classes ?? []);
  for (const concept of conceptsOf("indicator")) {
    if (classes.has(concept.class) || (match.exchange === true && concept.exchange === true)) {
      codes.add(concept.code);
    }
  }
  for (const code of match.except ?? []) codes.delete(code);
  return codes;
}

/** The Home Office codes and SOA sections a match accepts, worked out from the taxonomy once. */
export function offenceCodesOf(match: OffenceMatch): { homeOffice: Set<string>; soaSections: Set<string> } {
  const homeOffice = new Set<string>(match.homeOffice ?? []);
  const soaSections = new Set<string>(match.soaSections ?? []);
  const classes = new Set<string>(match.classes ?? []);
  for (const concept of conceptsOf("ho-offence"))
    if (classes.has(concept.offenceClass)) homeOffice.add(concept.code);
  for (const concept of conceptsOf("soa-section"))
    if (classes.has(concept.offenceClass)) soaSections.add(concept.code);
  return { homeOffice, soaSections };
}

/** JSON Pointers to the indicators at `indexes` whose code is in `codes`. */
export function indicatorsIn(
  facts: RecordFacts,
  indexes: Iterable<number>,
  codes: ReadonlySet<string>,
): string[] {
  const evidence: string[] = [];
  for (const i of indexes) {
    const indicator = facts.record.indicators[i];
    if (indicator && codes.has(indicator.code)) evidence.push(`/indicators/${i}/code`);
  }
  return evidence;
}
