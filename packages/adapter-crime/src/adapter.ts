import { type Adapter, defineAdapter, fromUkDateTime } from "@cse-flags/adapter-kit";
import { compareInstants } from "@cse-flags/core";
import type { CrimeConceptMaps } from "./concept-maps.js";
import { mapCrimeFlags } from "./crime-flags.js";
import { mapOffences } from "./offences.js";
import { type CrimeAdapterOptions, resolveCrimeOptions } from "./options.js";
import { mapPersons } from "./persons.js";
import { CrimeExportRow, personNumbers } from "./source-schema.js";

/** The crime adapter: reads the crime reference export (CSV or JSON) into canonical crime records. */
export type CrimeAdapter = Adapter<typeof CrimeExportRow, CrimeConceptMaps>;

/**
 * An adapter for the crime reference export of one force. `force` goes into every record's
 * `source.force`; `conceptMaps` replaces any of the default maps with the force's own. Throws
 * `AdapterKitError` for bad options (a force that is not a reference, an invalid map).
 */
export function createCrimeAdapter(options: CrimeAdapterOptions): CrimeAdapter {
  const { force, conceptMaps } = resolveCrimeOptions(options);
  return defineAdapter({
    id: "crime",
    version: "1.0.0",
    recordKind: "crime",
    source: {
      schema: CrimeExportRow,
      formats: ["csv", "json-array"],
      recordIdField: "crime_ref",
      codeFields: {
        crime_flags: { conceptMap: "crimeFlags", separator: ";" },
        ...Object.fromEntries(
          personNumbers.flatMap((n) => [
            [`person_${n}_role`, { conceptMap: "personRoles" }],
            [`person_${n}_circumstances`, { conceptMap: "circumstances", separator: ";" }],
          ]),
        ),
      },
    },
    conceptMaps,
    map(row, ctx) {
      // Free text is never read: flags come from codes, not from searching for words.
      ctx.ignore("mo_summary", "free-text");
      ctx.ignore("officer_notes", "free-text");
      ctx.ignore("officer_in_case", "not-used-in-flagging");

      const start = fromUkDateTime(row.committed_from);
      if (start === undefined) return ctx.reject("invalid-date", "committed_from");
      const end = row.committed_to === "" ? undefined : fromUkDateTime(row.committed_to);
      if (end === undefined && row.committed_to !== "") return ctx.reject("invalid-date", "committed_to");
      const recordedAt = fromUkDateTime(row.recorded_date);
      if (recordedAt === undefined) return ctx.reject("invalid-date", "recorded_date");
      if (end !== undefined && compareInstants(end, start) < 0)
        return ctx.reject("committed-to-before-from", "committed_to");
      if (compareInstants(recordedAt, start) < 0)
        return ctx.reject("recorded-before-committed", "recorded_date");

      const offences = mapOffences(row);
      if (!offences.ok) return ctx.reject(offences.reason, offences.field);
      const persons = mapPersons(row, ctx, start);
      if (!persons.ok) return ctx.reject(persons.reason, persons.field);

      return {
        kind: "crime",
        source: { force, system: "crime-reference-export", recordId: row.crime_ref, adapter: ctx.adapter },
        classification: row.protective_marking,
        event: end === undefined ? { start } : { start, end },
        recordedAt,
        persons: persons.value.persons,
        offences: offences.value,
        indicators: persons.value.indicators,
        locations: row.location_ref === "" ? [] : [{ ref: row.location_ref, role: "event-location" }],
        vehicles: [],
        markers: mapCrimeFlags(row.crime_flags, ctx, conceptMaps.crimeFlags.source),
        unmappedCodes: [],
      };
    },
  });
}
