import { calendarDate } from "../dates.js";
import type { CanonicalRecord } from "../schemas/canonical-record.js";
import { conceptsOf, getConcept } from "../taxonomy/taxonomy.js";
import type {
  Condition,
  Count,
  GradingMatch,
  Headings,
  IndicatorMatch,
  OffenceMatch,
  PersonCondition,
} from "./condition-schema.js";
import type { RecordFacts } from "./record-facts.js";

/**
 * Three-valued truth: `undefined` means unknown (the record lacks a fact the test
 * needs). Only `true` satisfies a rule; `not` keeps unknown unknown, so a missing
 * age can never count as "not a child" either.
 */
export type Truth = boolean | undefined;

/** A test's truth and, when true, the JSON Pointers of the facts that made it so. */
export interface Verdict {
  readonly truth: Truth;
  readonly evidence: readonly string[];
}

export type RecordTest = (facts: RecordFacts) => Verdict;
export type PersonTest = (facts: RecordFacts, person: number) => Verdict;

/** Parameter values after overlays, by name. Checked to exist with the right type before compiling. */
export type ParameterValues = ReadonlyMap<string, number | readonly string[]>;

const FALSE: Verdict = { truth: false, evidence: [] };
const UNKNOWN: Verdict = { truth: undefined, evidence: [] };
const TRUE_WITHOUT_EVIDENCE: Verdict = { truth: true, evidence: [] };
const found = (evidence: readonly string[]): Verdict =>
  evidence.length > 0 ? { truth: true, evidence } : FALSE;

const msPerDay = 86_400_000;
const daysBetween = (earlier: string, later: string): number =>
  Math.round((Date.parse(calendarDate(later)) - Date.parse(calendarDate(earlier))) / msPerDay);

function countOf(count: Count, parameters: ParameterValues): number {
  if (typeof count === "number") return count;
  const value = parameters.get(count.param);
  return typeof value === "number" ? value : 0;
}

function headingsOf(headings: Headings, parameters: ParameterValues): ReadonlySet<string> {
  if (Array.isArray(headings)) return new Set(headings);
  const value = parameters.get(headings.param);
  return new Set(Array.isArray(value) ? value : []);
}

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

type Grading = NonNullable<NonNullable<CanonicalRecord["intelligence"]>["grading"]>;

const isSuspectedFalse = (grading: Grading): boolean =>
  grading.scheme === "5x5x5"
    ? getConcept("grading-5x5x5-intelligence", grading.intelligence)?.suspectedFalse === true
    : getConcept("grading-3x5x2-intelligence", grading.intelligence)?.suspectedFalse === true;

function gradingTest(match: GradingMatch): (grading: Grading) => boolean {
  if ("suspectedFalse" in match) return isSuspectedFalse;
  const accepted = new Set<string>(match.intelligence);
  return (grading) => grading.scheme === match.scheme && accepted.has(grading.intelligence);
}

/** PACE Code C treated 17-year-olds as adults in custody until this day. */
const seventeenAsJuvenileFrom = "2015-10-26";

/**
 * Whether the custody record says this person is a juvenile (under 18), when it says so
 * for them. Before 26 October 2015 "not a juvenile" included 17-year-olds, so it says
 * nothing about being under 18 then.
 */
function custodyJuvenileFlag(facts: RecordFacts, p: number): boolean | undefined {
  const custody = facts.record.custody;
  if (custody?.juvenile === undefined || custody.personRef !== facts.record.persons[p]?.ref) return undefined;
  if (!custody.juvenile && calendarDate(facts.record.event.start) < seventeenAsJuvenileFrom) return undefined;
  return custody.juvenile;
}

/** All: false as soon as one test is false; else unknown if any is unknown; else true with all evidence. */
function allOf<A extends unknown[]>(tests: ((...args: A) => Verdict)[]): (...args: A) => Verdict {
  return (...args) => {
    let unknown = false;
    const evidence: string[] = [];
    for (const test of tests) {
      const verdict = test(...args);
      if (verdict.truth === false) return FALSE;
      if (verdict.truth === undefined) unknown = true;
      else evidence.push(...verdict.evidence);
    }
    return unknown ? UNKNOWN : { truth: true, evidence };
  };
}

