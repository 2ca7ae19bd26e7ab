import { intelligenceConceptMaps, intelligenceExportColumns } from "@cse-flags/adapter-intelligence";
import { person } from "../people.js";
import type { IntelligenceRecord, Party } from "../story.js";
import { blankRow, nextMorning, ukDate, ukDateTime, yesNo } from "./export-text.js";
import { indicatorCodes, markerCodes } from "./local-codes.js";

const keywordCode = indicatorCodes(intelligenceConceptMaps.indicators);
const flagCode = markerCodes(intelligenceConceptMaps.reportFlags);

const subjectGroups = 4;
const operationColumns = 3;

const keywords = (party: Party): string =>
  [...(party.signs ?? []).map(keywordCode), ...(party.unknownCodes ?? [])].join(";");

/**
 * One report as a row of the intelligence reference export (docs/formats/intelligence.md):
 * graded 3x5x2 as reliable, corroborated, shareable (1-B-P), submitted the morning after.
 */
export function intelligenceRow(report: IntelligenceRecord): Record<string, string> {
  const subjects = [
    ...report.atRisk.map((party) => ({ party, role: "PAR" })),
    ...(report.suspects ?? []).map((party) => ({ party, role: "SUS" })),
  ];
  const operations = report.operations ?? [];
  if (subjects.length > subjectGroups || operations.length > operationColumns)
    throw new Error("A story's report has more subjects or operations than the export has columns for");
  const row = blankRow(intelligenceExportColumns);
  Object.assign(row, {
    ir_ref: report.ref,
    submitted: ukDateTime(nextMorning(report.seen)),
    intel_date: ukDateTime(report.seen),
    protective_marking: "OFFICIAL-SENSITIVE",
    grading_scheme: "3x5x2",
    source_eval: "1",
    intel_eval: "B",
    handling_code: "P",
    report_flags: report.carries.map(flagCode).join(";"),
    intel_text: "Synthetic: example report for the audit walkthrough",
    submitted_by: "PC 9002",
  });
  operations.forEach((operation, i) => {
    row[`operation_${i + 1}`] = operation;
  });
  subjects.forEach(({ party, role }, i) => {
    const details = person(party.ref);
    const n = i + 1;
    row[`subject_${n}_ref`] = party.ref;
    row[`subject_${n}_role`] = role;
    row[`subject_${n}_dob`] = details.dateOfBirth === undefined ? "" : ukDate(details.dateOfBirth);
    row[`subject_${n}_looked_after`] = yesNo(details.lookedAfter);
    row[`subject_${n}_learning_disability`] = yesNo(details.learningDisability);
    row[`subject_${n}_indicators`] = keywords(party);
  });
  return row;
}
