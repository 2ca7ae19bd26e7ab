import type { IssueCode, PathSegment } from "../issue.js";
import { compareVersions } from "../taxonomy/semver.js";
import { taxonomy } from "../taxonomy/taxonomy.js";
import type { Condition } from "./condition-schema.js";
import {
  needsSexualElement,
  type ParameterUse,
  parameterUses,
  personNeedsSexualElement,
  personParameterUses,
} from "./condition-walk.js";
import { nationalPolicy } from "./national-policy.js";
import type { Hold, Policy, PolicyOverlay, QualifierRule, RiskFloor, Rule } from "./policy-schema.js";
import type { ParameterValues } from "./verdict.js";

/** One layer's entries, with where they sit in the input so issues can point at them. */
export interface LayerInput {
  readonly id: string;
  readonly version: string;
  readonly path: readonly PathSegment[];
  readonly sources: ReadonlySet<string>;
  readonly rules: readonly Rule[];
  readonly holds: readonly Hold[];
  readonly qualifierRules: readonly QualifierRule[];
  readonly riskFloors: readonly RiskFloor[];
}

type Report = (path: readonly PathSegment[], code: IssueCode, message: string) => void;

const majorOf = (version: string): string => version.split(".")[0] ?? "";

/** The policy must have been written against this taxonomy's major version, no later than this release. */
export function checkTaxonomyVersion(policy: Policy, report: Report): void {
  const wanted = policy.taxonomyVersion;
  if (majorOf(wanted) !== majorOf(taxonomy.version) || compareVersions(wanted, taxonomy.version) > 0) {
    report(
      ["taxonomyVersion"],
      "incompatible_version",
      `Policy ${policy.id} needs taxonomy ${wanted}, which this package's taxonomy does not satisfy`,
    );
  }
}

/** JSON with object keys in sorted order, so two equal documents give the same text. */
const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, item: unknown) =>
    item !== null && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );

/**
 * A policy that calls itself the national policy at a published version must be exactly
 * that policy: decisions name the policy by id and version, so an edited copy under the
 * same name would weaken it silently. A force changes it with an overlay; a fork takes a
 * new id.
 */
export function checkNotAnAlteredNationalPolicy(policy: Policy, report: Report): void {
  if (policy.id !== nationalPolicy.id || policy.version !== nationalPolicy.version) return;
  const { $schema: _ignored, ...content } = policy;
  const { $schema: _shipped, ...shipped } = nationalPolicy;
  if (canonicalJson(content) !== canonicalJson(shipped)) {
    report(
      ["version"],
      "weakens_policy",
      `This is not national ${nationalPolicy.version} as published: use an overlay to add to it, or another id for a different policy`,
    );
  }
}

/**
 * The parameter values after every overlay. An overlay may set a parameter only in
 * its stricter direction and within its limits, and may only add headings.
 */
export function resolveParameters(
  policy: Policy,
  overlays: readonly PolicyOverlay[],
  report: Report,
): Map<string, number | readonly string[]> {
  const values = new Map<string, number | readonly string[]>();
  for (const [name, parameter] of Object.entries(policy.parameters)) values.set(name, parameter.value);
  overlays.forEach((overlay, k) => {
    for (const [name, value] of Object.entries(overlay.parameters ?? {})) {
      const path = ["overlays", k, "parameters", name];
      const parameter = policy.parameters[name];
      const current = values.get(name);
      if (!parameter || current === undefined) {
        report(
          path,
          "unknown_reference",
          `Overlay ${overlay.id} sets a parameter the policy does not define`,
        );
        continue;
      }
      if (parameter.type === "headings") {
        if (!Array.isArray(value) || !Array.isArray(current)) {
          report(path, "invalid_type", `Overlay ${overlay.id}: this parameter takes a list of headings`);
        } else if (parameter.overlay === "fixed" && value.some((heading) => !current.includes(heading))) {
          report(path, "weakens_policy", `Overlay ${overlay.id}: the policy fixes this parameter`);
        } else {
          values.set(name, [...new Set([...current, ...value])].sort());
        }
        continue;
      }
      if (typeof value !== "number" || typeof current !== "number") {
        report(path, "invalid_type", `Overlay ${overlay.id}: this parameter takes a whole number`);
        continue;
      }
      if (value < parameter.min || value > parameter.max) {
        report(
          path,
          value < parameter.min ? "too_small" : "too_big",
          `Overlay ${overlay.id}: value is outside the parameter's limits`,
        );
        continue;
      }
      const weakens =
        (parameter.overlay === "may-lower" && value > current) ||
        (parameter.overlay === "may-raise" && value < current) ||
        (parameter.overlay === "fixed" && value !== current);
      if (weakens) {
        report(
          path,
          "weakens_policy",
          `Overlay ${overlay.id} would make the policy less strict (this parameter is ${parameter.overlay})`,
        );
        continue;
      }
      values.set(name, value);
    }
  });
  return values;
}

