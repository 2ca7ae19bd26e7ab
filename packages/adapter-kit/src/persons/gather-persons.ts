import type { Indicator, IndicatorCode, Person, PersonAttributeCode, PersonRoleCode } from "@cse-flags/core";
import type { ConceptLookup } from "../concept-map/lookup.js";
import { AdapterKitError, kitIssue } from "../issue.js";
import { dateOfBirthProblem, dateOfBirthProblems } from "../source-values/date-of-birth.js";
import { fromUkDate } from "../source-values/uk-dates.js";
import { proceed, rejectAt, type Step } from "../step.js";

/** The reasons `gatherPersons` rejects a record for, as reason codes. */
export const gatherPersonsReasons = [
  "unmapped-person-role",
  "invalid-date",
  ...dateOfBirthProblems,
  "conflicting-date-of-birth",
  "facts-on-person-without-role",
] as const;

/** One person-in-record group (`person_2_ref`, `person_2_role`, ...) as an adapter has read it. */
export interface PersonGroup<F extends string = string> {
  /** The person (nominal) reference. */
  readonly ref: string;
  /** The group's role code, looked up in the adapter's role concept map. */
  readonly role: ConceptLookup<"person-role">;
  readonly roleField: F;
  /** The date of birth cell as written (`DD/MM/YYYY` or blank). */
  readonly dateOfBirth: string;
  readonly dateOfBirthField: F;
  /** The attributes the group's answers give (only a `Y` gives one). */
  readonly attributes: readonly PersonAttributeCode[];
  /** Each sign code written in the group, with the indicator it maps to (`undefined` if none). */
  readonly signs: readonly { readonly code: string; readonly indicator: IndicatorCode | undefined }[];
  readonly signsField: F;
}

/** The people on a record and the indicators seen on them. */
export interface GatheredPersons {
  readonly persons: Person[];
  readonly indicators: Indicator[];
}

interface Gathering<F extends string> {
  readonly roleField: F;
  readonly roles: Set<PersonRoleCode>;
  dateOfBirth: string | undefined;
  readonly attributes: Set<PersonAttributeCode>;
  readonly indicators: Indicator[];
  hasFacts: boolean;
}

/**
 * Gathers a record's people from its person groups, by one rule for every adapter:
 * - a person written in two groups (a victim who is also a suspect) is one person with both
 *   roles, the attributes and signs of both, and the date of birth either gives; two
 *   different dates of birth reject the record (`conflicting-date-of-birth`);
 * - a date of birth that does not exist rejects (`invalid-date`), and so does one core
 *   would refuse (`dateOfBirthProblem`'s reasons);
 * - a role code not yet mapped rejects (`unmapped-person-role`): dropping the person could
 *   hide a child victim;
 * - a person whose role is deliberately unmapped (a witness) is left off the record, unless a
 *   sign code (mapped or not) or an attribute was recorded on them: the canonical record has
 *   nowhere to keep those facts, so the record is rejected (`facts-on-person-without-role`)
 *   rather than lose them.
 * Indicators are attached to their person, once per sign, with `sourcePath` `<field>/<code>`.
 */
export function gatherPersons<F extends string>(
  groups: readonly PersonGroup<F>[],
  eventStart: string,
): Step<GatheredPersons, F> {
  if (!Array.isArray(groups))
    throw new AdapterKitError("Invalid person groups", [
      kitIssue(["groups"], "invalid_type", "Expected an array"),
    ]);
  const byRef = new Map<string, Gathering<F>>();
  for (const group of groups) {
    const step = gatherGroup(group, eventStart, byRef);
    if (!step.ok) return step;
  }
  const persons: Person[] = [];
  const indicators: Indicator[] = [];
  for (const [ref, person] of byRef) {
    if (person.roles.size === 0) {
      if (person.hasFacts) return rejectAt("facts-on-person-without-role", person.roleField);
      continue;
    }
    persons.push({
      ref,
      roles: [...person.roles],
      ...(person.dateOfBirth === undefined ? {} : { dateOfBirth: person.dateOfBirth }),
      attributes: [...person.attributes],
    });
    indicators.push(...person.indicators);
  }
  return proceed({ persons, indicators });
}

function gatherGroup<F extends string>(
  group: PersonGroup<F>,
  eventStart: string,
  byRef: Map<string, Gathering<F>>,
): Step<void, F> {
  if (group.role.status === "not-yet-mapped") return rejectAt("unmapped-person-role", group.roleField);
  const dateOfBirth = group.dateOfBirth === "" ? undefined : fromUkDate(group.dateOfBirth);
  if (group.dateOfBirth !== "" && dateOfBirth === undefined)
    return rejectAt("invalid-date", group.dateOfBirthField);
  const born = dateOfBirth === undefined ? undefined : dateOfBirthProblem(dateOfBirth, eventStart);
  if (born !== undefined) return rejectAt(born, group.dateOfBirthField);

  const person = byRef.get(group.ref) ?? {
    roleField: group.roleField,
    roles: new Set<PersonRoleCode>(),
    dateOfBirth: undefined,
    attributes: new Set<PersonAttributeCode>(),
    indicators: [],
    hasFacts: false,
  };
  byRef.set(group.ref, person);
  if (dateOfBirth !== undefined) {
    if (person.dateOfBirth !== undefined && person.dateOfBirth !== dateOfBirth)
      return rejectAt("conflicting-date-of-birth", group.dateOfBirthField);
    person.dateOfBirth = dateOfBirth;
  }
  if (group.role.status === "mapped" && group.role.relationship !== "not-related-to")
    person.roles.add(group.role.target);
  for (const attribute of group.attributes) person.attributes.add(attribute);
  if (group.attributes.length > 0 || group.signs.length > 0) person.hasFacts = true;
  for (const { code, indicator } of group.signs) {
    if (indicator === undefined || person.indicators.some((i) => i.code === indicator)) continue;
    person.indicators.push({
      code: indicator,
      personRef: group.ref,
      sourcePath: `${group.signsField}/${code}`,
    });
  }
  return proceed(undefined);
}
