import { fromUkDate, fromYesNo, type MapContext } from "@cse-flags/adapter-kit";
import {
  calendarDate,
  type Indicator,
  type Person,
  type PersonAttributeCode,
  type PersonRoleCode,
} from "@cse-flags/core";
import type { CrimeConceptMaps } from "./concept-maps.js";
import { codesIn, ok, readGroup, rejectedWith, type Step } from "./groups.js";
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
 * circumstance codes map to, attached to them. A person whose role maps to no person role (a
 * witness) is left off the record; if signs or a `Y` attribute were recorded on them the
 * record is rejected, since the canonical record has nowhere to keep them and dropping them
 * could hide a child at risk. A role code not yet mapped rejects the record for the same reason.
 */
export function mapPersons(
  row: CrimeExportRow,
  ctx: MapContext<CrimeConceptMaps>,
  eventStart: string,
): Step<MappedPersons> {
  const byRef = new Map<string, Gathered>();
  for (const n of personNumbers) {
    const step = gatherGroup(row, ctx, n, eventStart, byRef);
    if (!step.ok) return step;
  }
  const persons: Person[] = [];
  const indicators: Indicator[] = [];
  for (const [ref, person] of byRef) {
    if (person.roles.size === 0) {
      if (person.indicators.length > 0 || person.attributes.size > 0)
        return rejectedWith(ctx.reject("facts-on-person-without-role", person.roleField));
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
  return ok({ persons, indicators });
}

function gatherGroup(
  row: CrimeExportRow,
  ctx: MapContext<CrimeConceptMaps>,
  n: PersonNumber,
  eventStart: string,
  byRef: Map<string, Gathered>,
): Step<void> {
  const field = <C extends (typeof personCells)[number]>(cell: C) => personField(n, cell);
  const group = readGroup(row, personCells, field);
  if (group === undefined) return ok(undefined);
  // A group with anything filled in needs the person's reference and role.
  if (group.ref === "") return rejectedWith(ctx.reject("incomplete-person", field("ref")));
  if (group.role === "") return rejectedWith(ctx.reject("incomplete-person", field("role")));

  const role = ctx.lookup("personRoles", group.role, field("role"));
  if (role.status === "not-yet-mapped")
    return rejectedWith(ctx.reject("unmapped-person-role", field("role")));

  const dateOfBirth = group.dob === "" ? undefined : fromUkDate(group.dob);
  if (group.dob !== "" && dateOfBirth === undefined)
    return rejectedWith(ctx.reject("invalid-date", field("dob")));
  if (dateOfBirth !== undefined && dateOfBirth > calendarDate(eventStart))
    return rejectedWith(ctx.reject("born-after-event", field("dob")));

  const attributes: PersonAttributeCode[] = [];
  for (const [cell, attribute] of attributeCells) {
    const answer = fromYesNo(group[cell]);
    if (answer === null) return rejectedWith(ctx.reject("invalid-answer", field(cell)));
    // A blank is "not answered": like "N", it adds nothing, and never stands for "no".
    if (answer === true) attributes.push(attribute);
  }

  const person = byRef.get(group.ref) ?? {
    roleField: field("role"),
    roles: new Set<PersonRoleCode>(),
    dateOfBirth: undefined,
    attributes: new Set<PersonAttributeCode>(),
    indicators: [],
  };
  byRef.set(group.ref, person);
  if (dateOfBirth !== undefined) {
    if (person.dateOfBirth !== undefined && person.dateOfBirth !== dateOfBirth)
      return rejectedWith(ctx.reject("conflicting-date-of-birth", field("dob")));
    person.dateOfBirth = dateOfBirth;
  }
  if (role.status === "mapped" && role.relationship !== "not-related-to") person.roles.add(role.target);
  for (const attribute of attributes) person.attributes.add(attribute);

  const circumstancesField = field("circumstances");
  for (const code of codesIn(group.circumstances)) {
    const indicator = ctx.target("circumstances", code, circumstancesField);
    if (indicator === undefined || person.indicators.some((i) => i.code === indicator)) continue;
    person.indicators.push({
      code: indicator,
      personRef: group.ref,
      sourcePath: `${circumstancesField}/${code}`,
    });
  }
  return ok(undefined);
}
