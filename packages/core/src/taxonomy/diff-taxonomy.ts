import { codeSetIds } from "./code-set-ids.js";
import { descriptiveConceptFields } from "./concept-schema.js";
import { bumpBetween, type VersionBump } from "./semver.js";
import type { TaxonomyDocument } from "./taxonomy-schema.js";

export type TaxonomyChangeKind =
  /** A code set or code was added: minor. */
  | "added"
  /** A code was deprecated: minor. */
  | "deprecated"
  /** A deprecated code became active again: minor. */
  | "reactivated"
  /** Only descriptive fields (label, note, sources) changed: patch. */
  | "described"
  /** The definition or a set-specific property changed: major. */
  | "meaning-changed"
  /** A code or code set disappeared: never allowed, even in a major version. */
  | "removed";

export interface TaxonomyChange {
  readonly codeSet: string;
  /** Absent when the change is to a whole code set. */
  readonly code?: string;
  readonly kind: TaxonomyChangeKind;
  /** The fields that changed, for `described` and `meaning-changed`. */
  readonly fields?: readonly string[];
}

export interface TaxonomyDiff {
  readonly fromVersion: string;
  readonly toVersion: string;
  readonly changes: readonly TaxonomyChange[];
  /** The smallest version step the changes need. */
  readonly requiredBump: VersionBump;
  /** The step actually taken; `undefined` when the version went down. */
  readonly actualBump: VersionBump | undefined;
  /** Whether the new version may be released as it is. */
  readonly compatible: boolean;
  /** Why not, in words naming only code sets and codes. */
  readonly problems: readonly string[];
}

const bumpOf: Record<TaxonomyChangeKind, VersionBump> = {
  added: "minor",
  deprecated: "minor",
  reactivated: "minor",
  described: "patch",
  "meaning-changed": "major",
  removed: "major",
};

const rank: Record<VersionBump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

const descriptive = new Set<string>(descriptiveConceptFields);

type AnyConcept = Readonly<Record<string, unknown>> & { readonly code: string; readonly status: string };

const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

function compareConcepts(codeSet: string, before: AnyConcept, after: AnyConcept): TaxonomyChange[] {
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const changed = fields.filter((field) => !sameJson(before[field], after[field]));
  const changes: TaxonomyChange[] = [];
  const code = before.code;
  if (before.status === "active" && after.status === "deprecated")
    changes.push({ codeSet, code, kind: "deprecated" });
  if (before.status === "deprecated" && after.status === "active")
    changes.push({ codeSet, code, kind: "reactivated" });
  const meaning = changed.filter((field) => !descriptive.has(field));
  const described = changed.filter(
    (field) => descriptive.has(field) && field !== "status" && field !== "deprecation",
  );
  if (meaning.length > 0) changes.push({ codeSet, code, kind: "meaning-changed", fields: meaning });
  else if (described.length > 0) changes.push({ codeSet, code, kind: "described", fields: described });
  return changes;
}

/**
 * Compares a released taxonomy with a newer one and says what changed and which
 * version step that needs. Removing a code is never compatible: codes are
 * deprecated with successors instead. Changing a code's meaning needs a major
 * version; adding or deprecating codes a minor one; descriptive edits a patch.
 */
export function diffTaxonomy(released: TaxonomyDocument, next: TaxonomyDocument): TaxonomyDiff {
  const changes: TaxonomyChange[] = [];
  const setIds = [
    ...new Set([...Object.keys(released.codeSets), ...Object.keys(next.codeSets), ...codeSetIds]),
  ];
  for (const codeSet of setIds) {
    const before = (released.codeSets as Record<string, { concepts: readonly AnyConcept[] } | undefined>)[
      codeSet
    ];
    const after = (next.codeSets as Record<string, { concepts: readonly AnyConcept[] } | undefined>)[codeSet];
    if (!before && !after) continue;
    if (!before) {
      changes.push({ codeSet, kind: "added" });
      continue;
    }
    if (!after) {
      changes.push({ codeSet, kind: "removed" });
      continue;
    }
    const afterByCode = new Map(after.concepts.map((concept) => [concept.code, concept]));
    const beforeCodes = new Set(before.concepts.map((concept) => concept.code));
    for (const concept of before.concepts) {
      const updated = afterByCode.get(concept.code);
      if (updated) changes.push(...compareConcepts(codeSet, concept, updated));
      else changes.push({ codeSet, code: concept.code, kind: "removed" });
    }
    for (const concept of after.concepts) {
      if (!beforeCodes.has(concept.code)) changes.push({ codeSet, code: concept.code, kind: "added" });
    }
  }

  const requiredBump = changes.reduce<VersionBump>(
    (bump, change) => (rank[bumpOf[change.kind]] > rank[bump] ? bumpOf[change.kind] : bump),
    "none",
  );
  const actualBump = bumpBetween(released.version, next.version);
  const problems: string[] = [];
  if (actualBump === undefined) problems.push("The version went down");
  else if (rank[actualBump] < rank[requiredBump]) {
    problems.push(`The changes need a ${requiredBump} version, but the version took a ${actualBump} step`);
  }
  for (const change of changes.filter((c) => c.kind === "removed")) {
    problems.push(
      change.code === undefined
        ? `Code set ${change.codeSet} was removed: code sets are never removed`
        : `Code ${change.codeSet}/${change.code} was removed: deprecate it with a successor instead`,
    );
  }
  return {
    fromVersion: released.version,
    toVersion: next.version,
    changes,
    requiredBump,
    actualBump,
    compatible: problems.length === 0,
    problems,
  };
}
