// Each io-ts codec beside the zod schema it must stay in lockstep with, and valid inputs for both.
import { ConceptMapDocument as ZodConceptMap } from "@cse-flags/adapter-kit";
import * as core from "@cse-flags/core";
import type fc from "fast-check";
import type * as t from "io-ts";
import type { z } from "zod";
import * as io from "../src/index.js";
import {
  validConceptMapArb,
  validDecisionArb,
  validMarkerArb,
  validOverlayArb,
  validPolicyArb,
  validRecordArb,
  validTransitionArb,
} from "./arbitraries.js";

export interface SchemaPair {
  readonly name: string;
  readonly zod: z.ZodType;
  readonly codec: t.Decoder<unknown, unknown>;
  readonly valid: fc.Arbitrary<unknown>;
}

export const schemaPairs: readonly SchemaPair[] = [
  { name: "canonical-record", zod: core.CanonicalRecord, codec: io.CanonicalRecord, valid: validRecordArb },
  { name: "marker", zod: core.Marker, codec: io.Marker, valid: validMarkerArb },
  {
    name: "marker-transition",
    zod: core.MarkerTransition,
    codec: io.MarkerTransition,
    valid: validTransitionArb,
  },
  { name: "decision", zod: core.Decision, codec: io.Decision, valid: validDecisionArb },
  { name: "policy", zod: core.Policy, codec: io.Policy, valid: validPolicyArb },
  { name: "policy-overlay", zod: core.PolicyOverlay, codec: io.PolicyOverlay, valid: validOverlayArb },
  { name: "concept-map", zod: ZodConceptMap, codec: io.ConceptMapDocument, valid: validConceptMapArb },
];
