import type { z } from "zod";
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

const guardNote =
  "The parse functions (parseRecord and friends) first refuse input that is not plain JSON data, is nested deeper than 32 levels, has strings over 65,536 characters, arrays over 10,000 items, objects over 1,000 keys, or the keys __proto__, constructor or prototype.";

/** Every schema this package publishes, with what its JSON Schema cannot say. */
export const publicSchemas: readonly PublicSchema[] = [
  {
    name: "canonical-record",
    title: "Canonical record",
    schema: CanonicalRecord,
    checks: recordChecks as readonly NamedCheck<never>[],
    notes: [
      guardNote,
      "Date formats: JSON Schema validators may treat `format: date` and `format: date-time` as annotations only; the zod schema always checks that dates are real calendar dates.",
    ],
  },
  {
    name: "marker",
    title: "Marker",
    schema: Marker,
    checks: markerChecks as readonly NamedCheck<never>[],
    notes: [guardNote],
  },
  {
    name: "marker-transition",
    title: "Marker transition",
    schema: MarkerTransition,
    checks: [],
    notes: [
      guardNote,
      "Whether a transition is allowed depends on the marker's history: validate whole markers.",
    ],
  },
  {
    name: "taxonomy",
    title: "Taxonomy document",
    schema: TaxonomyDocument,
    checks: [],
    notes: [
      guardNote,
      "parseTaxonomy also checks that codes are unique within each code set, that references between code sets and to sources resolve, that deprecations name existing successors, that every mapping which is not a verified equivalent has a comment, and that only a reviewer may confirm a marker.",
    ],
  },
];
