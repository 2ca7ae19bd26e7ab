import { fromYesNo, proceed, readColumnGroup, rejectAt } from "@cse-flags/adapter-kit";
import type { Offence } from "@cse-flags/core";
import type { Checked } from "./checked.js";
import { readDateOfBirth } from "./person-dates.js";
import {
  type CoArrestedNumber,
  type CustodyExportRow,
  coArrestedNumbers,
  type OffenceNumber,
  offenceNumbers,
  type RiskAnswerNumber,
  riskAnswerNumbers,
} from "./source-schema.js";

// The export repeats column groups (offence_1_..., ra_1_..., co_arrested_1_...). These
// helpers gather each group into one item: an entirely blank group is skipped, and a group
// filled in only in part rejects the row, naming the column that is missing or misplaced.

/** The cells of an offence group the adapter reads (`offence_N_title` is free text, ignored). */
const offenceCells = ["cjs_code", "ho_code", "ho_subcode"] as const;
const offenceColumn =
  (n: OffenceNumber) =>
  <C extends (typeof offenceCells)[number]>(cell: C) =>
    `offence_${n}_${cell}` as const;

/** A Home Office class as core holds it: no leading zeros, so "071" and "71" are the same offence. */
const homeOfficeClass = /^[1-9]\d{0,2}[A-Z]?$/;

/**
 * The arrest offences, in column order, read as the crime adapter reads its offences (same
 * reason codes). The CJS code is carried verbatim (its meaning is not hard-coded anywhere);
 * the Home Office class loses the leading zeros some systems write (`071` is `71`). A subcode
 * with no class is `incomplete-offence` and a class of only zeros `invalid-ho-class`, both
 * at the class column. The `offence_N_title` columns are free text and are not read here.
 */
export function readOffences(row: CustodyExportRow): Checked<Offence[]> {
  const offences: Offence[] = [];
  for (const n of offenceNumbers) {
    const column = offenceColumn(n);
    const group = readColumnGroup(row, offenceCells, column);
    if (group === undefined) continue;
    if (group.ho_code === "" && group.ho_subcode !== "")
      return rejectAt("incomplete-offence", column("ho_code"));
    const code = group.ho_code.replace(/^0+/, "");
    if (group.ho_code !== "" && !homeOfficeClass.test(code))
      return rejectAt("invalid-ho-class", column("ho_code"));
    offences.push({
      ...(group.cjs_code === "" ? {} : { cjsCode: group.cjs_code }),
      ...(group.ho_code === ""
        ? {}
        : { homeOffice: group.ho_subcode === "" ? { code } : { code, subcode: group.ho_subcode } }),
    });
  }
  return proceed(offences);
}

/** One answered (or asked and not answered) risk-assessment question. */
export interface RiskAnswer {
  readonly n: RiskAnswerNumber;
  readonly question: string;
  /** `true` for Y, `false` for N, `undefined` when asked and not answered (never read as "no"). */
  readonly answer: boolean | undefined;
}

/**
 * The risk-assessment questions in column order. An answer with no question cannot be
 * placed (`answer-without-question`). A question may be asked again (on arrival and at a
 * review): each asking is kept, but one answered Y and another N contradict each other,
 * so the record goes to a person (`conflicting-answers`, at the later answer).
 */
export function readRiskAnswers(row: CustodyExportRow): Checked<RiskAnswer[]> {
  const answers: RiskAnswer[] = [];
  for (const n of riskAnswerNumbers) {
    const question = row[`ra_${n}_question`];
    const cell = row[`ra_${n}_answer`];
    if (question === "") {
      if (cell !== "") return rejectAt("answer-without-question", `ra_${n}_answer`);
      continue;
    }
    // The source schema lets only Y, N and blank through, so there is no bad answer (null) here.
    const answer = fromYesNo(cell) ?? undefined;
    const contradicted = answers.some(
      (a) => a.question === question && a.answer !== undefined && answer !== undefined && a.answer !== answer,
    );
    if (contradicted) return rejectAt("conflicting-answers", `ra_${n}_answer`);
    answers.push({ n, question, answer });
  }
  return proceed(answers);
}

/** A person arrested with the detained person (a co-accused), held on their own custody record. */
export interface CoArrested {
  readonly n: CoArrestedNumber;
  readonly ref: string;
  readonly dateOfBirth: string | undefined;
}

/**
 * The people arrested with the detained person. A date of birth with no reference names
 * nobody (`dob-without-ref`); a reference already on the record (the detained person's
 * own, or a repeat) is `repeated-person`.
 */
export function readCoArrested(
  row: CustodyExportRow,
  detaineeRef: string,
  arrivedAt: string,
): Checked<CoArrested[]> {
  const people: CoArrested[] = [];
  for (const n of coArrestedNumbers) {
    const ref = row[`co_arrested_${n}_ref`];
    const dob = row[`co_arrested_${n}_dob`];
    if (ref === "") {
      if (dob !== "") return rejectAt("dob-without-ref", `co_arrested_${n}_dob`);
      continue;
    }
    if (ref === detaineeRef || people.some((p) => p.ref === ref))
      return rejectAt("repeated-person", `co_arrested_${n}_ref`);
    const dateOfBirth = readDateOfBirth(dob, `co_arrested_${n}_dob`, arrivedAt);
    if (!dateOfBirth.ok) return dateOfBirth;
    people.push({ n, ref, dateOfBirth: dateOfBirth.value });
  }
  return proceed(people);
}
