import { custodyExportColumns } from "@cse-flags/adapter-custody";
import type { Random } from "../random.js";
import { blankRow, childRefs, faultyShare, relevantShare, type SystemGenerator } from "./system.js";
import { addMinutes, answer, birthDate, eventTime, ref, ukDate, ukDateTime } from "./values.js";

/** The columns the reference adapter reads, in its export's order: one list, kept by the adapter. */
const columns: readonly string[] = custodyExportColumns;

// Questions from the custody adapter's default risk-question map.
const cseQuestions = [
  "MISSING",
  "GIFTS-FOR-SEX",
  "OLDER-ADULTS",
  "ONLINE-GROOMING",
  "CARS",
  "LATE-NIGHTS",
  "PHONES",
];
const otherQuestions = ["DRUG-USE", "ALCOHOL-USE", "SELF-HARM", "SCHOOL", "MENTAL-HEALTH"];
const offences = ["46", "28E", "30A", "8N", "105A", "92A", "126"];

/** The custody reference export: one detention per row, with risk-assessment answers. */
export const custodyGenerator: SystemGenerator = {
  system: "custody",
  columns,
  row(random: Random, index: number): Record<string, string> {
    const row = blankRow(columns);
    const arrival = eventTime(random);
    const relevant = random.chance(relevantShare);
    const child = relevant || random.chance(0.15);
    row.custody_ref = ref("CU-", index + 1, 7);
    row.custody_suite = random.pick(["CENTRAL", "NORTH", "SOUTH"]);
    row.protective_marking = "OFFICIAL-SENSITIVE";
    row.arrival = ukDateTime(arrival);
    if (random.chance(0.85)) row.released = ukDateTime(addMinutes(arrival, random.int(60, 1_800)));
    if (random.chance(faultyShare)) row.released = ukDateTime(addMinutes(arrival, -120));
    row.detainee_ref = child
      ? ref("CHILD-", random.int(1, childRefs), 5)
      : ref("ADULT-D", random.int(1, 50_000), 5);
    row.detainee_dob = ukDate(birthDate(random, arrival, child ? 11 : 18, child ? 16 : 70));
    row.juvenile = child ? "Y" : "N";
    row.appropriate_adult = child ? "Y" : "";
    row.looked_after = child ? answer(random, relevant ? 0.3 : 0.05) : "";
    row.learning_disability = answer(random, 0.05);
    row.offence_1_ho_code = random.pick(offences);
    row.offence_1_title = "Synthetic offence wording";
    const questions = relevant
      ? random.sample(cseQuestions, random.int(2, 5))
      : random.sample(otherQuestions, random.int(0, 3));
    questions.forEach((question, i) => {
      row[`ra_${i + 1}_question`] = question;
      row[`ra_${i + 1}_answer`] = relevant ? "Y" : random.pick(["N", "N", "Y"]);
    });
    if (random.chance(0.1)) row.co_arrested_1_ref = ref("ADULT-C", random.int(1, 50_000), 5);
    row.officer_comments = random.chance(0.5) ? "Synthetic note, never read" : "";
    row.custody_officer = ref("PS ", random.int(1, 300), 4);
    return row;
  },
};
