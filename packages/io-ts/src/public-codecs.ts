import { CanonicalRecord } from "./codecs/canonical-record.js";
import { ConceptMapDocument } from "./codecs/concept-map.js";
import { Decision } from "./codecs/decision.js";
import { Marker, MarkerTransition } from "./codecs/marker.js";
import { Policy, PolicyOverlay } from "./codecs/policy.js";
import { toStandardSchema } from "./standard-schema.js";

/** Each public codec as a Standard Schema (guard, codec, core's issues). */
export const standardSchemas = {
  canonicalRecord: toStandardSchema(CanonicalRecord),
  marker: toStandardSchema(Marker),
  markerTransition: toStandardSchema(MarkerTransition),
  decision: toStandardSchema(Decision),
  policy: toStandardSchema(Policy),
  policyOverlay: toStandardSchema(PolicyOverlay),
  conceptMap: toStandardSchema(ConceptMapDocument),
} as const;
