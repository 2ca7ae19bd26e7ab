import { type CodeSetId, getConcept } from "@cse-flags/core";
import { type KitIssue, kitIssue } from "../issue.js";
import type { ConceptMapDocument } from "./schema.js";

/**
 * The rules between fields of a concept map's entries, after its shape is right:
 * - an explicitly unmapped entry (`noMap`) has a comment and no target or relationship;
 * - any other entry has a target that is a code of the target code set, a relationship,
 *   and a comment unless the relationship is `equivalent`;
 * - a source code appears once.
 * Issues name paths such as `/entries/3/comment`, never the codes themselves.
 */
export function checkEntries(document: ConceptMapDocument): KitIssue[] {
  const issues: KitIssue[] = [];
  const seen = new Set<string>();
  const target: CodeSetId = document.target;
  document.entries.forEach((entry, i) => {
    const at = (field: string) => ["entries", i, field];
    if (seen.has(entry.code))
      issues.push(kitIssue(at("code"), "duplicate_code", "Source code is mapped twice"));
    seen.add(entry.code);
    if (entry.noMap) {
      if (entry.target !== undefined || entry.relationship !== undefined) {
        issues.push(
          kitIssue(
            at("target"),
            "target_not_allowed",
            "An explicitly unmapped code has no target or relationship",
          ),
        );
      }
      if (entry.comment === undefined) {
        issues.push(kitIssue(at("comment"), "comment_required", "Say why the code is explicitly unmapped"));
      }
      return;
    }
    if (entry.target === undefined) {
      issues.push(
        kitIssue(
          at("target"),
          "invalid_type",
          "Expected a target code, or noMap for an explicitly unmapped code",
        ),
      );
    } else if (getConcept(target, entry.target) === undefined) {
      issues.push(kitIssue(at("target"), "unknown_target", `Not a code in the taxonomy code set ${target}`));
    }
    if (entry.relationship === undefined) {
      issues.push(kitIssue(at("relationship"), "invalid_type", "Expected a mapping relationship"));
    } else if (entry.relationship !== "equivalent" && entry.comment === undefined) {
      issues.push(
        kitIssue(at("comment"), "comment_required", "A mapping that is not equivalent needs a comment"),
      );
    }
  });
  return issues;
}
