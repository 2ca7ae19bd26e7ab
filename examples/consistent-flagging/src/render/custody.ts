import {
  type CustodyExportRow,
  createCustodyAdapter,
  custodyConceptMaps,
  custodyExportColumns,
  riskAnswerGroups,
} from "@cse-flags/adapter-custody";
import { ageOn, ukLocalDateTime } from "@cse-flags/core";
import type { Scenario } from "../scenario.js";
import type { SourceExport, SystemUnderTest } from "../system.js";
import { blankRow, csvText, recordRef, ukDate, ukDateTime } from "./export-text.js";
import { localCodeBySign } from "./local-codes.js";

const adapter = createCustodyAdapter({ force: "example-force" });

/** For each sign, the risk-assessment question the custody export records it with. */
const questionForSign = localCodeBySign(custodyConceptMaps.riskQuestions);

/** PACE Code C treated 17-year-olds as adults in custody until this day (DOMAIN.md §7). */
const seventeenIsJuvenileFrom = "2015-10-26";

/** Whether a custody officer recorded the person as a juvenile, by the rule in force on the day. */
export function paceJuvenile(dateOfBirth: string, arrivalDate: string): boolean {
  return ageOn(dateOfBirth, arrivalDate) < (arrivalDate < seventeenIsJuvenileFrom ? 17 : 18);
}

const yesNo = (answer: boolean): "Y" | "N" => (answer ? "Y" : "N");

/** Rows of the custody reference export as CSV text, with its header. */
export const custodyCsv = (rows: readonly CustodyExportRow[]): string => csvText(custodyExportColumns, rows);

/**
 * The scenario as one custody record: the child detained for an offence outside every
 * offence value set of the taxonomy (so no offence rule reads it), juvenile status as PACE
 * gives it from the date of birth on the arrival day (blank when the date of birth is not
 * known), an appropriate adult when juvenile, and each sign as a `Y` to its risk question.
 * `undefined` when the custody export cannot hold the scenario: a sign with no question, more
 * signs than the export has question columns, or an arrival with no time (custody logs time
 * every arrival, so a time would be a fact the scenario does not hold) or a time that does not
 * exist in the UK (the hour skipped when the clocks go forward).
 */
function render(scenario: Scenario): SourceExport | undefined {
  const { child, event, signs } = scenario;
  if (event.time === undefined || ukLocalDateTime(event.date, event.time) === undefined) return undefined;
  const questions = signs.map((sign) => questionForSign.get(sign));
  if (questions.length > riskAnswerGroups || questions.some((q) => q === undefined)) return undefined;

  const juvenile = child.dateOfBirth === undefined ? undefined : paceJuvenile(child.dateOfBirth, event.date);
  const learningDisability = child.attributes.includes("learning-disability");
  const row: Record<string, string> = {
    ...blankRow(custodyExportColumns),
    custody_ref: recordRef("CU", scenario.recordNumber),
    custody_suite: "CENTRAL",
    protective_marking: "OFFICIAL-SENSITIVE",
    arrival: ukDateTime(event.date, event.time),
    detainee_ref: child.ref,
    detainee_dob: child.dateOfBirth === undefined ? "" : ukDate(child.dateOfBirth),
    juvenile: juvenile === undefined ? "" : yesNo(juvenile),
    // PACE Code C: a juvenile, or a vulnerable adult such as one with a learning disability.
    appropriate_adult: juvenile === true || learningDisability ? "Y" : juvenile === false ? "N" : "",
    looked_after: yesNo(child.attributes.includes("looked-after")),
    learning_disability: yesNo(learningDisability),
    offence_1_ho_code: "46",
    custody_officer: "PS 0001",
  };
  questions.forEach((question, i) => {
    row[`ra_${i + 1}_question`] = question ?? "";
    row[`ra_${i + 1}_answer`] = "Y";
  });
  return { format: "csv", text: custodyCsv([row as CustodyExportRow]) };
}

/** The custody system in the consistency proof. */
export const custodySystem: SystemUnderTest = {
  name: "custody",
  adapter,
  expressibleSigns: new Set(questionForSign.keys()),
  render,
};
