import { type Adapter, defineAdapter } from "@cse-flags/adapter-kit";
import type { DefaultMaps } from "./concept-maps.js";
import { mapRow } from "./map-row.js";
import { type MissingPersonAdapterOptions, resolveOptions } from "./options.js";
import { MissingPersonExportRow } from "./source-schema.js";

/** The adapter `createMissingPersonAdapter` returns. */
export type MissingPersonAdapter = Adapter<typeof MissingPersonExportRow, DefaultMaps>;

/**
 * The adapter for the missing-person reference export (docs/formats/missing-person.md), for
 * one force. Pass `conceptMaps` to map the force's own codes. Throws AdapterKitError for
 * invalid options; after that it never throws: every row is mapped or rejected with a reason.
 */
export function createMissingPersonAdapter(options: MissingPersonAdapterOptions): MissingPersonAdapter {
  const resolved = resolveOptions(options);
  return defineAdapter({
    id: "missing-person",
    version: "1.0.0",
    recordKind: "missing-person",
    source: {
      schema: MissingPersonExportRow,
      formats: ["csv", "json-array"],
      recordIdField: "episode_ref",
      codeFields: {
        category: { conceptMap: "categories" },
        risk_grade: { conceptMap: "riskGrades" },
        warning_markers: { conceptMap: "warningMarkers", separator: ";" },
        risk_factors: { conceptMap: "concerns", separator: ";" },
        rhi_findings: { conceptMap: "concerns", separator: ";" },
        associate_1_type: { conceptMap: "associateTypes" },
        associate_2_type: { conceptMap: "associateTypes" },
      },
    },
    conceptMaps: resolved.conceptMaps,
    map: (row, ctx) => mapRow(row, ctx, resolved),
  });
}
