import { indicatorCodes, markerKindCodes, offenceClassCodes, type PersonRoleCode } from "@cse-flags/core";
import { isKnownChild, knownBands, youngestBand } from "./age-queries.js";
import {
  type AgeBand,
  type AuditedRecord,
  type AuditFacts,
  type AuditMarker,
  ageBands,
  type Figures,
  type Profile,
  type ProfileRow,
  type ProfileTable,
} from "./audit-model.js";
import type { Appearance, RecordLinks } from "./link-records.js";
import { counts, isCseRelated, isCseSign } from "./marker-queries.js";

/**
 * The offences behind the founding report's grooming and trafficking figures, as the
 * taxonomy codes them (../shared/DOMAIN.md section 4): grooming is Home Office 88A (sexual
 * grooming) or Sexual Offences Act 2003 s.15A (sexual communication with a child);
 * trafficking is Home Office 72 (trafficking for sexual exploitation).
 */
export const figureOffences = {
  grooming: { homeOffice: ["88A"], soaSections: ["15A"] },
  trafficking: { homeOffice: ["72"], soaSections: [] },
} as const satisfies Record<string, { homeOffice: readonly string[]; soaSections: readonly string[] }>;

type FigureOffence = (typeof figureOffences)[keyof typeof figureOffences];

const hasOffence = (facts: AuditFacts, offence: FigureOffence): boolean =>
  facts.homeOfficeCodes.some((code) => (offence.homeOffice as readonly string[]).includes(code)) ||
  facts.soaSections.some((section) => (offence.soaSections as readonly string[]).includes(section));

/** Roles that put a person under a CSE marker as the one exploiting, not the one exploited. */
const offendingRoles: ReadonlySet<PersonRoleCode> = new Set(["suspect", "offender"]);
/** Roles that say a person is the one at risk: a marker on the whole record counts them. */
const exploitedRoles: ReadonlySet<PersonRoleCode> = new Set(["victim", "person-at-risk", "missing-person"]);

/**
 * A person under a CSE marker (carried and counting, or proposed) as the one exploited: a
 * marker on them in a role other than suspect or offender (the policy also proposes CSE on
 * offenders), or a marker on the whole record when they are its victim, person at risk or
 * missing person. A detainee is counted only by a marker that names them.
 */
function underCseMarker(facts: AuditFacts, person: number): boolean {
  const roles = facts.persons[person]?.roles ?? [];
  const exploited = (m: AuditMarker): boolean => {
    if (m.kind !== "CSE") return false;
    if (m.subject.type === "record") return roles.some((role) => exploitedRoles.has(role));
    if (m.subject.type !== "person" || m.subject.person !== person) return false;
    return m.subject.role === undefined
      ? roles.some((role) => !offendingRoles.has(role))
      : !offendingRoles.has(m.subject.role);
  };
  return facts.carried.some((m) => counts(m) && exploited(m)) || facts.proposed.some(exploited);
}

/** Missing episodes of a person: their missing-person records, or more when a record counts earlier ones. */
function missingEpisodes(records: readonly AuditedRecord[], appearances: readonly Appearance[]): number {
  const episodeRecords = new Set<number>();
  let fromHistory = 0;
  for (const { record, person } of appearances) {
    const episode = records[record]?.facts.missingEpisode;
    if (episode === undefined || episode.person !== person) continue;
    episodeRecords.add(record);
    // A record's earlier episodes may be the audit's other records: the larger count, not the sum.
    fromHistory = Math.max(fromHistory, episode.priorEpisodes + 1);
  }
  return Math.max(episodeRecords.size, fromHistory);
}

/**
 * A CSE sign on the person in any record. Going missing is itself a shared exploitation
 * sign: it is left out here, or every repeat missing child would count as having one.
 */
const hasCseSignOn = (records: readonly AuditedRecord[], appearances: readonly Appearance[]): boolean =>
  appearances.some(({ record, person }) =>
    (records[record]?.facts.indicators ?? []).some(
      (i) => i.person === person && i.code !== "missing-from-home-or-care" && isCseSign(i.code),
    ),
  );

function tally(keys: Iterable<string>, into: Map<string, number> = new Map()): Map<string, number> {
  for (const key of keys) into.set(key, (into.get(key) ?? 0) + 1);
  return into;
}

/** Rows in the given order, each with its count, zero rows left out. */
const rowsInOrder = (order: readonly string[], countOf: ReadonlyMap<string, number>): ProfileRow[] =>
  order.flatMap((key) => {
    const n = countOf.get(key) ?? 0;
    return n === 0 ? [] : [{ key, counts: [n] }];
  });

