/**
 * @cse-flags/core: the shared language for flagging child sexual exploitation.
 *
 * - the versioned taxonomy (`taxonomy`, `getConcept`, code types),
 * - zod schemas for canonical records and markers (each a Standard Schema),
 * - `parseRecord` and friends, which never throw and never quote input values,
 * - JSON Schemas generated from the zod schemas,
 * - the flagging policy engine (`compilePolicy`, `nationalPolicy`) and the marker
 *   lifecycle (`transition`, `proposeMarker`).
 */

export { ageOn, calendarDate, compareInstants, ukLocalDateTime } from "./dates.js";
export type {
  Issue,
  IssueCode,
  ParseIssueCode,
  PathSegment,
  PolicyIssueCode,
  Result,
  TransitionIssueCode,
} from "./issue.js";
export { formatPath } from "./issue.js";
export { isReviewerOnly, needsReason, nextStatus } from "./lifecycle.js";
export {
  defaultInputLimits,
  forbiddenKeys,
  type InputLimits,
  inspectUntrustedInput,
  resolveInputLimits,
} from "./parse/guard.js";
export {
  type ParseOptions,
  parseMarker,
  parseMarkerTransition,
  parseRecord,
  parseTaxonomy,
  parseWith,
} from "./parse/parse.js";
export { canonicalizeRecord } from "./policy/canonical-order.js";
export { type CompiledPolicy, type CompilePolicyOptions, compilePolicy } from "./policy/compile-policy.js";
export {
  Condition,
  Count,
  GradingMatch,
  Headings,
  IndicatorMatch,
  OffenceMatch,
  ParameterRef,
  PersonCondition,
} from "./policy/condition-schema.js";
export {
  DataQualityCode,
  DataQualityNote,
  Decision,
  FiredRule,
  Proposal,
  ReviewNote,
} from "./policy/decision.js";
export { RecordNotCanonicalError } from "./policy/evaluation-error.js";
export { explainDecision } from "./policy/explain.js";
export { nationalPolicy } from "./policy/national-policy.js";
export {
  Hold,
  Outcome,
  Parameter,
  Policy,
  PolicyOverlay,
  QualifierRule,
  RiskFloor,
  Rule,
  SubjectSelector,
} from "./policy/policy-schema.js";
export {
  CanonicalRecord,
  CustodyDetails,
  Indicator,
  IntelligenceDetails,
  Location,
  MissingEpisodeDetails,
  Offence,
  Person,
  RecordSource,
  SourceMarker,
  UnmappedCode,
  Vehicle,
} from "./schemas/canonical-record.js";
export type { NamedCheck } from "./schemas/check.js";
export { IntelligenceGrading, RecordKind } from "./schemas/codes.js";
export { buildJsonSchemas } from "./schemas/json-schema.js";
export { Actor, Marker, MarkerTransition } from "./schemas/marker.js";
export { markerChecks } from "./schemas/marker-checks.js";
export { Instant, IsoDate, IsoDateTime, oldestAgeAtEvent, Ref } from "./schemas/primitives.js";
export { type PublicSchema, publicSchemas } from "./schemas/public-schemas.js";
export { recordChecks } from "./schemas/record-checks.js";
export { Subject } from "./schemas/subject.js";
export { checkTaxonomy } from "./taxonomy/check-taxonomy.js";
export { type CodeSetId, codeSetIds } from "./taxonomy/code-set-ids.js";
export * from "./taxonomy/codes.generated.js";
export type { SuccessorRelation } from "./taxonomy/concept-schema.js";
export {
  diffTaxonomy,
  type TaxonomyChange,
  type TaxonomyChangeKind,
  type TaxonomyDiff,
} from "./taxonomy/diff-taxonomy.js";
export { compareVersions, type VersionBump } from "./taxonomy/semver.js";
export { conceptsOf, getConcept, hasCode, taxonomy, taxonomyVersion } from "./taxonomy/taxonomy.js";
export {
  type CodeSet,
  type ConceptOf,
  TaxonomyDocument,
  TaxonomySource,
} from "./taxonomy/taxonomy-schema.js";
export { type ProposeMarkerOptions, proposeMarker, transition } from "./transition.js";
