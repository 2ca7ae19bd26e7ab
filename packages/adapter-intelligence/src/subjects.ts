import { proceed, rejectAt, type Step, splitCell } from "@cse-flags/adapter-kit";
import type { IntelligenceExportRow, SubjectSlot } from "./source-schema.js";
import { subjectField, subjectSlots } from "./source-schema.js";

/** One subject column group that is filled in, as exported (cells still to be converted). */
export interface SubjectGroup {
  readonly slot: SubjectSlot;
  readonly ref: string;
  readonly role: string;
  /** `DD/MM/YYYY`, or "" when not known. */
  readonly dob: string;
  /** `Y`, `N`, or "" when not answered. */
  readonly lookedAfter: string;
  readonly learningDisability: string;
  /** The local indicator codes, trimmed, blanks dropped, in the order written. */
  readonly indicators: readonly string[];
}

/**
 * The report's subjects, from the numbered column groups. An entirely blank group is
 * skipped. A group with something in it needs a reference and a role: without either the
 * record is rejected (`incomplete-subject`, naming the blank column), since its facts could
 * not be attached to anyone. A person linked to the report twice (say as victim and as
 * missing person) fills two groups with one reference: both are kept, and `readPersons`
 * merges them into one person.
 */
export function groupSubjects(row: IntelligenceExportRow): Step<readonly SubjectGroup[]> {
  const subjects: SubjectGroup[] = [];
  for (const slot of subjectSlots) {
    // Every cell is read by name, so every column counts as mapped.
    const group = {
      slot,
      ref: row[subjectField(slot, "ref")],
      role: row[subjectField(slot, "role")],
      dob: row[subjectField(slot, "dob")],
      lookedAfter: row[subjectField(slot, "looked_after")],
      learningDisability: row[subjectField(slot, "learning_disability")],
      indicators: splitCell(row[subjectField(slot, "indicators")], ";"),
    };
    const blank =
      group.ref === "" &&
      group.role === "" &&
      group.dob === "" &&
      group.lookedAfter === "" &&
      group.learningDisability === "" &&
      group.indicators.length === 0;
    if (blank) continue;
    if (group.ref === "") return rejectAt("incomplete-subject", subjectField(slot, "ref"));
    if (group.role === "") return rejectAt("incomplete-subject", subjectField(slot, "role"));
    subjects.push(group);
  }
  return proceed(subjects);
}
