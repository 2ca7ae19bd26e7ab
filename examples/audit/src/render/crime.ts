import { crimeConceptMaps, crimeExportColumns } from "@cse-flags/adapter-crime";
import { person } from "../people.js";
import type { CrimeRecord, Party } from "../story.js";
import { blankRow, nextMorning, ukDate, ukDateTime, yesNo } from "./export-text.js";
import { indicatorCodes, markerCodes } from "./local-codes.js";

const circumstanceCode = indicatorCodes(crimeConceptMaps.circumstances);
const flagCode = markerCodes(crimeConceptMaps.crimeFlags);

/** The export's numbered column groups. */
const offenceGroups = 3;
const personGroups = 4;

/** A party's signs as local circumstance codes, then any codes written as they are. */
export const circumstances = (party: Party): string =>
  [...(party.signs ?? []).map(circumstanceCode), ...(party.unknownCodes ?? [])].join(";");

/** One crime as a row of the crime reference export (docs/formats/crime.md). */
export function crimeRow(crime: CrimeRecord): Record<string, string> {
  const parties = [
    ...crime.victims.map((party) => ({ party, role: "VIC" })),
    ...crime.suspects.map((party) => ({ party, role: "SUS" })),
  ];
  if (crime.offences.length > offenceGroups || parties.length > personGroups)
    throw new Error("A story's crime has more offences or people than the export has columns for");
  const row = blankRow(crimeExportColumns);
  Object.assign(row, {
    crime_ref: crime.ref,
    protective_marking: "OFFICIAL-SENSITIVE",
    recorded_date: ukDateTime(nextMorning(crime.committed)),
    committed_from: ukDateTime(crime.committed),
    crime_flags: crime.carries.map(flagCode).join(";"),
    officer_in_case: "PC-9001",
    mo_summary: "Synthetic: example crime for the audit walkthrough",
  });
  crime.offences.forEach((offence, i) => {
    row[`offence_${i + 1}_ho_class`] = offence.homeOffice;
    row[`offence_${i + 1}_soa_section`] = offence.soaSection ?? "";
  });
  parties.forEach(({ party, role }, i) => {
    const details = person(party.ref);
    const n = i + 1;
    row[`person_${n}_ref`] = party.ref;
    row[`person_${n}_role`] = role;
    row[`person_${n}_dob`] = details.dateOfBirth === undefined ? "" : ukDate(details.dateOfBirth);
    row[`person_${n}_looked_after`] = yesNo(details.lookedAfter);
    row[`person_${n}_learning_disability`] = yesNo(details.learningDisability);
    row[`person_${n}_circumstances`] = circumstances(party);
  });
  return row;
}
