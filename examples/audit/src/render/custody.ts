import { custodyConceptMaps, custodyExportColumns, riskAnswerGroups } from "@cse-flags/adapter-custody";
import { ageOn } from "@cse-flags/core";
import { person } from "../people.js";
import type { CustodyRecord } from "../story.js";
import { blankRow, ukDate, ukDateTime, yesNo } from "./export-text.js";
import { indicatorCodes } from "./local-codes.js";

const questionCode = indicatorCodes(custodyConceptMaps.riskQuestions);

const offenceGroups = 3;

/**
 * One detention as a row of the custody reference export (docs/formats/custody.md): juvenile
 * status as the custody officer records it under PACE Code C from the date of birth (every
 * arrival here is after October 2015, so under 18), left blank with no date of birth; an
 * appropriate adult for a juvenile or a person with a learning disability; each sign a `Y`
 * to its risk-assessment question. Custody carries no markers: `carries` must be empty.
 */
export function custodyRow(detention: CustodyRecord): Record<string, string> {
  const { detainee } = detention;
  const signs = detainee.signs ?? [];
  if (detention.carries.length > 0)
    throw new Error("A story's custody record carries a marker custody cannot hold");
  if (signs.length > riskAnswerGroups || detention.offences.length > offenceGroups)
    throw new Error("A story's custody record has more answers or offences than the export has columns for");
  const details = person(detainee.ref);
  const arrivalDay = detention.arrival.slice(0, 10);
  const juvenile =
    details.dateOfBirth === undefined ? undefined : ageOn(details.dateOfBirth, arrivalDay) < 18;
  const needsAdult = juvenile === true || details.learningDisability === true;
  const row = blankRow(custodyExportColumns);
  Object.assign(row, {
    custody_ref: detention.ref,
    custody_suite: "CENTRAL",
    protective_marking: "OFFICIAL-SENSITIVE",
    arrival: ukDateTime(detention.arrival),
    detainee_ref: detainee.ref,
    detainee_dob: details.dateOfBirth === undefined ? "" : ukDate(details.dateOfBirth),
    juvenile: juvenile === undefined ? "" : yesNo(juvenile),
    appropriate_adult: juvenile === undefined && !needsAdult ? "" : yesNo(needsAdult),
    looked_after: yesNo(details.lookedAfter),
    learning_disability: yesNo(details.learningDisability),
    officer_comments: "Synthetic: example detention for the audit walkthrough",
    custody_officer: "PS 9003",
  });
  detention.offences.forEach((offence, i) => {
    row[`offence_${i + 1}_ho_code`] = offence.homeOffice;
    row[`offence_${i + 1}_title`] = "Synthetic: offence wording";
  });
  signs.forEach((sign, i) => {
    row[`ra_${i + 1}_question`] = questionCode(sign);
    row[`ra_${i + 1}_answer`] = "Y";
  });
  return row;
}
