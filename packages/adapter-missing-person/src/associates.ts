import { firstBlankCell, proceed, readColumnGroup, rejectAt } from "@cse-flags/adapter-kit";
import { optionalDate } from "./read-times.js";
import type { MissingPersonExportRow } from "./source-schema.js";
import type { Step } from "./step.js";

/** One associate named on the episode: a numbered column group, read together. */
export interface AssociateGroup {
  /** The group's columns, for lookups and rejections. */
  readonly fields: {
    readonly ref: keyof MissingPersonExportRow;
    readonly type: keyof MissingPersonExportRow;
    readonly dob: keyof MissingPersonExportRow;
  };
  readonly ref: string;
  readonly type: string;
  readonly dateOfBirth: string | undefined;
}

const groups = [
  { ref: "associate_1_ref", type: "associate_1_type", dob: "associate_1_dob" },
  { ref: "associate_2_ref", type: "associate_2_type", dob: "associate_2_dob" },
] as const;

const cells = ["ref", "type", "dob"] as const;

/**
 * The associates in the row's numbered groups. A blank group is skipped; a group with a type
 * or date of birth but no reference, or a reference but no type, rejects the row naming the
 * missing column, as does an associate who is the missing person or is named twice.
 */
export function groupAssociates(row: MissingPersonExportRow): Step<AssociateGroup[]> {
  const found: AssociateGroup[] = [];
  for (const fields of groups) {
    const group = readColumnGroup(row, cells, (cell) => fields[cell]);
    if (group === undefined) continue;
    const blank = firstBlankCell(group, ["ref", "type"]);
    if (blank !== undefined) return rejectAt("incomplete-associate", fields[blank]);
    const ref = group.ref.trim();
    const type = group.type.trim();
    const dob = optionalDate(group.dob.trim(), fields.dob);
    if (!dob.ok) return dob;
    if (ref === row.person_ref.trim()) return rejectAt("associate-is-missing-person", fields.ref);
    if (found.some((associate) => associate.ref === ref))
      return rejectAt("associate-listed-twice", fields.ref);
    found.push({ fields, ref, type, dateOfBirth: dob.value });
  }
  return proceed(found);
}
