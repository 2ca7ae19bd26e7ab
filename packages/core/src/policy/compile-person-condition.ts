import { calendarDate } from "../dates.js";
import { getConcept } from "../taxonomy/taxonomy.js";
import { indicatorCodesOf, indicatorsIn } from "./code-matches.js";
import type { PersonCondition } from "./condition-schema.js";
import type { RecordFacts } from "./record-facts.js";
import {
  allOf,
  anyOf,
  countOf,
  FALSE,
  found,
  negate,
  type ParameterValues,
  type PersonTest,
  UNKNOWN,
} from "./verdict.js";

const msPerDay = 86_400_000;
const daysBetween = (earlier: string, later: string): number =>
  Math.round((Date.parse(calendarDate(later)) - Date.parse(calendarDate(earlier))) / msPerDay);

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
    // A record that holds neither a count nor dates of earlier episodes cannot say there were none.
    if (episode.priorEpisodes === undefined && episode.priorEpisodeCount === undefined) {
      facts.note("missing-episode-history-unknown", "/missingEpisode");
      return UNKNOWN;
    }
    // A count without dates cannot say whether earlier episodes fall in the window.
    const undated = (episode.priorEpisodeCount ?? 0) - (episode.priorEpisodes?.length ?? 0);
    if (undated > 0 && evidence.length + undated >= needed) {
      facts.note("missing-episode-dates-unknown", "/missingEpisode/priorEpisodeCount");
      return UNKNOWN;
    }
    return FALSE;
  };
}
