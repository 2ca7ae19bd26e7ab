/**
 * @cse-flags/adapter-custody: the reference adapter for custody-record exports. It maps the
 * custody reference export (`docs/formats/custody.md`: one row per custody record, CSV or a
 * JSON array) onto the canonical record: the detained person, arrest offences, juvenile
 * status and appropriate adult as recorded under PACE Code C, and risk-assessment answers
 * as indicators on the detained person.
 */

export { type CustodyAdapter, createCustodyAdapter } from "./adapter.js";
export { type CustodyConceptMaps, custodyConceptMaps } from "./concept-maps.js";
export type { CustodyAdapterOptions } from "./options.js";
export {
  type CoArrestedNumber,
  CustodyExportRow,
  coArrestedGroups,
  custodyExportColumns,
  type OffenceNumber,
  offenceGroups,
  type RiskAnswerNumber,
  riskAnswerGroups,
} from "./source-schema.js";
