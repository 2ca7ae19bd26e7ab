import type { z } from "zod";
import { defaultInputLimits } from "../parse/guard.js";
import { Decision } from "../policy/decision.js";
import { Policy, PolicyOverlay } from "../policy/policy-schema.js";
import { TaxonomyDocument } from "../taxonomy/taxonomy-schema.js";
import { CanonicalRecord } from "./canonical-record.js";
import type { NamedCheck } from "./check.js";
import { Marker, MarkerTransition } from "./marker.js";
import { markerChecks } from "./marker-checks.js";
import { recordChecks } from "./record-checks.js";

export interface PublicSchema {
  /** Also the JSON Schema's file name: `schemas/<name>.schema.json`. */
  readonly name: string;
  readonly title: string;
  readonly schema: z.ZodType;
  /** Rules the schema checks that JSON Schema cannot express. */
  readonly checks: readonly NamedCheck<never>[];
  /** Further rules outside the schema itself, in words. */
  readonly notes: readonly string[];
}

const limits = defaultInputLimits;
const count = (n: number): string => n.toLocaleString("en-GB");

/** Applies to every public schema: what the parse functions refuse before validating. */
export const inputGuardNote =
  `The parse functions (parseRecord and friends) first refuse input that is not plain JSON data, ` +
  `is nested deeper than ${count(limits.maxDepth)} levels, has strings over ${count(limits.maxStringLength)} characters, ` +
  `arrays over ${count(limits.maxArrayLength)} items, objects over ${count(limits.maxKeysPerObject)} keys, ` +
  `more than ${count(limits.maxNodes)} values in all, or the keys __proto__, constructor or prototype.`;

/** Every schema this package publishes, with what its JSON Schema cannot say. */
export const publicSchemas: readonly PublicSchema[] = [
  {
    name: "canonical-record",
    title: "Canonical record",
    schema: CanonicalRecord,
    checks: recordChecks as readonly NamedCheck<never>[],
    notes: [
      "Date formats: JSON Schema validators may treat `format: date` and `format: date-time` as annotations only; the zod schema always checks that dates are real calendar dates.",
    ],
  },
  {
    name: "marker",
    title: "Marker",
    schema: Marker,
    checks: markerChecks as readonly NamedCheck<never>[],
    notes: [],
  },
  {
    name: "marker-transition",
    title: "Marker transition",
    schema: MarkerTransition,
    checks: [],
    notes: ["Whether a transition is allowed depends on the marker's history: validate whole markers."],
  },
  {
    name: "taxonomy",
    title: "Taxonomy document",
    schema: TaxonomyDocument,
    checks: [],
    notes: [
      "parseTaxonomy also checks that codes are unique within each code set, that references between code sets and to sources resolve, that deprecations name existing successors, that every mapping which is not a verified equivalent has a comment, and that only a reviewer may confirm a marker.",
    ],
  },
  {
    name: "policy",
    title: "Flagging policy",
    schema: Policy,
    checks: [],
    notes: [
      "Indicator and offence matches name at least one of their lists, an age test gives under, atLeast or both, and an integer parameter's value lies between its min and max.",
      "compilePolicy also checks that the policy was written against this taxonomy's major version, that ids are unique, that every cited source is the taxonomy's or the policy's own, that every parameter a condition uses exists with the right type, and that every rule proposing CSE or CSA can only fire with a sexual element (a sexual offence, an indicator of a sexual element or a CSE operation heading).",
    ],
  },
  {
    name: "policy-overlay",
    title: "Policy overlay",
    schema: PolicyOverlay,
    checks: [],
    notes: [
      "compilePolicy also checks that the overlay extends the policy it is applied to, that its ids are new (an overlay cannot replace, remove or weaken an entry of another layer), that parameters it sets exist, keep their type, stay within their limits and only move in their stricter direction, plus every check it makes on a policy's rules.",
    ],
  },
  {
    name: "decision",
    title: "Decision",
    schema: Decision,
    checks: [],
    notes: [
      "A decision is output, not input: evaluate always produces one in canonical order (proposals by subject then kind; rules by layer then id; evidence sorted), with status suspected on every proposal.",
    ],
  },
];
