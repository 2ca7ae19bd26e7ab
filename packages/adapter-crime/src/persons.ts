import {
  dateOfBirthProblem,
  firstBlankCell,
  fromUkDate,
  fromYesNo,
  type MapContext,
  proceed,
  readColumnGroup,
  rejectAt,
  type Step,
  splitCell,
} from "@cse-flags/adapter-kit";
import type { Indicator, Person, PersonAttributeCode, PersonRoleCode } from "@cse-flags/core";
import type { CrimeConceptMaps } from "./concept-maps.js";
import {
  type CrimeExportRow,
  type PersonField,
  type PersonNumber,
  personCells,
  personField,
  personNumbers,
} from "./source-schema.js";

/** One person as gathered from their groups: a person linked twice (victim and suspect) is one person. */
interface Gathered {
  /** The role column of the person's first group: named if the person has facts but no role. */
  readonly roleField: PersonField;
  readonly roles: Set<PersonRoleCode>;
  dateOfBirth: string | undefined;
  readonly attributes: Set<PersonAttributeCode>;
  readonly indicators: Indicator[];
  /** Whether any group wrote a sign code (mapped or not) or a `Y` attribute on the person. */
  hasFacts: boolean;
}

export interface MappedPersons {
  readonly persons: Person[];
  readonly indicators: Indicator[];
}

/** The yes/no columns that say a person has an attribute. */
const attributeCells = [
  ["looked_after", "looked-after"],
  ["learning_disability", "learning-disability"],
] as const;

/**
 * The persons linked to the crime, one per filled-in person group, and the indicators their
 * circumstance codes map to, attached to them (`sourcePath` `person_N_circumstances/<code>`).
 * A role code not yet mapped rejects the record (`unmapped-person-role`): dropping the person
 * could hide a child victim. A person whose role is deliberately unmapped (a witness) is left
 * off the record, unless a sign code (mapped or not) or a `Y` attribute was recorded on them:
 * the canonical record has nowhere to keep those facts, so the record is rejected
 * (`facts-on-person-without-role`) rather than lose them.
 */
export function mapPersons(
  row: CrimeExportRow,
  ctx: MapContext<CrimeConceptMaps>,
  eventStart: string,
): Step<MappedPersons, PersonField> {
  const byRef = new Map<string, Gathered>();
  for (const n of personNumbers) {
    const step = gatherGroup(row, ctx, n, eventStart, byRef);
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
  row: CrimeExportRow,
  ctx: MapContext<CrimeConceptMaps>,
  n: PersonNumber,
  eventStart: string,
  byRef: Map<string, Gathered>,
): Step<void, PersonField> {
  const field = <C extends (typeof personCells)[number]>(cell: C) => personField(n, cell);
  const group = readColumnGroup(row, personCells, field);
  if (group === undefined) return proceed(undefined);
  // A group with anything filled in needs the person's reference and role.
  const blank = firstBlankCell(group, ["ref", "role"]);
  if (blank !== undefined) return rejectAt("incomplete-person", field(blank));

  const role = ctx.lookup("personRoles", group.role, field("role"));
  if (role.status === "not-yet-mapped") return rejectAt("unmapped-person-role", field("role"));

  const dateOfBirth = group.dob === "" ? undefined : fromUkDate(group.dob);
  if (group.dob !== "" && dateOfBirth === undefined) return rejectAt("invalid-date", field("dob"));
  const born = dateOfBirth === undefined ? undefined : dateOfBirthProblem(dateOfBirth, eventStart);
  if (born !== undefined) return rejectAt(born, field("dob"));

  // The schema admits only Y, N or blank. A blank is "not answered": like "N", it adds
  // nothing, and never stands for "no".
  const attributes = attributeCells.flatMap(([cell, attribute]) =>
    fromYesNo(group[cell]) === true ? [attribute] : [],
  );
  const circumstances = splitCell(group.circumstances, ";");

  const person = byRef.get(group.ref) ?? {
    roleField: field("role"),
    roles: new Set<PersonRoleCode>(),
    dateOfBirth: undefined,
    attributes: new Set<PersonAttributeCode>(),
    indicators: [],
    hasFacts: false,
  };
  byRef.set(group.ref, person);
  if (dateOfBirth !== undefined) {
    if (person.dateOfBirth !== undefined && person.dateOfBirth !== dateOfBirth)
      return rejectAt("conflicting-date-of-birth", field("dob"));
    person.dateOfBirth = dateOfBirth;
  }
  if (role.status === "mapped" && role.relationship !== "not-related-to") person.roles.add(role.target);
  for (const attribute of attributes) person.attributes.add(attribute);
  if (attributes.length > 0 || circumstances.length > 0) person.hasFacts = true;

  const circumstancesField = field("circumstances");
  for (const code of new Set(circumstances)) {
    const indicator = ctx.target("circumstances", code, circumstancesField);
    if (indicator === undefined || person.indicators.some((i) => i.code === indicator)) continue;
    person.indicators.push({
      code: indicator,
      personRef: group.ref,
      sourcePath: `${circumstancesField}/${code}`,
    });
  }
  return proceed(undefined);
}