const sortedKeys = (map: ReadonlyMap<string, unknown>): string[] => [...map.keys()].sort();

/**
 * The CSE problem profile: counts by marker, offence class, indicator, age band, system and
 * month, and the founding report's figures, from the audited records and their links.
 * Counts are exact here; `suppressSmallCounts` hides small ones for reports that leave the force.
 */
export function buildProfile(records: readonly AuditedRecord[], links: RecordLinks): Profile {
  const related = records.filter((r) => isCseRelated(r.facts));

  const markerRows: ProfileRow[] = markerKindCodes.map((kind) => ({
    key: kind,
    counts: [
      records.filter((r) => r.facts.carried.some((m) => m.kind === kind && counts(m))).length,
      records.filter((r) => r.facts.proposed.some((m) => m.kind === kind)).length,
    ],
  }));

  const byClass = tally(related.flatMap((r) => r.facts.offenceClasses));
  const byIndicator = tally(related.flatMap((r) => [...new Set(r.facts.indicators.map((i) => i.code))]));
  const byMonth = tally(related.map((r) => r.facts.month));
  const bySystem = tally(records.map((r) => r.place.system));
  const relatedBySystem = tally(related.map((r) => r.place.system));

  // People under a CSE marker, each once, in the youngest band any record gives them.
  const bandOfPerson = new Map<number, AgeBand>();
  links.people.forEach((appearances, i) => {
    const under = appearances.some(({ record, person }) => {
      const facts = records[record]?.facts;
      return facts !== undefined && underCseMarker(facts, person);
    });
    if (under) bandOfPerson.set(i + 1, youngestBand(knownBands(records, appearances)));
  });
  const byBand = tally(bandOfPerson.values());

  const tables: ProfileTable[] = [
    {
      id: "marker",
      title: "Markers carried and proposed",
      unit: "records",
      columns: ["carried", "proposed"],
      rows: markerRows,
    },
    {
      id: "offence-class",
      title: "Offence classes",
      unit: "CSE-related records",
      columns: ["records"],
      rows: rowsInOrder(offenceClassCodes, byClass),
    },
    {
      id: "indicator",
      title: "Indicators",
      unit: "CSE-related records",
      columns: ["records"],
      rows: rowsInOrder(indicatorCodes, byIndicator),
    },
    {
      id: "age-band",
      title: "Age bands",
      unit: "linked people under a CSE marker other than as suspect or offender, by youngest known age band",
      columns: ["people"],
      rows: rowsInOrder(ageBands, byBand),
    },
    {
      id: "system",
      title: "Systems",
      unit: "records",
      columns: ["records", "CSE-related"],
      rows: sortedKeys(bySystem).map((system) => ({
        key: system,
        counts: [bySystem.get(system) ?? 0, relatedBySystem.get(system) ?? 0],
      })),
    },
    {
      id: "month",
      title: "Months",
      unit: "CSE-related records",
      columns: ["records"],
      rows: rowsInOrder(sortedKeys(byMonth), byMonth),
    },
  ];
  return { figures: figures(records, related, links, byBand), tables };
}

function figures(
  records: readonly AuditedRecord[],
  related: readonly AuditedRecord[],
  links: RecordLinks,
  byBand: ReadonlyMap<string, number>,
): Figures {
  const casesWhere = (test: (facts: AuditFacts) => boolean): number =>
    new Set(records.flatMap((r, i) => (test(r.facts) ? [links.caseOf[i]] : []))).size;
  const groupBased = (facts: AuditFacts): boolean =>
    facts.carried.some((m) => m.kind === "CSE" && counts(m) && m.qualifiers.includes("group-based")) ||
    facts.proposed.some((m) => m.kind === "CSE" && m.qualifiers.includes("group-based"));
  const months = related.map((r) => r.facts.month).sort();
  const from = months[0];
  const to = months[months.length - 1];

  return {
    cseCases: casesWhere(isCseRelated),
    groomingCases: casesWhere((facts) => hasOffence(facts, figureOffences.grooming)),
    traffickingCases: casesWhere((facts) => hasOffence(facts, figureOffences.trafficking)),
    groupBasedCases: casesWhere(groupBased),
    // A CSE marker says the system takes the person for a child: only a known adult is left out.
    children: [...byBand].reduce((sum, [band, n]) => (band === "18-or-over" ? sum : sum + n), 0),
    repeatMissingWithIndicators: links.people.filter(
      (appearances) =>
        isKnownChild(knownBands(records, appearances)) &&
        missingEpisodes(records, appearances) >= 2 &&
        hasCseSignOn(records, appearances),
    ).length,
    ...(from === undefined || to === undefined ? {} : { period: { from, to } }),
  };
}
