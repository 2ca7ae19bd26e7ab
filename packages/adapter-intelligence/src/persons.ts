import {
  dateOfBirthProblem,
  fromUkDate,
  fromYesNo,
  type MapContext,
  proceed,
  rejectAt,
  type Step,
  splitCell,
} from "@cse-flags/adapter-kit";
import type { Indicator, Person, PersonAttributeCode, PersonRoleCode } from "@cse-flags/core";
import type { IntelligenceConceptMaps } from "./concept-maps.js";
import { type SubjectColumn, subjectField } from "./source-schema.js";
import type { SubjectGroup } from "./subjects.js";

/** The report's persons and the indicators seen on them. */
export interface ReadPersons {
  readonly persons: Person[];
  readonly indicators: Indicator[];
}

/** One person as gathered from their groups: a person linked twice (victim and missing) is one person. */
interface Gathered {
  /** The role column of the person's first group: named if the person has facts but no role. */
  readonly roleField: string;
  readonly roles: Set<PersonRoleCode>;
  dateOfBirth: string | undefined;
  readonly attributes: Set<PersonAttributeCode>;
  readonly indicators: Indicator[];
  /** Whether any group wrote an indicator code (mapped or not) or a `Y` attribute on the person. */
  hasFacts: boolean;
}

/** The yes/no columns that say a person has an attribute. */
const attributeCells = [
  ["looked_after", "looked-after"],
  ["learning_disability", "learning-disability"],
] as const;

/**
 * The report's persons and the indicators seen on them (`sourcePath`
 * `subject_N_indicators/<code>`), from its subject groups. A person written in two groups is
 * one person with both roles, the attributes and indicators of both, and the date of birth
 * either gives (two different ones: `conflicting-date-of-birth`; one core would refuse at
 * `eventStart` rejects with `dateOfBirthProblem`'s reason). Only a `Y` gives an attribute.
 * A role code not yet mapped rejects the record (`unmapped-person-role`): dropping the
 * person could hide a child victim. A person whose role is deliberately unmapped (an
 * associate) is left off the record, unless an indicator code (mapped or not) or a `Y`
 * attribute was recorded on them: the record is then rejected
 * (`facts-on-person-without-role`) rather than lose those facts.
 */
export function readPersons(
  groups: readonly SubjectGroup[],
  ctx: MapContext<IntelligenceConceptMaps>,
  eventStart: string,
): Step<ReadPersons> {
  const byRef = new Map<string, Gathered>();
  for (const group of groups) {
    const step = gatherGroup(group, ctx, eventStart, byRef);
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

function gatherGroup(
  { slot, cells }: SubjectGroup,
  ctx: MapContext<IntelligenceConceptMaps>,
  eventStart: string,
  byRef: Map<string, Gathered>,
): Step<void> {
  const field = (cell: SubjectColumn) => subjectField(slot, cell);

  const role = ctx.lookup("subjectRoles", cells.role, field("role"));
  if (role.status === "not-yet-mapped") return rejectAt("unmapped-person-role", field("role"));

  const dateOfBirth = cells.dob === "" ? undefined : fromUkDate(cells.dob);
  if (cells.dob !== "" && dateOfBirth === undefined) return rejectAt("invalid-date", field("dob"));
  // Born after the intelligence date, or over 130 at it (a mistyped year): core refuses both.
  const born = dateOfBirth === undefined ? undefined : dateOfBirthProblem(dateOfBirth, eventStart);
  if (born !== undefined) return rejectAt(born, field("dob"));

  // The schema admits only Y, N or blank. A blank is "not answered": like "N", it adds
  // nothing, and never stands for "no".
  const attributes = attributeCells.flatMap(([cell, attribute]) =>
    fromYesNo(cells[cell]) === true ? [attribute] : [],
  );
  const codes = splitCell(cells.indicators, ";");

  const person = byRef.get(cells.ref) ?? {
    roleField: field("role"),
    roles: new Set<PersonRoleCode>(),
    dateOfBirth: undefined,
    attributes: new Set<PersonAttributeCode>(),
    indicators: [],
    hasFacts: false,
  };
  byRef.set(cells.ref, person);
  if (dateOfBirth !== undefined) {
    if (person.dateOfBirth !== undefined && person.dateOfBirth !== dateOfBirth)
      return rejectAt("conflicting-date-of-birth", field("dob"));
    person.dateOfBirth = dateOfBirth;
  }
  if (role.status === "mapped" && role.relationship !== "not-related-to") person.roles.add(role.target);
  for (const attribute of attributes) person.attributes.add(attribute);
  if (attributes.length > 0 || codes.length > 0) person.hasFacts = true;

  const indicatorsField = field("indicators");
  for (const code of new Set(codes)) {
    const indicator = ctx.target("indicators", code, indicatorsField);
    // Two local codes for one sign (MFH and ABS) give the sign once.
    if (indicator === undefined || person.indicators.some((i) => i.code === indicator)) continue;
    person.indicators.push({
      code: indicator,
      personRef: cells.ref,
      sourcePath: `${indicatorsField}/${code}`,
    });
  }
  return proceed(undefined);
}
