import { missingPersonExportColumns } from "@cse-flags/adapter-missing-person";
import type { Random } from "../random.js";
import { blankRow, childRefs, faultyShare, relevantShare, type SystemGenerator } from "./system.js";
import { addMinutes, answer, birthDate, codes, eventTime, ref, ukDate, ukDateTime } from "./values.js";

/** The columns the reference adapter reads, in its export's order: one list, kept by the adapter. */
const columns: readonly string[] = missingPersonExportColumns;

// Codes from the missing-person adapter's default concept maps.
const cseConcerns = [
  "GIFTS",
  "OLDER",
  "ONLGROOM",
  "SEXACT",
  "CARS",
  "OOA",
  "LATE",
  "PHONES",
  "MONEY",
  "CONTROL",
];
const otherConcerns = ["ALCOHOL", "DRUGUSE", "EDUC", "PEERS", "BULLIED", "NOCONCERN"];

/** The missing-person reference export: one missing episode per row. */
export const missingPersonGenerator: SystemGenerator = {
  system: "missing-person",
  columns,
  row(random: Random, index: number): Record<string, string> {
    const row = blankRow(columns);
    const reported = eventTime(random);
    const relevant = random.chance(relevantShare);
    const child = relevant || random.chance(0.4);
    row.episode_ref = ref("MP-", index + 1, 7);
    row.protective_marking = "OFFICIAL-SENSITIVE";
    row.reported_missing = ukDateTime(reported);
    row.date_created = ukDateTime(addMinutes(reported, random.int(5, 60)));
    row.category = random.chance(0.9) ? "M" : "A";
    row.risk_grade = random.pick(relevant ? ["MED", "HIGH"] : ["LOW", "MED", "NAR"]);
    if (random.chance(0.8)) row.last_seen = ukDateTime(addMinutes(reported, -random.int(30, 900)));
    const foundAt = addMinutes(reported, random.int(60, 4_000));
    if (random.chance(0.85)) {
      row.found = ukDateTime(foundAt);
      if (random.chance(0.5)) row.found_location_ref = ref("LOC-", random.int(1, 9_999), 5);
      if (child && random.chance(0.6)) {
        row.rhi_offered = ukDateTime(addMinutes(foundAt, random.int(60, 2_000)));
        if (relevant) row.rhi_findings = codes(random.sample(cseConcerns, random.int(1, 2)));
        row.rhi_notes = "Synthetic interview note, never read";
      }
    }
    if (random.chance(faultyShare)) row.found = ukDateTime(addMinutes(reported, -300));
    row.person_ref = child
      ? ref("CHILD-", random.int(1, childRefs), 5)
      : ref("ADULT-M", random.int(1, 50_000), 5);
    row.date_of_birth = ukDate(birthDate(random, reported, child ? 11 : 18, child ? 16 : 80));
    row.looked_after = child ? answer(random, relevant ? 0.4 : 0.15) : "";
    row.learning_disability = answer(random, 0.05);
    if (relevant && random.chance(0.2)) row.warning_markers = "CSE";
    row.risk_factors = relevant
      ? codes(random.sample(cseConcerns, random.int(1, 4)))
      : random.chance(0.4)
        ? random.pick(otherConcerns)
        : "";
    row.prior_episode_count = String(relevant ? random.int(0, 6) : random.int(0, 1));
    if (relevant && random.chance(0.4)) {
      row.associate_1_ref = ref("ADULT-X", random.int(1, 5_000), 5);
      row.associate_1_type = "SUSP";
      row.associate_1_dob = ukDate(birthDate(random, reported, 18, 50));
    }
    row.circumstances = "Synthetic circumstances, never read";
    row.officer_in_case = ref("PC-", random.int(1, 800), 4);
    return row;
  },
};
