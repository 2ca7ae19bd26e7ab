import { type Adapter, defineAdapter, fromUkDate, fromUkDateTime, fromYesNo } from "@cse-flags/adapter-kit";
import {
  type CanonicalRecord,
  calendarDate,
  compareInstants,
  type PersonAttributeCode,
} from "@cse-flags/core";
import type { IntelligenceConceptMaps } from "./concept-maps.js";
import { readGrading } from "./grading.js";
import { readOperations } from "./operations.js";
import { type IntelligenceAdapterOptions, resolveOptions } from "./options.js";
import { IntelligenceExportRow, subjectField, subjectSlots } from "./source-schema.js";
import { groupSubjects, splitCodes } from "./subjects.js";

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

      const persons: CanonicalRecord["persons"] = [];
      const indicators: CanonicalRecord["indicators"] = [];
      for (const subject of grouped.subjects) {
        const dobField = subjectField(subject.slot, "dob");
        const dateOfBirth = subject.dob === "" ? undefined : fromUkDate(subject.dob);
        if (subject.dob !== "" && dateOfBirth === undefined) return ctx.reject("invalid-date", dobField);
        if (dateOfBirth !== undefined && dateOfBirth > calendarDate(start))
          return ctx.reject("born-after-event", dobField);

        // Blank means "not answered": only a Y gives the attribute, and a blank is never read as N.
        const attributes: PersonAttributeCode[] = [];
        if (fromYesNo(subject.lookedAfter) === true) attributes.push("looked-after");
        if (fromYesNo(subject.learningDisability) === true) attributes.push("learning-disability");

        const roleField = subjectField(subject.slot, "role");
        const role = ctx.target("subjectRoles", subject.role, roleField);
        if (role === undefined) {
          // A role with no taxonomy role (an associate, or a code not yet mapped): the person is
          // left off the record, which is only safe when nothing was recorded on them.
          if (attributes.length > 0 || subject.indicators.length > 0)
            return ctx.reject("facts-on-subject-without-role", roleField);
          continue;
        }

        persons.push({
          ref: subject.ref,
          roles: [role],
          ...(dateOfBirth === undefined ? {} : { dateOfBirth }),
          attributes,
        });
        const indicatorField = subjectField(subject.slot, "indicators");
        const seen = new Set<string>();
        for (const local of subject.indicators) {
          const code = ctx.target("indicators", local, indicatorField);
          if (code === undefined || seen.has(code)) continue;
          seen.add(code);
          indicators.push({ code, personRef: subject.ref, sourcePath: indicatorField });
        }
      }

      const markers: CanonicalRecord["markers"] = [];
      for (const flag of new Set(splitCodes(row.report_flags))) {
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
          ...(grading.grading === undefined ? {} : { grading: grading.grading }),
          operations: readOperations(row),
        },
        markers,
        unmappedCodes: [],
      };
    },
  });
}
