import {
  dateOfBirthProblem,
  fromUkDate,
  fromYesNo,
  type MapContext,
  proceed,
  rejectAt,
  type Step,
} from "@cse-flags/adapter-kit";
import type { CanonicalRecord, PersonAttributeCode, PersonRoleCode } from "@cse-flags/core";
import type { IntelligenceConceptMaps } from "./concept-maps.js";
import { subjectField } from "./source-schema.js";
import type { SubjectGroup } from "./subjects.js";

type Person = CanonicalRecord["persons"][number];
type Indicator = CanonicalRecord["indicators"][number];

/** The report's persons and the indicators seen on them. */
export interface ReadPersons {
  readonly persons: Person[];
  readonly indicators: Indicator[];
}

/** What the report's groups say about one person reference, gathered across groups. */
interface Gathered {
  readonly roles: PersonRoleCode[];
  dateOfBirth: string | undefined;
  readonly attributes: Set<PersonAttributeCode>;
  readonly indicators: Indicator[];
  /** Whether any group wrote a Y attribute or an indicator code (mapped or not) on them. */
  hasFacts: boolean;
  /** The role column to name if the person has facts but no role: an unmapped code first. */
  roleField: string;
  roleNotYetMapped: boolean;
}

/**
 * The report's persons and the indicators seen on them, from its subject groups. A person
 * written in two groups (one per link type) is one person with both roles, the attributes
 * and indicators of both, and the date of birth either gives (two different ones reject the
 * record: `conflicting-subject-dob`; one core would refuse at `eventStart`, the record's
 * `event.start`, rejects it with `dateOfBirthProblem`'s reason). Blank is "not answered":
 * only a `Y` gives an attribute. A person whose roles all map to no taxonomy role is left
 * off the record, which is only safe when nothing was recorded on them; otherwise the
 * record is rejected, as `unmapped-subject-role` when a role code is not in the concept map
 * yet (add it), or `facts-on-subject-without-role` when the map says the role has no
 * taxonomy role.
 */
export function readPersons(
  groups: readonly SubjectGroup[],
  ctx: MapContext<IntelligenceConceptMaps>,
  eventStart: string,
): Step<ReadPersons> {
  const byRef = new Map<string, Gathered>();
  for (const group of groups) {
    const dobField = subjectField(group.slot, "dob");
    const roleField = subjectField(group.slot, "role");
    const indicatorField = subjectField(group.slot, "indicators");

    const dateOfBirth = group.dob === "" ? undefined : fromUkDate(group.dob);
    if (group.dob !== "" && dateOfBirth === undefined) return rejectAt("invalid-date", dobField);
    // Born after the intelligence date, or over 130 at it (a mistyped year): core refuses both.
    const born = dateOfBirth === undefined ? undefined : dateOfBirthProblem(dateOfBirth, eventStart);
    if (born !== undefined) return rejectAt(born, dobField);

    let person = byRef.get(group.ref);
    if (person === undefined) {
      person = {
        roles: [],
        dateOfBirth,
        attributes: new Set(),
        indicators: [],
        hasFacts: false,
        roleField,
        roleNotYetMapped: false,
      };
      byRef.set(group.ref, person);
    } else if (dateOfBirth !== undefined) {
      if (person.dateOfBirth !== undefined && person.dateOfBirth !== dateOfBirth)
        return rejectAt("conflicting-subject-dob", dobField);
      person.dateOfBirth = dateOfBirth;
    }

    const role = ctx.lookup("subjectRoles", group.role, roleField);
    if (role.status === "mapped" && role.relationship !== "not-related-to") {
      if (!person.roles.includes(role.target)) person.roles.push(role.target);
    } else if (role.status === "not-yet-mapped" && !person.roleNotYetMapped) {
      person.roleNotYetMapped = true;
      person.roleField = roleField;
    }

    if (fromYesNo(group.lookedAfter) === true) person.attributes.add("looked-after");
    if (fromYesNo(group.learningDisability) === true) person.attributes.add("learning-disability");
    if (person.attributes.size > 0 || group.indicators.length > 0) person.hasFacts = true;

    for (const local of group.indicators) {
      const code = ctx.target("indicators", local, indicatorField);
      // Two local codes for one sign (MFH and ABS) give the sign once.
      if (code !== undefined && !person.indicators.some((indicator) => indicator.code === code))
        person.indicators.push({ code, personRef: group.ref, sourcePath: indicatorField });
    }
  }

  const persons: Person[] = [];
  const indicators: Indicator[] = [];
  for (const [ref, person] of byRef) {
    if (person.roles.length === 0) {
      if (!person.hasFacts) continue;
      if (person.roleNotYetMapped) return rejectAt("unmapped-subject-role", person.roleField);
      return rejectAt("facts-on-subject-without-role", person.roleField);
    }
    persons.push({
      ref,
      roles: person.roles,
      ...(person.dateOfBirth === undefined ? {} : { dateOfBirth: person.dateOfBirth }),
      attributes: [...person.attributes],
    });
    indicators.push(...person.indicators);
  }
  return proceed({ persons, indicators });
}
