import { proceed, readColumnGroup, rejectAt, type Step } from "@cse-flags/adapter-kit";
import type { Offence } from "@cse-flags/core";
import {
  type CrimeExportRow,
  type OffenceField,
  offenceCells,
  offenceField,
  offenceNumbers,
} from "./source-schema.js";

/** A Home Office class as core holds it: no leading zeros, so "071" and "71" are the same offence. */
const homeOfficeClass = /^[1-9]\d{0,2}[A-Z]?$/;

/**
 * The crime's offences, one per filled-in offence group. Home Office class and subclass, SOA
 * section and CJS code are national codes, carried verbatim (bar leading zeros on the class):
 * the policy, not the adapter, decides what they mean. Rejects a group with a subclass but no
 * class, a class of only zeros, and a crime with no offence at all.
 */
export function mapOffences(row: CrimeExportRow): Step<Offence[], OffenceField> {
  const offences: Offence[] = [];
  for (const n of offenceNumbers) {
    const group = readColumnGroup(row, offenceCells, (cell) => offenceField(n, cell));
    if (group === undefined) continue;
    const hoField = offenceField(n, "ho_class");
    if (group.ho_class === "" && group.ho_subclass !== "") return rejectAt("incomplete-offence", hoField);
    const offence: { -readonly [K in keyof Offence]: Offence[K] } = {};
    if (group.ho_class !== "") {
      const code = group.ho_class.replace(/^0+/, "");
      if (!homeOfficeClass.test(code)) return rejectAt("invalid-ho-class", hoField);
      offence.homeOffice = group.ho_subclass === "" ? { code } : { code, subcode: group.ho_subclass };
    }
    if (group.soa_section !== "") offence.soaSection = group.soa_section;
    if (group.cjs_code !== "") offence.cjsCode = group.cjs_code;
    offences.push(offence);
  }
  if (offences.length === 0) return rejectAt("no-offence", offenceField(1, "ho_class"));
  return proceed(offences);
}
