/**
 * @cse-flags/adapter-intelligence: the reference adapter for intelligence-report exports.
 * Gradings are kept verbatim in 5x5x5 or 3x5x2 with their handling codes; operation
 * headings, subjects with their roles, and indicators are mapped onto the canonical record.
 * The export format is documented in docs/formats/intelligence.md.
 */

export {
  createIntelligenceAdapter,
  type IntelligenceAdapter,
  intelligenceSourceSystem,
} from "./adapter.js";
export { type IntelligenceConceptMaps, intelligenceConceptMaps } from "./concept-maps.js";
export type { IntelligenceAdapterOptions } from "./options.js";
export {
  IntelligenceExportRow,
  intelligenceExportColumns,
  operationFields,
  subjectColumns,
  subjectField,
  subjectSlots,
} from "./source-schema.js";
