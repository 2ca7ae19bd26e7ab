import { createCrimeAdapter, crimeConceptMaps, crimeExportColumns } from "@cse-flags/adapter-crime";
import { ukLocalDateTime } from "@cse-flags/core";
import type { Scenario } from "../scenario.js";
import type { SourceExport, SystemUnderTest } from "../system.js";
import { blankRow, csvText, recordRef, ukDate, ukDateTime } from "./export-text.js";
import { localCodeBySign } from "./local-codes.js";

/** Each sign the crime export can write, by the local circumstance code it writes it with. */
const codeForSign = localCodeBySign(crimeConceptMaps.circumstances);

/**
 * The scenario as one crime: the child as the victim of an assault (Home Office class 105A,
 * outside every CSE offence value set), with an adult suspect, as crimes usually have; the
 * child's signs as circumstance codes on the child; the crime committed at the scenario's
 * time, recorded the same day. Nothing else that could change the child's markers.
 */
function render(scenario: Scenario): SourceExport | undefined {
  const circumstances: string[] = [];
  for (const sign of scenario.signs) {
    const code = codeForSign.get(sign);
    if (code === undefined) return undefined;
    circumstances.push(code);
  }
  const { date, time } = scenario.event;
  // A local time skipped when the clocks go forward cannot be written down.
  if (time !== undefined && ukLocalDateTime(date, time) === undefined) return undefined;
  const { child } = scenario;
  const row = {
    ...blankRow(crimeExportColumns),
    crime_ref: recordRef("CR", scenario.recordNumber),
    protective_marking: "OFFICIAL-SENSITIVE",
    recorded_date: ukDate(date),
    committed_from: ukDateTime(date, time),
    offence_1_ho_class: "105A",
    person_1_ref: child.ref,
    person_1_role: "VIC",
    person_1_dob: child.dateOfBirth === undefined ? "" : ukDate(child.dateOfBirth),
    // Y when the scenario says so; otherwise blank (not answered), since it says nothing else.
    person_1_looked_after: child.attributes.includes("looked-after") ? "Y" : "",
    person_1_learning_disability: child.attributes.includes("learning-disability") ? "Y" : "",
    person_1_circumstances: circumstances.join(";"),
    person_2_ref: "ADULT-X",
    person_2_role: "SUS",
    person_2_dob: "15/06/1980",
    officer_in_case: "PC-1001",
  };
  return { format: "csv", text: csvText(crimeExportColumns, [row]) };
}

/** The crime system in the consistency proof. */
export const crimeSystem: SystemUnderTest = {
  name: "crime",
  adapter: createCrimeAdapter({ force: "example-force" }),
  expressibleSigns: new Set(codeForSign.keys()),
  render,
};
