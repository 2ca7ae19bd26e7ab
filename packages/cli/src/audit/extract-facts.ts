import {
  ageOn,
  type CanonicalRecord,
  calendarDate,
  canonicalizeRecord,
  conceptsOf,
  type Decision,
  type OffenceClassCode,
  type Subject,
} from "@cse-flags/core";
import type { AgeBand, AuditFacts, AuditMarker, AuditSubject, LinkConfig, LinkKey } from "./audit-model.js";
import { valuesAt } from "./pointer-values.js";

const offenceClassOrder = conceptsOf("offence-class").map((c) => c.code as OffenceClassCode);
const classOfHomeOffice = new Map(conceptsOf("ho-offence").map((c) => [c.code, c.offenceClass]));
const classOfSoaSection = new Map(conceptsOf("soa-section").map((c) => [c.code, c.offenceClass]));

/** The band of an age in whole years; `unknown` when the record holds neither a date of birth nor an age. */
export function ageBandOf(years: number | undefined): AgeBand {
  if (years === undefined) return "unknown";
  if (years < 13) return "under-13";
  if (years < 16) return "13-15";
  if (years < 18) return "16-17";
  return "18-or-over";
}

function ageAtEvent(record: CanonicalRecord, person: CanonicalRecord["persons"][number]): number | undefined {
  if (person.dateOfBirth !== undefined) return ageOn(person.dateOfBirth, record.event.start);
  return person.ageAtEvent;
}

const appliesTo = (key: LinkKey, system: string): boolean =>
  key.systems === undefined || key.systems.includes(system);

/** The key's values at `paths` in `document`, each once, without the values it ignores. */
function keyValues(key: LinkKey, document: unknown, paths: readonly string[]): string[] {
  const values = distinct(paths.flatMap((path) => valuesAt(document, path)));
  return key.ignore === undefined ? values : values.filter((value) => !key.ignore?.includes(value));
}

/** A person key's paths start `/persons/*`: the rest of each path is read from every person. */
function personKeyPaths(key: LinkKey): string[] {
  return key.paths.flatMap((path) =>
    path.startsWith("/persons/*/") ? [path.slice("/persons/*".length)] : [],
  );
}

function distinct<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

function subjectOf(
  subject: Subject,
  personIndex: ReadonlyMap<string, number>,
  record: CanonicalRecord,
): AuditSubject {
  if (subject.type === "record") return { type: "record" };
  if (subject.type === "person") {
    const person = personIndex.get(subject.ref);
    // Core's checks make a marker's person one of the record's; a record without it is treated as record-level.
    return person === undefined ? { type: "record" } : { type: "person", person, role: subject.role };
  }
  const list = subject.type === "location" ? record.locations : record.vehicles;
  return {
    type: subject.type,
    index: Math.max(
      0,
      list.findIndex((item) => item.ref === subject.ref),
    ),
  };
}

/**
 * What the audit needs of one record and its decision. Runs where the record is evaluated,
 * so only this compact form crosses threads and is held until the audit is built.
 */
export function extractAuditFacts(input: CanonicalRecord, decision: Decision, links: LinkConfig): AuditFacts {
  // The decision's evidence points into the canonical form: person, indicator and marker
  // indexes here must point into the same form (a canonical document may list them in any order).
  const record = canonicalizeRecord(input);
  const personIndex = new Map(record.persons.map((person, i) => [person.ref, i]));
  const keys = links.linkKeys.filter((key) => appliesTo(key, record.source.system));
  const personKeys = keys.filter((key) => key.entity === "person");
  const occurrenceKeys = keys.filter((key) => key.entity === "occurrence");

  const persons = record.persons.map((person) => ({
    roles: person.roles,
    ageBand: ageBandOf(ageAtEvent(record, person)),
    keys: Object.fromEntries(
      personKeys.map((key) => [key.name, keyValues(key, person, personKeyPaths(key))]),
    ),
  }));

  const classes = new Set<string>();
  for (const offence of record.offences) {
    const byHomeOffice = offence.homeOffice && classOfHomeOffice.get(offence.homeOffice.code);
    const bySection = offence.soaSection && classOfSoaSection.get(offence.soaSection);
    if (byHomeOffice) classes.add(byHomeOffice);
    if (bySection) classes.add(bySection);
  }

  // In the record's order, so `/markers/<i>` points at carried marker i.
  const carried: AuditMarker[] = record.markers.map((marker) => ({
    kind: marker.kind,
    qualifiers: marker.qualifiers,
    subject: subjectOf(marker.subject, personIndex, record),
    ...(marker.status === undefined ? {} : { status: marker.status }),
    rules: [],
    evidence: [],
  }));
  const proposed: AuditMarker[] = decision.proposals.map((proposal) => ({
    kind: proposal.kind,
    qualifiers: proposal.qualifiers,
    subject: subjectOf(proposal.subject, personIndex, record),
    rules: distinct(proposal.rules.map((rule) => `${rule.layer}/${rule.id}`)),
    evidence: proposal.evidence,
  }));

  const episode = record.missingEpisode;
  const episodePerson = episode === undefined ? undefined : personIndex.get(episode.personRef);
  return {
    kind: record.kind,
    system: record.source.system,
    recordId: record.source.recordId,
    month: calendarDate(record.event.start).slice(0, 7),
    persons,
    offenceClasses: offenceClassOrder.filter((code) => classes.has(code)),
    homeOfficeCodes: distinct(record.offences.flatMap((o) => (o.homeOffice ? [o.homeOffice.code] : []))),
    soaSections: distinct(record.offences.flatMap((o) => (o.soaSection ? [o.soaSection] : []))),
    indicators: record.indicators.map((indicator) => {
      const person = indicator.personRef === undefined ? undefined : personIndex.get(indicator.personRef);
      return person === undefined ? { code: indicator.code } : { code: indicator.code, person };
    }),
    carried,
    proposed,
    dataQuality: decision.dataQuality.map((note) => ({ code: note.code, path: note.path })),
    unmappedCodes: record.unmappedCodes.map((code, i) => ({
      system: code.system,
      path: `/unmappedCodes/${i}`,
    })),
    occurrenceKeys: Object.fromEntries(
      occurrenceKeys.map((key) => [key.name, keyValues(key, record, key.paths)]),
    ),
    ...(episode === undefined || episodePerson === undefined
      ? {}
      : {
          missingEpisode: {
            person: episodePerson,
            priorEpisodes: Math.max(episode.priorEpisodeCount ?? 0, episode.priorEpisodes?.length ?? 0),
          },
        }),
  };
}
