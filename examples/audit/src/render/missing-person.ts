import { missingPersonConceptMaps, missingPersonExportColumns } from "@cse-flags/adapter-missing-person";
import type { IndicatorCode } from "@cse-flags/core";
import { person } from "../people.js";
import type { MissingPersonRecord } from "../story.js";
import { blankRow, ukDate, ukDateTime, yesNo } from "./export-text.js";
import { indicatorCodes, markerCodes } from "./local-codes.js";

const concernCode = indicatorCodes(missingPersonConceptMaps.concerns);
const warningCode = markerCodes(missingPersonConceptMaps.warningMarkers);

/** Every episode is itself the sign that the child went missing: it has no concern code. */
const episodeSign: IndicatorCode = "missing-from-home-or-care";

const associateGroups = 2;

/**
 * One episode as a row of the missing-person reference export
 * (docs/formats/missing-person.md): category missing, not yet found, the risk factors at the
 * report as concern codes, and the earlier episodes both counted and dated.
 */
export function missingPersonRow(episode: MissingPersonRecord): Record<string, string> {
  const { missing } = episode;
  const suspects = episode.suspects ?? [];
  if (suspects.length > associateGroups)
    throw new Error("A story's missing episode has more associates than the export has columns for");
  const details = person(missing.ref);
  const prior = episode.priorEpisodes ?? [];
  const riskFactors = [
    ...(missing.signs ?? []).filter((sign) => sign !== episodeSign).map(concernCode),
    ...(missing.unknownCodes ?? []),
  ];
  const row = blankRow(missingPersonExportColumns);
  Object.assign(row, {
    episode_ref: episode.ref,
    protective_marking: "OFFICIAL-SENSITIVE",
    date_created: ukDateTime(episode.reported),
    category: "M",
    risk_grade: "MED",
    reported_missing: ukDateTime(episode.reported),
    person_ref: missing.ref,
    date_of_birth: details.dateOfBirth === undefined ? "" : ukDate(details.dateOfBirth),
    looked_after: yesNo(details.lookedAfter),
    learning_disability: yesNo(details.learningDisability),
    warning_markers: episode.carries.map(warningCode).join(";"),
    risk_factors: riskFactors.join(";"),
    prior_episode_count: String(prior.length),
    prior_episode_dates: prior.map(ukDateTime).join(";"),
    circumstances: "Synthetic: example episode for the audit walkthrough",
    officer_in_case: "PC-9004",
  });
  suspects.forEach((suspect, i) => {
    const suspectDetails = person(suspect.ref);
    row[`associate_${i + 1}_ref`] = suspect.ref;
    row[`associate_${i + 1}_type`] = "SUSP";
    row[`associate_${i + 1}_dob`] =
      suspectDetails.dateOfBirth === undefined ? "" : ukDate(suspectDetails.dateOfBirth);
  });
  return row;
}
