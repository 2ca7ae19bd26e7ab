import {
  createIntelligenceAdapter,
  type IntelligenceExportRow,
  intelligenceConceptMaps,
  intelligenceExportColumns,
} from "@cse-flags/adapter-intelligence";
import { ukLocalDateTime } from "@cse-flags/core";
import type { Scenario } from "../scenario.js";
import type { SourceExport, SystemUnderTest } from "../system.js";
import { blankRow, csvText, recordRef, ukDate, ukDateTime } from "./export-text.js";
import { localCodeBySign } from "./local-codes.js";

/** For each sign, the local keyword the report writes it with. */
const keywordBySign = localCodeBySign(intelligenceConceptMaps.indicators);

/**
 * The scenario as an intelligence report: the child as the one subject, a person at risk
 * (`PAR`), each sign as its keyword, the event as the intelligence date, submitted at the same
 * moment. Filled in as such a report would be, adding nothing that changes the child's
 * markers: a 3x5x2 grading of 2/B/P (untested source, corroborated, may be shared: not
 * "suspected false"), no operation heading, no report flags.
 */
function render(scenario: Scenario): SourceExport | undefined {
  const keywords = scenario.signs.map((sign) => keywordBySign.get(sign));
  if (keywords.some((keyword) => keyword === undefined)) return undefined;
  const { date, time } = scenario.event;
  // A time skipped when the clocks go forward never happened in UK local time: no report can hold it.
  if (time !== undefined && ukLocalDateTime(date, time) === undefined) return undefined;
  const when = ukDateTime(date, time);
  const { child } = scenario;
  const row: IntelligenceExportRow = {
    ...(blankRow(intelligenceExportColumns) as IntelligenceExportRow),
    ir_ref: recordRef("IR", scenario.recordNumber),
    submitted: when,
    intel_date: when,
    protective_marking: "OFFICIAL-SENSITIVE",
    grading_scheme: "3x5x2",
    source_eval: "2",
    intel_eval: "B",
    handling_code: "P",
    subject_1_ref: child.ref,
    subject_1_role: "PAR",
    subject_1_dob: child.dateOfBirth === undefined ? "" : ukDate(child.dateOfBirth),
    // The scenario says only what the child is, never what they are not: blank, not answered.
    subject_1_looked_after: child.attributes.includes("looked-after") ? "Y" : "",
    subject_1_learning_disability: child.attributes.includes("learning-disability") ? "Y" : "",
    subject_1_indicators: keywords.join(";"),
    intel_text: "Synthetic report rendered from a test scenario.",
    submitted_by: "PC 0000",
  };
  return { format: "csv", text: csvText(intelligenceExportColumns, [row]) };
}

/** The intelligence system in the consistency proof: the reference adapter and its export. */
export const intelligenceSystem: SystemUnderTest = {
  name: "intelligence",
  adapter: createIntelligenceAdapter({ force: "example-force" }),
  expressibleSigns: new Set(keywordBySign.keys()),
  render,
};
