import type { CanonicalRecord } from "../schemas/canonical-record.js";
import { getConcept } from "../taxonomy/taxonomy.js";
import { indicatorCodesOf, indicatorsIn, offenceCodesOf } from "./code-matches.js";
import { compilePersonCondition } from "./compile-person-condition.js";
import type { Condition, GradingMatch } from "./condition-schema.js";
import {
  allOf,
  anyOf,
  countOf,
  FALSE,
  found,
  headingsOf,
  negate,
  type ParameterValues,
  type PersonTest,
  type RecordTest,
  UNKNOWN,
} from "./verdict.js";

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
