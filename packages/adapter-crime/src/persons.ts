import {
  firstBlankCell,
  fromYesNo,
  type GatheredPersons,
  gatherPersons,
  type MapContext,
  type PersonGroup,
  readColumnGroup,
  rejectAt,
  type Step,
  splitCell,
} from "@cse-flags/adapter-kit";
import type { CrimeConceptMaps } from "./concept-maps.js";
import {
  type CrimeExportRow,
  type PersonField,
  personCells,
  personField,
  personNumbers,
} from "./source-schema.js";

/** The yes/no columns that say a person has an attribute. */
const attributeCells = [
  ["looked_after", "looked-after"],
  ["learning_disability", "learning-disability"],
] as const;

/**
 * The persons linked to the crime, one per filled-in person group, and the indicators their
 * circumstance codes map to, attached to them (`sourcePath` `person_N_circumstances/<code>`),
 * gathered by the kit's rule (`gatherPersons`): a role code not yet mapped rejects the record,
 * and a person whose role is deliberately unmapped (a witness) is left off unless facts were
 * recorded on them.
 */
export function mapPersons(
  row: CrimeExportRow,
  ctx: MapContext<CrimeConceptMaps>,
  eventStart: string,
): Step<GatheredPersons, PersonField> {
  const groups: PersonGroup<PersonField>[] = [];
  for (const n of personNumbers) {
    const field = <C extends (typeof personCells)[number]>(cell: C) => personField(n, cell);
    const group = readColumnGroup(row, personCells, field);
    if (group === undefined) continue;
    // A group with anything filled in needs the person's reference and role.
    const blank = firstBlankCell(group, ["ref", "role"]);
    if (blank !== undefined) return rejectAt("incomplete-person", field(blank));
    const signsField = field("circumstances");
    groups.push({
      ref: group.ref,
      role: ctx.lookup("personRoles", group.role, field("role")),
      roleField: field("role"),
      dateOfBirth: group.dob,
      dateOfBirthField: field("dob"),
      // The schema admits only Y, N or blank; a blank is "not answered" and adds nothing.
      attributes: attributeCells.flatMap(([cell, attribute]) =>
        fromYesNo(group[cell]) === true ? [attribute] : [],
      ),
      signs: [...new Set(splitCell(group.circumstances, ";"))].map((code) => ({
        code,
        indicator: ctx.target("circumstances", code, signsField),
      })),
      signsField,
    });
  }
  return gatherPersons(groups, eventStart);
}
