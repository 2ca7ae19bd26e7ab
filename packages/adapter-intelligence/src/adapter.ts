import { type Adapter, defineAdapter, fromUkDateTime, splitCell } from "@cse-flags/adapter-kit";
import { type CanonicalRecord, compareInstants } from "@cse-flags/core";
import type { IntelligenceConceptMaps } from "./concept-maps.js";
import { readGrading } from "./grading.js";
import { readOperations } from "./operations.js";
import { type IntelligenceAdapterOptions, resolveOptions } from "./options.js";
import { readPersons } from "./persons.js";
import { IntelligenceExportRow, subjectField, subjectSlots } from "./source-schema.js";
import { groupSubjects } from "./subjects.js";

/** The adapter `createIntelligenceAdapter` returns. */
export type IntelligenceAdapter = Adapter<typeof IntelligenceExportRow, IntelligenceConceptMaps>;

/** `source.system` on every record this adapter maps. */
export const intelligenceSourceSystem = "intelligence-reference-export";

/**
 * An adapter for the intelligence reference export (docs/formats/intelligence.md): one
 * report per row, its subjects and operation headings in numbered column groups. The
 * grading is kept verbatim in 5x5x5 or 3x5x2 with its handling code; local codes go
 * through the concept maps, which a force replaces to fit its own code lists. Throws
 * `AdapterKitError` for bad options; never throws for bad data.
 */
export function createIntelligenceAdapter(options: IntelligenceAdapterOptions): IntelligenceAdapter {
  const { force, conceptMaps } = resolveOptions(options);
  const subjectCodeFields = Object.fromEntries(
    subjectSlots.flatMap((slot) => [
      [subjectField(slot, "role"), { conceptMap: "subjectRoles" as const }],
      [subjectField(slot, "indicators"), { conceptMap: "indicators" as const, separator: ";" }],
    ]),
  );
  return defineAdapter({
    id: "intelligence",
    version: "1.0.0",
    recordKind: "intelligence",
    source: {
      schema: IntelligenceExportRow,
      formats: ["csv", "json-array"],
      recordIdField: "ir_ref",
      codeFields: {
        report_flags: { conceptMap: "reportFlags", separator: ";" },
        ...subjectCodeFields,
      },
    },
    conceptMaps,
    map(row, ctx) {
      ctx.ignore("intel_text", "free-text");
      ctx.ignore("handling_conditions", "free-text");
      ctx.ignore("submitted_by", "not-used-in-flagging");

      const start = fromUkDateTime(row.intel_date);
      if (start === undefined) return ctx.reject("invalid-date", "intel_date");
      const recordedAt = fromUkDateTime(row.submitted);
      if (recordedAt === undefined) return ctx.reject("invalid-date", "submitted");
      if (compareInstants(recordedAt, start) < 0)
        return ctx.reject("submitted-before-intelligence-date", "submitted");

      const grading = readGrading(row);
      if (!grading.ok) return ctx.reject(grading.reason, grading.field);

      const grouped = groupSubjects(row);
      if (!grouped.ok) return ctx.reject(grouped.reason, grouped.field);
      const read = readPersons(grouped.value, ctx, start);
      if (!read.ok) return ctx.reject(read.reason, read.field);
      const { persons, indicators } = read.value;

      const markers: CanonicalRecord["markers"] = [];
      for (const flag of new Set(splitCell(row.report_flags, ";"))) {
        const kind = ctx.target("reportFlags", flag, "report_flags");
        if (kind === undefined) continue;
        markers.push({
          kind,
          qualifiers: [],
          subject: { type: "record" },
          sourceCode: { system: conceptMaps.reportFlags.source, code: flag },
        });
      }

      return {
        kind: "intelligence",
        source: { force, system: intelligenceSourceSystem, recordId: row.ir_ref, adapter: ctx.adapter },
        classification: row.protective_marking,
        event: { start },
        recordedAt,
        persons,
        offences: [],
        indicators,
        locations: [],
        vehicles: [],
        intelligence: {
          ...(grading.value === undefined ? {} : { grading: grading.value }),
          operations: readOperations(row),
        },
        markers,
        unmappedCodes: [],
      };
    },
  });
}