/** Any: true if one test is true (with the evidence of every true one); else unknown if any is unknown. */
function anyOf<A extends unknown[]>(tests: ((...args: A) => Verdict)[]): (...args: A) => Verdict {
  return (...args) => {
    let unknown = false;
    let truth = false;
    const evidence: string[] = [];
    for (const test of tests) {
      const verdict = test(...args);
      if (verdict.truth === true) {
        truth = true;
        evidence.push(...verdict.evidence);
      } else if (verdict.truth === undefined) unknown = true;
    }
    return truth ? { truth: true, evidence } : unknown ? UNKNOWN : FALSE;
  };
}

/** Not: swaps true and false, keeps unknown. A negated test gives no evidence: absence has no path. */
function negate<A extends unknown[]>(test: (...args: A) => Verdict): (...args: A) => Verdict {
  return (...args) => {
    const { truth } = test(...args);
    return truth === undefined ? UNKNOWN : truth ? FALSE : TRUE_WITHOUT_EVIDENCE;
  };
}

function indicatorsIn(facts: RecordFacts, indexes: Iterable<number>, codes: ReadonlySet<string>): string[] {
  const evidence: string[] = [];
  for (const i of indexes) {
    const indicator = facts.record.indicators[i];
    if (indicator && codes.has(indicator.code)) evidence.push(`/indicators/${i}/code`);
  }
  return evidence;
}

/** Turns a checked person condition into a test of one person (by index in `record.persons`). */
export function compilePersonCondition(condition: PersonCondition, parameters: ParameterValues): PersonTest {
  if ("all" in condition) return allOf(condition.all.map((c) => compilePersonCondition(c, parameters)));
  if ("any" in condition) return anyOf(condition.any.map((c) => compilePersonCondition(c, parameters)));
  if ("not" in condition) return negate(compilePersonCondition(condition.not, parameters));
  if ("role" in condition) {
    const roles = new Set<string>(condition.role);
    return (facts, p) => {
      const roleList = facts.record.persons[p]?.roles ?? [];
      return found(roleList.flatMap((role, r) => (roles.has(role) ? [`/persons/${p}/roles/${r}`] : [])));
    };
  }
  if ("age" in condition) {
    const under = condition.age.under === undefined ? undefined : countOf(condition.age.under, parameters);
    const atLeast =
      condition.age.atLeast === undefined ? undefined : countOf(condition.age.atLeast, parameters);
    return (facts, p) => {
      const age = facts.ageOf(p);
      if (!age) {
        facts.note("age-unknown", `/persons/${p}`);
        return UNKNOWN;
      }
      if (under !== undefined && !(age.years < under)) return FALSE;
      if (atLeast !== undefined && !(age.years >= atLeast)) return FALSE;
      return { truth: true, evidence: age.evidence };
    };
  }
  if ("juvenile" in condition) {
    const wanted = condition.juvenile;
    return (facts, p) => {
      const age = facts.ageOf(p);
      const flag = custodyJuvenileFlag(facts, p);
      if (age) {
        const juvenile = age.years < 18;
        if (flag !== undefined && flag !== juvenile)
          facts.note("juvenile-flag-conflicts-with-age", "/custody/juvenile");
        return juvenile === wanted ? { truth: true, evidence: age.evidence } : FALSE;
      }
      if (flag !== undefined)
        return flag === wanted ? { truth: true, evidence: ["/custody/juvenile"] } : FALSE;
      facts.note("age-unknown", `/persons/${p}`);
      return UNKNOWN;
    };
  }
  if ("attribute" in condition) {
    const attributes = new Set<string>(condition.attribute);
    const linkedIndicators = new Set<string>();
    for (const attribute of condition.attribute) {
      const indicator = getConcept("person-attribute", attribute)?.indicator;
      if (indicator !== undefined) linkedIndicators.add(indicator);
    }
    return (facts, p) => {
      const person = facts.record.persons[p];
      if (!person) return FALSE;
      const evidence = person.attributes.flatMap((attribute, a) =>
        attributes.has(attribute) ? [`/persons/${p}/attributes/${a}`] : [],
      );
      evidence.push(...indicatorsIn(facts, facts.indicatorsByPerson.get(person.ref) ?? [], linkedIndicators));
      return found(evidence);
    };
  }
  if ("indicator" in condition) {
    const codes = indicatorCodesOf(condition.indicator);
    const includeRecordLevel = condition.indicator.includeRecordLevel === true;
    return (facts, p) => {
      const ref = facts.record.persons[p]?.ref;
      const own = ref === undefined ? [] : (facts.indicatorsByPerson.get(ref) ?? []);
      const evidence = indicatorsIn(facts, own, codes);
      if (includeRecordLevel) evidence.push(...indicatorsIn(facts, facts.recordLevelIndicators, codes));
      return found(evidence);
    };
  }
  const needed = countOf(condition.missingEpisodes.atLeast, parameters);
  const window = countOf(condition.missingEpisodes.withinDays, parameters);
  return (facts, p) => {
    const episode = facts.record.missingEpisode;
    if (!episode || episode.personRef !== facts.record.persons[p]?.ref) return FALSE;
    const evidence = ["/missingEpisode/reportedAt"];
    (episode.priorEpisodes ?? []).forEach((prior, i) => {
      const days = daysBetween(prior.reportedAt, episode.reportedAt);
      if (days >= 0 && days <= window) evidence.push(`/missingEpisode/priorEpisodes/${i}/reportedAt`);
    });
    if (evidence.length >= needed) return { truth: true, evidence };
    // A count without dates cannot say whether earlier episodes fall in the window.
    const undated = (episode.priorEpisodeCount ?? 0) - (episode.priorEpisodes?.length ?? 0);
    if (undated > 0 && evidence.length + undated >= needed) {
      facts.note("missing-episode-dates-unknown", "/missingEpisode/priorEpisodeCount");
      return UNKNOWN;
    }
    return FALSE;
  };
}

