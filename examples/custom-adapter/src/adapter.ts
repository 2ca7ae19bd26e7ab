import { dateOfBirthProblem, defineAdapter, fromUkDate } from "@cse-flags/adapter-kit";
import type { CanonicalRecord } from "@cse-flags/core";
import { conceptMaps } from "./concept-maps.js";
import { NorthshireCrimeRow } from "./source-schema.js";

/** Maps the Northshire Constabulary crime export (CSV) onto canonical crime records. */
export const northshireCrimeAdapter = defineAdapter({
  id: "northshire-crime",
  version: "1.0.0",
  recordKind: "crime",
  source: {
    schema: NorthshireCrimeRow,
    formats: ["csv"],
    recordIdField: "crime_ref",
    codeFields: {
      local_offence: { conceptMap: "offences" },
      marker_flag: { conceptMap: "markers" },
      risk_flags: { conceptMap: "riskFlags", separator: ";" },
    },
  },
  conceptMaps,
  map(row, ctx) {
    ctx.ignore("officer_notes", "free-text");
    ctx.ignore("officer_id", "not-used-in-flagging");

    const start = fromUkDate(row.offence_date);
    if (start === undefined) return ctx.reject("invalid-offence-date", "offence_date");
    const recordedAt = fromUkDate(row.recorded);
    if (recordedAt === undefined) return ctx.reject("invalid-recorded-date", "recorded");
    const dateOfBirth = row.victim_dob === "" ? undefined : fromUkDate(row.victim_dob);
    if (row.victim_dob !== "" && dateOfBirth === undefined)
      return ctx.reject("invalid-date-of-birth", "victim_dob");
    if (recordedAt < start) return ctx.reject("recorded-before-offence", "recorded");
    // Born after the offence, or over 130 at it (a mistyped year): core would refuse the
    // record, so reject it here with the reason every adapter gives.
    const born = dateOfBirth === undefined ? undefined : dateOfBirthProblem(dateOfBirth, start);
    if (born !== undefined) return ctx.reject(born, "victim_dob");

    const persons: CanonicalRecord["persons"] = [
      {
        ref: row.victim_ref,
        roles: ["victim"],
        ...(dateOfBirth === undefined ? {} : { dateOfBirth }),
        attributes: row.victim_looked_after === "Y" ? ["looked-after"] : [],
      },
    ];
    if (row.suspect_ref !== "") persons.push({ ref: row.suspect_ref, roles: ["suspect"], attributes: [] });

    const offences: CanonicalRecord["offences"] = [];
    if (row.local_offence !== "") {
      const code = ctx.target("offences", row.local_offence, "local_offence");
      if (code !== undefined) offences.push({ homeOffice: { code } });
    }

    const indicators: CanonicalRecord["indicators"] = [];
    const flags = new Set(row.risk_flags.split(";").filter((flag) => flag !== ""));
    for (const flag of flags) {
      const code = ctx.target("riskFlags", flag, "risk_flags");
      if (code !== undefined && !indicators.some((i) => i.code === code)) {
        indicators.push({ code, personRef: row.victim_ref, sourcePath: "risk_flags" });
      }
    }

    const markers: CanonicalRecord["markers"] = [];
    if (row.marker_flag !== "") {
      const kind = ctx.target("markers", row.marker_flag, "marker_flag");
      if (kind !== undefined) {
        markers.push({
          kind,
          qualifiers: [],
          subject: { type: "record" },
          sourceCode: { system: conceptMaps.markers.source, code: row.marker_flag },
        });
      }
    }

    return {
      kind: "crime",
      source: { force: "northshire", system: "crime-export", recordId: row.crime_ref, adapter: ctx.adapter },
      classification: "OFFICIAL-SENSITIVE",
      event: { start },
      recordedAt,
      persons,
      offences,
      indicators,
      locations: [],
      vehicles: [],
      markers,
      unmappedCodes: [],
    };
  },
});
