import { type Issue, inspectUntrustedInput, type ParseOptions } from "@cse-flags/core";
import { type Either, left, right } from "fp-ts/lib/Either.js";
import type * as t from "io-ts";
import { CanonicalRecord } from "./codecs/canonical-record.js";
import { ConceptMapDocument } from "./codecs/concept-map.js";
import { Decision } from "./codecs/decision.js";
import { Marker, MarkerTransition } from "./codecs/marker.js";
import { Policy, PolicyOverlay } from "./codecs/policy.js";
import { reportIssues } from "./report.js";

export type DecodeOptions = ParseOptions;

/**
 * Decodes untrusted input with a codec and never throws. Like core's `parseWith`, it first
 * refuses input that is not plain JSON data within the size limits (and the keys
 * `__proto__`, `constructor`, `prototype`), then runs the codec. Issues name paths and
 * codes, never values.
 */
export function decodeWith<A>(
  codec: t.Decoder<unknown, A>,
  input: unknown,
  options: DecodeOptions = {},
): Either<readonly Issue[], A> {
  // JavaScript callers may pass null, or options whose getter throws: the default limits apply.
  let limits: DecodeOptions["limits"];
  try {
    const given: unknown = options?.limits;
    if (typeof given === "object" && given !== null) limits = given;
  } catch {
    limits = undefined;
  }
  const guardIssues = inspectUntrustedInput(input, limits);
  if (guardIssues.length > 0) return left(guardIssues);
  try {
    const decoded = codec.decode(input);
    return decoded._tag === "Right" ? right(decoded.right) : left(reportIssues(decoded.left));
  } catch {
    return left([{ path: [], code: "unreadable_input", message: "Input could not be validated" }]);
  }
}

type Decode<A> = (input: unknown, options?: DecodeOptions) => Either<readonly Issue[], A>;

const decoderOf =
  <A>(codec: t.Decoder<unknown, A>): Decode<A> =>
  (input, options) =>
    decodeWith(codec, input, options);

export const decodeRecord: Decode<CanonicalRecord> = decoderOf(CanonicalRecord);
export const decodeMarker: Decode<Marker> = decoderOf(Marker);
export const decodeMarkerTransition: Decode<MarkerTransition> = decoderOf(MarkerTransition);
export const decodeDecision: Decode<Decision> = decoderOf(Decision);
export const decodePolicy: Decode<Policy> = decoderOf(Policy);
export const decodePolicyOverlay: Decode<PolicyOverlay> = decoderOf(PolicyOverlay);
export const decodeConceptMap: Decode<ConceptMapDocument> = decoderOf(ConceptMapDocument);
