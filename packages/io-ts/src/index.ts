/**
 * @cse-flags/io-ts: io-ts codecs for the CSE canonical record, markers, decisions,
 * policies and concept maps, in lockstep with the zod schemas of @cse-flags/core.
 *
 * - codecs that accept exactly what core's zod schemas accept and decode to the same values,
 *   running core's own cross-field checks;
 * - `decodeWith` and `decodeRecord` and friends: core's input guard, then the codec, as an
 *   `Either<readonly Issue[], A>` with core's issue shape;
 * - `reportIssues`: io-ts errors as core's issues, never quoting input values;
 * - `toStandardSchema` and `standardSchemas`: each codec as a Standard Schema v1;
 * - `safeRecord`: a dictionary codec without io-ts's `__proto__` prototype hijack.
 */

export {
  CanonicalRecord,
  CustodyDetails,
  Indicator,
  Instant,
  IntelligenceDetails,
  Location,
  MissingEpisodeDetails,
  Offence,
  Person,
  RecordSource,
  SourceMarker,
  UnmappedCode,
  Vehicle,
} from "./codecs/canonical-record.js";
export { IntelligenceGrading, RecordKind } from "./codecs/codes.js";
export { ConceptMapDocument, ConceptMapEntry } from "./codecs/concept-map.js";
export {
  Condition,
  Count,
  GradingMatch,
  Headings,
  IndicatorMatch,
  OffenceMatch,
  ParameterRef,
  PersonCondition,
} from "./codecs/condition.js";
export {
  DataQualityCode,
  DataQualityNote,
  Decision,
  FiredRule,
  Proposal,
  ReviewNote,
} from "./codecs/decision.js";
export { Actor, Marker, MarkerTransition } from "./codecs/marker.js";
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
  TaxonomySource,
} from "./codecs/policy.js";
export { IsoDate, IsoDateTime, Ref, SemVer } from "./codecs/primitives.js";
export { Subject } from "./codecs/subject.js";
export { arrayOf, type Bounds } from "./combinators/array.js";
export { rule, withChecks } from "./combinators/checks.js";
export { type CodedValidationError, isCodedError } from "./combinators/failure.js";
export { safeRecord } from "./combinators/safe-record.js";
export { checkedString, integer, literal, oneOf, type StringRule } from "./combinators/scalars.js";
export {
  type Field,
  type ObjectOf,
  type OptionalField,
  optional,
  type Shape,
  strictObject,
} from "./combinators/strict-object.js";
export { taggedUnion, union } from "./combinators/union.js";
export {
  type DecodeOptions,
  decodeConceptMap,
  decodeDecision,
  decodeMarker,
  decodeMarkerTransition,
  decodePolicy,
  decodePolicyOverlay,
  decodeRecord,
  decodeWith,
} from "./decode.js";
export { standardSchemas } from "./public-codecs.js";
export { pathOf, reportIssues } from "./report.js";
export {
  type StandardIssue,
  type StandardResult,
  type StandardSchemaV1,
  toStandardSchema,
  vendor,
} from "./standard-schema.js";
