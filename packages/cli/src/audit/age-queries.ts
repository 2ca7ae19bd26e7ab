import type { AuditedRecord } from "./audit-model.js";
import { type AgeBand, ageBands } from "./audit-model.js";
import type { Appearance } from "./link-records.js";

/** The bands a linked person has across their appearances, where the record knows the age. */
export const knownBands = (
  records: readonly AuditedRecord[],
  appearances: readonly Appearance[],
): AgeBand[] =>
  appearances
    .map(({ record, person }) => records[record]?.facts.persons[person]?.ageBand ?? "unknown")
    .filter((band) => band !== "unknown");

/**
 * A known child: under 18 in at least one appearance and 18 or over in none. A person whose
 * age no record holds is not counted as a child here, so findings rest on a known age
 * (the age-unknown data-quality finding covers the rest).
 */
export function isKnownChild(bands: readonly AgeBand[]): boolean {
  return bands.length > 0 && !bands.includes("18-or-over");
}

/** The youngest band among known ones (records disagree when a date of birth was mistyped); `unknown` when none. */
export function youngestBand(bands: readonly AgeBand[]): AgeBand {
  return ageBands.find((band) => bands.includes(band)) ?? "unknown";
}