/** At least `needed` persons pass `test`: true; unknown while the unknowns could still make it. */
function personsPassing(test: PersonTest, needed: number): RecordTest {
  return (facts) => {
    const evidence: string[] = [];
    let passing = 0;
    let unknown = 0;
    for (let p = 0; p < facts.record.persons.length; p++) {
      const verdict = test(facts, p);
      if (verdict.truth === true) {
        passing += 1;
        evidence.push(...verdict.evidence);
      } else if (verdict.truth === undefined) unknown += 1;
    }
    if (passing >= needed) return { truth: true, evidence };
    return passing + unknown >= needed ? UNKNOWN : FALSE;
  };
}

/** Turns a checked record condition into a test, with parameters and taxonomy lookups resolved once. */
export function compileCondition(condition: Condition, parameters: ParameterValues): RecordTest {
  if ("all" in condition) return allOf(condition.all.map((c) => compileCondition(c, parameters)));
  if ("any" in condition) return anyOf(condition.any.map((c) => compileCondition(c, parameters)));
  if ("not" in condition) return negate(compileCondition(condition.not, parameters));
  if ("offence" in condition) {
    const { homeOffice, soaSections } = offenceCodesOf(condition.offence);
    return (facts) => {
      const evidence: string[] = [];
      facts.record.offences.forEach((offence, i) => {
        if (offence.homeOffice && homeOffice.has(offence.homeOffice.code))
          evidence.push(`/offences/${i}/homeOffice/code`);
        if (offence.soaSection !== undefined && soaSections.has(offence.soaSection))
          evidence.push(`/offences/${i}/soaSection`);
      });
      return found(evidence);
    };
  }
  if ("indicator" in condition) {
    const codes = indicatorCodesOf(condition.indicator);
    return (facts) => found(indicatorsIn(facts, facts.record.indicators.keys(), codes));
  }
  if ("operation" in condition) {
    const headings = headingsOf(condition.operation.headings, parameters);
    return (facts) =>
      found(
        (facts.record.intelligence?.operations ?? []).flatMap((heading, i) =>
          headings.has(heading) ? [`/intelligence/operations/${i}`] : [],
        ),
      );
  }
  if ("grading" in condition) {
    const test = gradingTest(condition.grading);
    return (facts) => {
      const intelligence = facts.record.intelligence;
      if (!intelligence) return FALSE;
      if (!intelligence.grading) {
        facts.note("grading-unknown", "/intelligence");
        return UNKNOWN;
      }
      return test(intelligence.grading)
        ? { truth: true, evidence: ["/intelligence/grading/intelligence"] }
        : FALSE;
    };
  }
  if ("person" in condition) return personsPassing(compilePersonCondition(condition.person, parameters), 1);
  const { where, atLeast } = condition.persons;
  return personsPassing(compilePersonCondition(where, parameters), countOf(atLeast, parameters));
}
