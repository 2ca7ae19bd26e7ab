import type { Issue, PathSegment } from "../issue.js";
import { type CodeSetId, codeSetIds, riskSchemeIds } from "./code-set-ids.js";
import { compareVersions } from "./semver.js";
import type { TaxonomyDocument } from "./taxonomy-schema.js";

type Report = (path: readonly PathSegment[], message: string) => void;

/** A reference from a field of one code set's concepts to codes of another. */
interface CrossReference {
  readonly from: CodeSetId;
  readonly field: string;
  readonly to: CodeSetId;
}

const crossReferences: readonly CrossReference[] = [
  { from: "indicator", field: "class", to: "indicator-class" },
  { from: "person-attribute", field: "indicator", to: "indicator" },
  { from: "marker-transition", field: "from", to: "marker-status" },
  { from: "marker-transition", field: "to", to: "marker-status" },
  { from: "ho-offence", field: "offenceClass", to: "offence-class" },
  { from: "soa-section", field: "offenceClass", to: "offence-class" },
  ...riskSchemeIds.flatMap((from) => [
    { from, field: "mapsTo.code", to: "risk-level" as const },
    { from, field: "mapsTo.relationship", to: "mapping-relationship" as const },
  ]),
];

const read = (concept: object, field: string): unknown =>
  field
    .split(".")
    .reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], concept);

/**
 * Checks what the document schema cannot: codes unique within a set, references
 * between sets resolve, sources exist, versions are consistent, deprecations name
 * existing successors, non-equivalent mappings are explained, and the lifecycle has
 * exactly one way in. Returns the problems found (an empty list when sound).
 */
export function checkTaxonomy(doc: TaxonomyDocument): Issue[] {
  const issues: Issue[] = [];
  const report: Report = (path, message) =>
    issues.push({ path: ["codeSets", ...path], code: "custom", message });
  const codes = new Map<CodeSetId, Set<string>>();
  const sources = new Set(doc.sources.map((source) => source.id));

  for (const id of codeSetIds) {
    const set = doc.codeSets[id];
    const seen = new Set<string>();
    set.concepts.forEach((concept, i) => {
      const at = (...rest: PathSegment[]) => [id, "concepts", i, ...rest];
      if (seen.has(concept.code)) report(at("code"), "Code is used twice in this code set");
      seen.add(concept.code);
      concept.sources.forEach((source, s) => {
        if (!sources.has(source))
          report(at("sources", s), "Names a source that is not in the taxonomy's sources");
      });
      if (compareVersions(concept.since, doc.version) > 0)
        report(at("since"), "Concept is newer than the taxonomy");
      checkDeprecation(concept, at, report, doc.version);
    });
    codes.set(id, seen);
  }

  for (const { from, field, to } of crossReferences) {
    const targets = codes.get(to) ?? new Set<string>();
    doc.codeSets[from].concepts.forEach((concept, i) => {
      const value = read(concept, field);
      const values = Array.isArray(value) ? value : [value];
      for (const code of values) {
        if (typeof code !== "string" || !targets.has(code)) {
          report([from, "concepts", i, ...field.split(".")], `Names a code that is not in ${to}`);
        }
      }
    });
  }

  for (const id of codeSetIds) {
    doc.codeSets[id].concepts.forEach((concept, i) => {
      for (const successor of concept.deprecation?.successors ?? []) {
        if (!codes.get(id)?.has(successor.code)) {
          report([id, "concepts", i, "deprecation"], "Names a successor that is not in this code set");
        }
      }
    });
  }

  checkIndicatorClasses(doc, report);
  checkCrosswalkComments(doc, report);
  checkLifecycle(doc, report);
  return issues;
}

function checkDeprecation(
  concept: { readonly status: string; readonly deprecation?: { readonly since: string } | undefined },
  at: (...rest: PathSegment[]) => PathSegment[],
  report: Report,
  version: string,
): void {
  const { deprecation } = concept;
  if (concept.status === "deprecated" && !deprecation)
    report(at("deprecation"), "A deprecated concept needs a deprecation");
  if (concept.status === "active" && deprecation)
    report(at("status"), "A concept with a deprecation must be deprecated");
  if (deprecation && compareVersions(deprecation.since, version) > 0) {
    report(at("deprecation", "since"), "Deprecation is newer than the taxonomy");
  }
}

/** Exchange is a property of sexual-element signs, and every one of them says whether it is one. */
function checkIndicatorClasses(doc: TaxonomyDocument, report: Report): void {
  doc.codeSets.indicator.concepts.forEach((concept, i) => {
    const sexual = concept.class === "sexual-element";
    if (sexual && concept.exchange === undefined) {
      report(
        ["indicator", "concepts", i, "exchange"],
        "A sexual-element sign must say whether it is an exchange",
      );
    }
    if (!sexual && concept.exchange !== undefined) {
      report(["indicator", "concepts", i, "exchange"], "Only sexual-element signs can be exchanges");
    }
  });
}

function checkCrosswalkComments(doc: TaxonomyDocument, report: Report): void {
  for (const id of riskSchemeIds) {
    doc.codeSets[id].concepts.forEach((concept, i) => {
      const { relationship, comment, verified } = concept.mapsTo;
      if ((relationship !== "equivalent" || !verified) && comment === undefined) {
        report(
          [id, "concepts", i, "mapsTo", "comment"],
          "A mapping that is not a verified equivalent needs a comment",
        );
      }
    });
  }
}

function checkLifecycle(doc: TaxonomyDocument, report: Report): void {
  const entries = doc.codeSets["marker-transition"].concepts.filter((t) => t.from.length === 0);
  if (entries.length !== 1) report(["marker-transition"], "Exactly one transition must create a marker");
  doc.codeSets["marker-transition"].concepts.forEach((transition, i) => {
    if (transition.to === "confirmed" && !transition.reviewerOnly) {
      report(["marker-transition", "concepts", i, "reviewerOnly"], "Only a reviewer may confirm a marker");
    }
  });
}
