import type { CanonicalRecord } from "../schemas/canonical-record.js";

/** Compares keys part by part, by UTF-16 code units: the same order on every machine and locale. */
export function compareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const left = a[i] ?? "";
    const right = b[i] ?? "";
    if (left !== right) return left < right ? -1 : 1;
  }
  return 0;
}

const sortedBy = <T>(items: readonly T[], key: (item: T) => readonly string[]): T[] =>
  items
    .map((item) => ({ item, key: key(item) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ item }) => item);

const sortedStrings = <T extends string>(items: readonly T[]): T[] => sortedBy(items, (item) => [item]);

/**
 * The record with every list the policy reads in one fixed order: persons,
 * locations and vehicles by reference; offences and indicators by their codes;
 * roles, attributes, operations and earlier missing episodes sorted too. The keys
 * cover every field, so items that tie are identical and the order is total.
 *
 * `evaluate` works on this form, so evidence paths such as `/persons/0/dateOfBirth`
 * point into it, and a decision does not depend on the order a source system
 * listed things in. Adapters built with the adapter kit emit records in this form.
 */
export function canonicalizeRecord(record: CanonicalRecord): CanonicalRecord {
  const canonical: CanonicalRecord = {
    ...record,
    persons: sortedBy(record.persons, (person) => [person.ref]).map((person) => ({
      ...person,
      roles: sortedStrings(person.roles),
      attributes: sortedStrings(person.attributes),
    })),
    offences: sortedBy(record.offences, (offence) => [
      offence.homeOffice?.code ?? "",
      offence.homeOffice?.subcode ?? "",
      offence.soaSection ?? "",
      offence.cjsCode ?? "",
      offence.ref ?? "",
    ]),
    indicators: sortedBy(record.indicators, (indicator) => [
      indicator.code,
      indicator.personRef ?? "",
      indicator.sourcePath,
      indicator.observedAt ?? "",
    ]),
    locations: sortedBy(record.locations, (location) => [location.ref]),
    vehicles: sortedBy(record.vehicles, (vehicle) => [vehicle.ref]),
  };
  if (record.intelligence) {
    canonical.intelligence = {
      ...record.intelligence,
      operations: sortedStrings(record.intelligence.operations),
    };
  }
  const episode = record.missingEpisode;
  if (episode?.priorEpisodes) {
    canonical.missingEpisode = {
      ...episode,
      priorEpisodes: sortedBy(episode.priorEpisodes, (prior) => [prior.reportedAt]),
    };
  }
  return canonical;
}
