import { parseConceptMap } from "@cse-flags/adapter-kit";
import {
  compilePolicy,
  Decision,
  nationalPolicy,
  parseMarker,
  parseMarkerTransition,
  parseRecord,
  parseTaxonomy,
  parseWith,
} from "@cse-flags/core";
import { type CliIssue, toCliIssues } from "../cli-issue.js";
import type { DocumentKind } from "./job-spec.js";

type Check = (value: unknown) => readonly CliIssue[];

const issuesOf = (
  result: { ok: true } | { ok: false; issues: Parameters<typeof toCliIssues>[0] },
): CliIssue[] => (result.ok ? [] : toCliIssues(result.issues));

/**
 * How `validate --kind` checks each kind of document: the same parse functions a program
 * using the packages would call, so the command and the library cannot disagree. A policy
 * is compiled, not only shape-checked; an overlay is compiled over the national policy.
 */
export const documentChecks: Readonly<Record<DocumentKind, Check>> = {
  record: (value) => issuesOf(parseRecord(value)),
  marker: (value) => issuesOf(parseMarker(value)),
  transition: (value) => issuesOf(parseMarkerTransition(value)),
  decision: (value) => issuesOf(parseWith(Decision, value)),
  policy: (value) => issuesOf(compilePolicy(value)),
  overlay: (value) => issuesOf(compilePolicy(nationalPolicy, { overlays: [value] })),
  "concept-map": (value) => issuesOf(parseConceptMap(value)),
  taxonomy: (value) => issuesOf(parseTaxonomy(value)),
};
