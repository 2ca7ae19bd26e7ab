import { intelligenceExportColumns } from "@cse-flags/adapter-intelligence";
import type { Random } from "../random.js";
import { blankRow, childRefs, faultyShare, relevantShare, type SystemGenerator } from "./system.js";
import {
  addMinutes,
  answer,
  birthDate,
  codes,
  eventTime,
  impossibleDate,
  ref,
  ukDate,
  ukDateTime,
} from "./values.js";

/** The columns the reference adapter reads, in its export's order: one list, kept by the adapter. */
const columns: readonly string[] = intelligenceExportColumns;

// Codes from the intelligence adapter's default concept maps.
const cseIndicators = [
  "MFH",
  "XGIFTS",
  "OLDER",
  "GROOMONL",
  "SEXACT",
  "CARS",
  "XMONEY",
  "LATE",
  "MULTIPH",
  "OOA",
];
const otherIndicators = ["DRUGUSE", "GANG", "OFFENDING", "ALCOHOL", "EDU", "PEERS"];

function subject(row: Record<string, string>, n: number, cells: Record<string, string>): void {
  for (const [cell, value] of Object.entries(cells)) row[`subject_${n}_${cell}`] = value;
}

function grade(random: Random, row: Record<string, string>): void {
  if (random.chance(0.1)) return;
  if (random.chance(0.5)) {
    row.grading_scheme = "3x5x2";
    row.source_eval = random.pick(["1", "2", "3"]);
    row.intel_eval = random.pick(["A", "B", "C", "D", "E"]);
    row.handling_code = random.pick(["P", "P", "C"]);
  } else {
    row.grading_scheme = "5x5x5";
    row.source_eval = random.pick(["A", "B", "C", "D", "E"]);
    row.intel_eval = random.pick(["1", "2", "3", "4", "5"]);
    row.handling_code = random.pick(["1", "2", "3", "4", "5"]);
  }
}

/** The intelligence reference export: one report per row, up to four subjects. */
export const intelligenceGenerator: SystemGenerator = {
  system: "intelligence",
  columns,
  row(random: Random, index: number): Record<string, string> {
    const row = blankRow(columns);
    const seen = eventTime(random);
    const relevant = random.chance(relevantShare);
    row.ir_ref = ref("IR-", index + 1, 7);
    row.intel_date = random.chance(0.7) ? ukDateTime(seen) : ukDate(seen);
    row.submitted = ukDateTime(addMinutes(seen, random.int(30, 7_200)));
    if (random.chance(faultyShare)) row.intel_date = impossibleDate;
    row.protective_marking = random.chance(0.8) ? "OFFICIAL-SENSITIVE" : "OFFICIAL";
    grade(random, row);
    if (random.chance(0.2)) row.operation_1 = `Op Synthetic ${random.int(1, 40)}`;
    row.intel_text = "Synthetic report text, never read";
    row.submitted_by = ref("PC ", random.int(1, 800), 4);
    if (relevant) {
      if (random.chance(0.3)) row.report_flags = "CSE";
      subject(row, 1, {
        ref: ref("CHILD-", random.int(1, childRefs), 5),
        role: random.pick(["PAR", "VIC"]),
        dob: ukDate(birthDate(random, seen, 10, 16)),
        looked_after: answer(random, 0.3),
        learning_disability: answer(random, 0.1),
        indicators: codes(random.sample(cseIndicators, random.int(1, 4))),
      });
      if (random.chance(0.6))
        subject(row, 2, {
          ref: ref("ADULT-X", random.int(1, 5_000), 5),
          role: "SUS",
          dob: ukDate(birthDate(random, seen, 18, 60)),
        });
    } else {
      subject(row, 1, {
        ref: ref("ADULT-S", random.int(1, 50_000), 5),
        role: random.pick(["SUS", "SUBJ", "OFF"]),
        dob: random.chance(0.8) ? ukDate(birthDate(random, seen, 18, 70)) : "",
        indicators: random.chance(0.5) ? codes(random.sample(otherIndicators, random.int(1, 2))) : "",
      });
    }
    return row;
  },
};
