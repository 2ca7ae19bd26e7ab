import { firstBlankCell, proceed, readColumnGroup, rejectAt, type Step } from "@cse-flags/adapter-kit";
import {
  type IntelligenceExportRow,
  type SubjectColumn,
  type SubjectSlot,
  subjectColumns,
  subjectField,
  subjectSlots,
} from "./source-schema.js";

/** One subject column group that is filled in: its cells by column, as exported. */
export interface SubjectGroup {
  readonly slot: SubjectSlot;
  readonly cells: Readonly<Record<SubjectColumn, string>>;
}

/**
 * The report's subjects, from the numbered column groups. An entirely blank group is
 * skipped. A group with something in it needs a reference and a role: without either the
 * record is rejected (`incomplete-person`, naming the blank column), since its facts could
 * not be attached to anyone. A person linked to the report twice (say as victim and as
 * missing person) fills two groups with one reference: both are kept, and `readPersons`
 * merges them into one person.
 */
export function groupSubjects(row: IntelligenceExportRow): Step<readonly SubjectGroup[]> {
  const subjects: SubjectGroup[] = [];
  for (const slot of subjectSlots) {
    const column = (cell: SubjectColumn) => subjectField(slot, cell);
    // Every cell is read by name, so every column counts as mapped.
    const cells = readColumnGroup(row, subjectColumns, column);
    if (cells === undefined) continue;
    const blank = firstBlankCell(cells, ["ref", "role"]);
    if (blank !== undefined) return rejectAt("incomplete-person", column(blank));
    subjects.push({ slot, cells });
  }
  return proceed(subjects);
}
