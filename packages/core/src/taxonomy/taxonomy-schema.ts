import { z } from "zod";
import type { CodeSetId } from "./code-set-ids.js";
import { ConceptCode, conceptBaseShape, SemVer, SourceId } from "./concept-schema.js";

const conceptWith = <Extra extends z.ZodRawShape>(extra: Extra) =>
  z.strictObject({ ...conceptBaseShape, ...extra });

const Concept = conceptWith({});

const IndicatorConcept = conceptWith({
  class: ConceptCode,
  /** Only on sexual-element signs: the sign is an exchange for sexual activity. */
  exchange: z.boolean().optional(),
});

const PersonAttributeConcept = conceptWith({
  /** The general-vulnerability indicator this attribute evidences. */
  indicator: ConceptCode,
});

const MarkerStatusConcept = conceptWith({ terminal: z.boolean() });

const MarkerTransitionConcept = conceptWith({
  from: z.array(ConceptCode).max(10),
  to: ConceptCode,
  reviewerOnly: z.boolean(),
  reasonRequired: z.boolean(),
});

const OffenceConcept = conceptWith({ offenceClass: ConceptCode });

const RiskLevelConcept = conceptWith({ rank: z.int().min(0).max(100) });

/** A FHIR R5-style mapping from a local risk category to the canonical scale. */
export const RiskCrosswalk = z.strictObject({
  code: ConceptCode,
  relationship: ConceptCode,
  comment: z.string().min(1).max(1000).optional(),
  /** False where the category's meaning comes from an assumption, not a source. */
  verified: z.boolean(),
});

const RiskSchemeConcept = conceptWith({
  mapsTo: RiskCrosswalk,
  scoreMin: z.int().min(0).optional(),
  scoreMax: z.int().min(0).optional(),
});

const GradingIntelligenceConcept = conceptWith({ suspectedFalse: z.boolean() });

const codeSet = <C extends z.ZodObject>(id: CodeSetId, concept: C) =>
  z.strictObject({
    id: z.literal(id),
    label: z.string().min(1).max(200),
    description: z.string().min(1).max(2000),
    concepts: z.array(concept).min(1).max(1000),
  });

/** One entry per id in `codeSetIds`: the compiler checks none is missing. */
const codeSetsShape = {
  "record-kind": codeSet("record-kind", Concept),
  "marker-kind": codeSet("marker-kind", Concept),
  "marker-qualifier": codeSet("marker-qualifier", Concept),
  "subject-type": codeSet("subject-type", Concept),
  "person-role": codeSet("person-role", Concept),
  "person-attribute": codeSet("person-attribute", PersonAttributeConcept),
  "location-role": codeSet("location-role", Concept),
  "marker-status": codeSet("marker-status", MarkerStatusConcept),
  "marker-transition": codeSet("marker-transition", MarkerTransitionConcept),
  "indicator-class": codeSet("indicator-class", Concept),
  indicator: codeSet("indicator", IndicatorConcept),
  "offence-class": codeSet("offence-class", Concept),
  "ho-offence": codeSet("ho-offence", OffenceConcept),
  "soa-section": codeSet("soa-section", OffenceConcept),
  "risk-level": codeSet("risk-level", RiskLevelConcept),
  "risk-seraf": codeSet("risk-seraf", RiskSchemeConcept),
  "risk-london": codeSet("risk-london", RiskSchemeConcept),
  "risk-city-of-london": codeSet("risk-city-of-london", RiskSchemeConcept),
  "risk-low-medium-high": codeSet("risk-low-medium-high", RiskSchemeConcept),
  "risk-app-missing": codeSet("risk-app-missing", RiskSchemeConcept),
  "missing-category": codeSet("missing-category", Concept),
  "grading-scheme": codeSet("grading-scheme", Concept),
  "grading-5x5x5-source": codeSet("grading-5x5x5-source", Concept),
  "grading-5x5x5-intelligence": codeSet("grading-5x5x5-intelligence", GradingIntelligenceConcept),
  "grading-5x5x5-handling": codeSet("grading-5x5x5-handling", Concept),
  "grading-3x5x2-source": codeSet("grading-3x5x2-source", Concept),
  "grading-3x5x2-intelligence": codeSet("grading-3x5x2-intelligence", GradingIntelligenceConcept),
  "grading-3x5x2-handling": codeSet("grading-3x5x2-handling", Concept),
  "security-classification": codeSet("security-classification", Concept),
  "mapping-relationship": codeSet("mapping-relationship", Concept),
} satisfies Record<CodeSetId, z.ZodObject>;

export const TaxonomySource = z.strictObject({
  id: SourceId,
  title: z.string().min(1).max(500),
  publisher: z.string().min(1).max(200),
  year: z.int().min(1900).max(2100).optional(),
});

/**
 * The shape of a taxonomy document (`taxonomy.json`). Cross-references between
 * code sets are checked by `checkTaxonomy`, not by this schema.
 */
export const TaxonomyDocument = z.strictObject({
  name: z.string().min(1).max(100),
  version: SemVer,
  description: z.string().min(1).max(2000),
  sources: z.array(TaxonomySource).min(1).max(500),
  codeSets: z.strictObject(codeSetsShape),
});

export type TaxonomyDocument = z.infer<typeof TaxonomyDocument>;
export type TaxonomySource = z.infer<typeof TaxonomySource>;
export type CodeSet<K extends CodeSetId = CodeSetId> = TaxonomyDocument["codeSets"][K];
export type ConceptOf<K extends CodeSetId> = CodeSet<K>["concepts"][number];
