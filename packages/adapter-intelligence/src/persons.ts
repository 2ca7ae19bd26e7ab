import {
  fromYesNo,
  type GatheredPersons,
  gatherPersons,
  type MapContext,
  type Step,
  splitCell,
} from "@cse-flags/adapter-kit";
import type { IntelligenceConceptMaps } from "./concept-maps.js";
import { type SubjectColumn, subjectField } from "./source-schema.js";
import type { SubjectGroup } from "./subjects.js";

/** The yes/no columns that say a person has an attribute. */
const attributeCells = [
  ["looked_after", "looked-after"],
  ["learning_disability", "learning-disability"],
] as const;

/**
 * The report's persons and the indicators seen on them (`sourcePath`
 * `subject_N_indicators/<code>`), from its subject groups, gathered by the kit's rule
 * (`gatherPersons`): a person written in two groups is one person; a role code not yet
 * mapped rejects the record; a person whose role is deliberately unmapped (an associate) is
 * left off unless facts were recorded on them. Only a `Y` gives an attribute.
 */
export function readPersons(
  groups: readonly SubjectGroup[],
  ctx: MapContext<IntelligenceConceptMaps>,
  eventStart: string,
): Step<GatheredPersons> {
  return gatherPersons(
    groups.map(({ slot, cells }) => {
      const field = (cell: SubjectColumn) => subjectField(slot, cell);
      const signsField = field("indicators");
      return {
        ref: cells.ref,
        role: ctx.lookup("subjectRoles", cells.role, field("role")),
        roleField: field("role"),
        dateOfBirth: cells.dob,
        dateOfBirthField: field("dob"),
        // The schema admits only Y, N or blank; a blank is "not answered" and adds nothing.
        attributes: attributeCells.flatMap(([cell, attribute]) =>
          fromYesNo(cells[cell]) === true ? [attribute] : [],
        ),
        // Two local codes for one sign (MFH and ABS) give the sign once.
        signs: [...new Set(splitCell(cells.indicators, ";"))].map((code) => ({
          code,
          indicator: ctx.target("indicators", code, signsField),
        })),
        signsField,
      };
    }),
    eventStart,
  );
}