function checkParameterUses(
  uses: readonly ParameterUse[],
  parameters: ParameterValues,
  entryId: string,
  report: Report,
): void {
  for (const use of uses) {
    const value = parameters.get(use.name);
    if (value === undefined) {
      report(use.path, "unknown_reference", `${entryId} uses a parameter the policy does not define`);
    } else if ((use.type === "integer") !== (typeof value === "number")) {
      report(
        use.path,
        "invalid_type",
        `${entryId} uses a ${use.type === "integer" ? "headings" : "number"} parameter where a ${use.type === "integer" ? "number" : "list of headings"} is needed`,
      );
    }
  }
}

/** Static checks on every entry of every layer: unique ids, sources that resolve, parameters, sexual element. */
export function checkLayers(
  layers: readonly LayerInput[],
  parameters: ParameterValues,
  cseHeadings: ReadonlySet<string>,
  report: Report,
): void {
  const taxonomySources = new Set(taxonomy.sources.map((source) => source.id));
  const owners = new Map<string, string>();
  for (const layer of layers) {
    const visit = <T extends { readonly id: string; readonly sources: readonly string[] }>(
      entries: readonly T[],
      field: string,
      check: (entry: T, path: readonly PathSegment[]) => void,
    ): void => {
      entries.forEach((entry, i) => {
        const path = [...layer.path, field, i];
        const owner = owners.get(entry.id);
        if (owner !== undefined) {
          report(
            [...path, "id"],
            "duplicate_id",
            owner === layer.id
              ? `Id ${entry.id} is used twice in ${layer.id}`
              : `Id ${entry.id} already belongs to ${owner}: a layer cannot replace, remove or weaken another layer's entry`,
          );
        } else owners.set(entry.id, layer.id);
        entry.sources.forEach((source, s) => {
          if (!taxonomySources.has(source) && !layer.sources.has(source)) {
            report(
              [...path, "sources", s],
              "unknown_reference",
              `${entry.id} cites a source that neither the taxonomy nor the policy lists`,
            );
          }
        });
        check(entry, path);
      });
    };
    visit(layer.rules, "rules", (rule, path) => {
      checkParameterUses(parameterUses(rule.when, [...path, "when"]), parameters, rule.id, report);
      rule.propose.forEach((outcome, o) => {
        const outcomePath = [...path, "propose", o];
        if (outcome.subject.type === "person") {
          const uses = personParameterUses(outcome.subject.where, [...outcomePath, "subject", "where"]);
          checkParameterUses(uses, parameters, rule.id, report);
        }
        const sexual = outcome.kind === "CSE" || outcome.kind === "CSA";
        const shown =
          needsSexualElement(rule.when, cseHeadings) ||
          (outcome.subject.type === "person" && personNeedsSexualElement(outcome.subject.where));
        if (sexual && !shown) {
          report(
            [...outcomePath, "kind"],
            "needs_sexual_element",
            `${rule.id} proposes ${outcome.kind} but can fire without a sexual element (a sexual offence, an indicator of a sexual element or a heading from a parameter the policy marks as CSE); signs of criminal or shared exploitation alone point to CCE or CE`,
          );
        }
      });
    });
    const checkCondition = (entry: { id: string; when: Condition }, path: readonly PathSegment[]): void =>
      checkParameterUses(parameterUses(entry.when, [...path, "when"]), parameters, entry.id, report);
    visit(layer.holds, "holds", checkCondition);
    visit(layer.qualifierRules, "qualifierRules", checkCondition);
    visit(layer.riskFloors, "riskFloors", (floor, path) =>
      checkParameterUses(personParameterUses(floor.where, [...path, "where"]), parameters, floor.id, report),
    );
  }
}
