import {
  createMissingPersonAdapter,
  type MissingPersonExportRow,
  missingPersonConceptMaps,
  missingPersonExportColumns,
} from "@cse-flags/adapter-missing-person";
import { type IndicatorCode, ukLocalDateTime } from "@cse-flags/core";
import type { Scenario } from "../scenario.js";
import type { SourceExport, SystemUnderTest } from "../system.js";
import { blankRow, csvText, recordRef, ukDate, ukDateTime } from "./export-text.js";
import { localCodeBySign } from "./local-codes.js";

/** The sign every missing-person episode is: the episode itself, not a code (see docs/formats/missing-person.md). */
const episodeSign: IndicatorCode = "missing-from-home-or-care";

/** Each indicator's local concern code. */
const localCodeOf = localCodeBySign(missingPersonConceptMaps.concerns);

/**
 * The scenario as one row of the missing-person reference export: the child as the missing
 * person, reported at the event's time (UK local), category missing, no earlier episodes,
 * each sign other than going missing as a risk factor. Not yet found, with no grade, no
 * interview and no associates: facts the scenario does not hold are left blank.
 *
 * `undefined` when the system cannot express the scenario: it has no going-missing sign (an
 * episode always means the child went missing), a sign has no equivalent local code, or the
 * local time did not exist (skipped when the clocks went forward).
 */
function render(scenario: Scenario): SourceExport | undefined {
  if (!scenario.signs.includes(episodeSign)) return undefined;
  const riskFactors: string[] = [];
  for (const sign of scenario.signs) {
    if (sign === episodeSign) continue;
    const code = localCodeOf.get(sign);
    if (code === undefined) return undefined;
    riskFactors.push(code);
  }
  const { date, time } = scenario.event;
  if (time !== undefined && ukLocalDateTime(date, time) === undefined) return undefined;
  const reported = ukDateTime(date, time);
  const yesNo = (attribute: Scenario["child"]["attributes"][number]) =>
    scenario.child.attributes.includes(attribute) ? "Y" : "N";

  const row: MissingPersonExportRow = {
    ...(blankRow(missingPersonExportColumns) as MissingPersonExportRow),
    episode_ref: recordRef("MP", scenario.recordNumber),
    protective_marking: "OFFICIAL-SENSITIVE",
    date_created: reported,
    category: "M",
    reported_missing: reported,
    person_ref: scenario.child.ref,
    date_of_birth: scenario.child.dateOfBirth === undefined ? "" : ukDate(scenario.child.dateOfBirth),
    looked_after: yesNo("looked-after"),
    learning_disability: yesNo("learning-disability"),
    risk_factors: riskFactors.join(";"),
    prior_episode_count: "0",
    officer_in_case: "PC-1001",
  };
  return { format: "csv", text: csvText(missingPersonExportColumns, [row]) };
}

/** The missing-person system in the consistency proof. */
export const missingPersonSystem: SystemUnderTest = {
  name: "missing-person",
  adapter: createMissingPersonAdapter({ force: "force-x" }),
  // The concern codes' signs, and going missing, which every episode expresses.
  expressibleSigns: new Set<IndicatorCode>([episodeSign, ...localCodeOf.keys()]),
  render,
};
