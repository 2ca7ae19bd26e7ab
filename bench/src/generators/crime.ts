import { crimeExportColumns } from "@cse-flags/adapter-crime";
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
const columns: readonly string[] = crimeExportColumns;

// Codes from the crime adapter's default concept maps.
const cseCircumstances = [
  "XGIFT",
  "OLDADULT",
  "ONLGROOM",
  "SEXACT",
  "MISS",
  "CARS",
  "XMONEY",
  "STI",
  "LATE",
  "PHONES",
];
const otherCircumstances = ["DRGMIS", "ALCMIS", "SCHOOL", "SELFHARM", "WEAPON", "INTOX", "EXCH"];
const sexualOffences = [
  { ho: "71", soa: "48" },
  { ho: "22B", soa: "9" },
  { ho: "19C", soa: "5" },
  { ho: "21", soa: "15" },
  { ho: "88A", soa: "" },
];
const otherOffences = ["28E", "30A", "58A", "8N", "105A", "45", "92A", "126", "49"];

function person(row: Record<string, string>, n: number, cells: Record<string, string>): void {
  for (const [cell, value] of Object.entries(cells)) row[`person_${n}_${cell}`] = value;
}

/** The crime reference export: one crime per row, up to three offences and four people. */
export const crimeGenerator: SystemGenerator = {
  system: "crime",
  columns,
  row(random: Random, index: number): Record<string, string> {
    const row = blankRow(columns);
    const committed = eventTime(random);
    const relevant = random.chance(relevantShare);
    row.crime_ref = ref("CR-", index + 1, 7);
    row.protective_marking = random.chance(0.9) ? "OFFICIAL-SENSITIVE" : "OFFICIAL";
    row.committed_from = random.chance(0.7) ? ukDateTime(committed) : ukDate(committed);
    if (random.chance(0.3)) row.committed_to = ukDateTime(addMinutes(committed, random.int(10, 600)));
    row.recorded_date = ukDateTime(addMinutes(committed, random.int(700, 14_400)));
    if (random.chance(faultyShare)) row.committed_from = impossibleDate;
    if (random.chance(0.5)) row.location_ref = ref("LOC-", random.int(1, 9_999), 5);
    row.officer_in_case = ref("PC-", random.int(1, 800), 4);
    if (random.chance(0.6)) row.mo_summary = "Synthetic summary, never read";
    if (random.chance(0.2)) row.officer_notes = 'Synthetic note with "quotes"';

    if (relevant) {
      const offence = random.pick(sexualOffences);
      row.offence_1_ho_class = offence.ho;
      row.offence_1_soa_section = offence.soa;
      if (random.chance(0.3)) row.crime_flags = "CSE";
      person(row, 1, {
        ref: ref("CHILD-", random.int(1, childRefs), 5),
        role: "VIC",
        dob: ukDate(birthDate(random, committed, 10, 16)),
        looked_after: answer(random, 0.3),
        learning_disability: answer(random, 0.1),
        circumstances: codes(random.sample(cseCircumstances, random.int(1, 4))),
      });
    } else {
      row.offence_1_ho_class = random.pick(otherOffences);
      if (random.chance(0.2)) row.offence_2_ho_class = random.pick(otherOffences);
      if (random.chance(0.03)) row.crime_flags = "DA";
      const child = random.chance(0.15);
      person(row, 1, {
        ref: child ? ref("CHILD-", random.int(1, childRefs), 5) : ref("ADULT-V", random.int(1, 50_000), 5),
        role: "VIC",
        dob: random.chance(0.9) ? ukDate(birthDate(random, committed, child ? 10 : 18, child ? 17 : 80)) : "",
        looked_after: child ? answer(random, 0.05) : "",
        learning_disability: answer(random, 0.03),
        circumstances: random.chance(0.2) ? random.pick(otherCircumstances) : "",
      });
    }
    if (random.chance(relevant ? 0.7 : 0.5))
      person(row, 2, {
        ref: ref("ADULT-X", random.int(1, 5_000), 5),
        role: random.pick(["SUS", "SUS", "OFF"]),
        dob: ukDate(birthDate(random, committed, 18, 60)),
      });
    if (random.chance(0.1)) person(row, 3, { ref: ref("ADULT-W", random.int(1, 50_000), 5), role: "WIT" });
    return row;
  },
};
