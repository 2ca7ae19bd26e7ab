import type { PathSegment } from "../issue.js";
import { getConcept } from "../taxonomy/taxonomy.js";
import { indicatorCodesOf, offenceCodesOf } from "./code-matches.js";
import type { Condition, Count, Headings, PersonCondition } from "./condition-schema.js";

/** A place in a condition where a parameter is used, and the type the use needs. */
export interface ParameterUse {
  readonly name: string;
  readonly type: "integer" | "headings";
  readonly path: readonly PathSegment[];
}

function countUse(count: Count | undefined, path: readonly PathSegment[], uses: ParameterUse[]): void {
  if (count !== undefined && typeof count !== "number")
    uses.push({ name: count.param, type: "integer", path });
}

function headingsUse(headings: Headings, path: readonly PathSegment[], uses: ParameterUse[]): void {
  if (!Array.isArray(headings)) uses.push({ name: headings.param, type: "headings", path });
}

type Combined<C> = { all: C[] } | { any: C[] } | { not: C };

/** The parts of an `all`, `any` or `not` with their relative paths; `undefined` for a plain test. */
function partsOf<C extends object>(condition: C | Combined<C>): [C, PathSegment[]][] | undefined {
  if ("all" in condition) return condition.all.map((part, i) => [part, ["all", i]]);
  if ("any" in condition) return condition.any.map((part, i) => [part, ["any", i]]);
  if ("not" in condition) return [[condition.not, ["not"]]];
  return undefined;
}

/** Every parameter a person condition uses, with its path. */
export function personParameterUses(
  condition: PersonCondition,
  path: readonly PathSegment[],
  uses: ParameterUse[] = [],
): ParameterUse[] {
  const parts = partsOf<PersonCondition>(condition);
  if (parts) for (const [part, at] of parts) personParameterUses(part, [...path, ...at], uses);
  else if ("age" in condition) {
    countUse(condition.age.under, [...path, "age", "under"], uses);
    countUse(condition.age.atLeast, [...path, "age", "atLeast"], uses);
  } else if ("missingEpisodes" in condition) {
    countUse(condition.missingEpisodes.atLeast, [...path, "missingEpisodes", "atLeast"], uses);
    countUse(condition.missingEpisodes.withinDays, [...path, "missingEpisodes", "withinDays"], uses);
  }
  return uses;
}

/** Every parameter a record condition uses, with its path. */
export function parameterUses(
  condition: Condition,
  path: readonly PathSegment[],
  uses: ParameterUse[] = [],
): ParameterUse[] {
  const parts = partsOf<Condition>(condition);
  if (parts) for (const [part, at] of parts) parameterUses(part, [...path, ...at], uses);
  else if ("operation" in condition)
    headingsUse(condition.operation.headings, [...path, "operation", "headings"], uses);
  else if ("person" in condition) personParameterUses(condition.person, [...path, "person"], uses);
  else if ("persons" in condition) {
    personParameterUses(condition.persons.where, [...path, "persons", "where"], uses);
    countUse(condition.persons.atLeast, [...path, "persons", "atLeast"], uses);
  }
  return uses;
}

const isSexualIndicator = (code: string): boolean =>
  getConcept("indicator", code)?.class === "sexual-element";

const isSexualOffence = (codeSet: "ho-offence" | "soa-section", code: string): boolean => {
  const offenceClass = getConcept(codeSet, code)?.offenceClass;
  return offenceClass !== undefined && offenceClass !== "related";
};

/** Whether a person condition can only hold for a person with an indicator of a sexual element. */
export function personNeedsSexualElement(condition: PersonCondition): boolean {
  if ("all" in condition) return condition.all.some(personNeedsSexualElement);
  if ("any" in condition) return condition.any.every(personNeedsSexualElement);
  if ("indicator" in condition) {
    const codes = indicatorCodesOf(condition.indicator);
    return codes.size > 0 && [...codes].every(isSexualIndicator);
  }
  return false;
}

/**
 * Whether a condition can only hold when the record shows a sexual element: a
 * sexual offence, an indicator of a sexual element, or a heading from one of
 * `cseHeadings`, the headings parameters the policy marks as CSE by definition (a
 * heading written into a rule does not count: it could be any operation).
 * DfE 2017 makes CSE a form of sexual abuse, so signs of criminal or shared
 * exploitation alone must never lead to CSE or CSA (DOMAIN.md section 5). The
 * check is on the rule's text, so it holds for every record, not only tested ones.
 */
export function needsSexualElement(condition: Condition, cseHeadings: ReadonlySet<string>): boolean {
  const needs = (part: Condition): boolean => needsSexualElement(part, cseHeadings);
  if ("all" in condition) return condition.all.some(needs);
  if ("any" in condition) return condition.any.every(needs);
  if ("not" in condition || "grading" in condition) return false;
  if ("operation" in condition) {
    const { headings } = condition.operation;
    return !Array.isArray(headings) && cseHeadings.has(headings.param);
  }
  if ("offence" in condition) {
    const { homeOffice, soaSections } = offenceCodesOf(condition.offence);
    return (
      homeOffice.size + soaSections.size > 0 &&
      [...homeOffice].every((code) => isSexualOffence("ho-offence", code)) &&
      [...soaSections].every((code) => isSexualOffence("soa-section", code))
    );
  }
  if ("indicator" in condition) {
    const codes = indicatorCodesOf(condition.indicator);
    return codes.size > 0 && [...codes].every(isSexualIndicator);
  }
  if ("person" in condition) return personNeedsSexualElement(condition.person);
  // "At least 0 persons" always holds; a parameter's value is not known here.
  const { atLeast, where } = condition.persons;
  return typeof atLeast === "number" && atLeast >= 1 && personNeedsSexualElement(where);
}
