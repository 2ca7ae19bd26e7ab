import { deepFreeze } from "../deep-freeze.js";
import type { Issue, IssueCode, PathSegment, Result } from "../issue.js";
import type { InputLimits } from "../parse/guard.js";
import { type ParseOptions, parseRecord, parseWith } from "../parse/parse.js";
import type { CanonicalRecord } from "../schemas/canonical-record.js";
import { taxonomyVersion } from "../taxonomy/taxonomy.js";
import {
  checkLayers,
  checkNotAnAlteredNationalPolicy,
  checkTaxonomyVersion,
  type LayerInput,
  resolveParameters,
} from "./check-policy.js";
import { compileCondition } from "./compile-condition.js";
import { compilePersonCondition } from "./compile-person-condition.js";
import type { Decision, FiredRule } from "./decision.js";
import { type CompiledParts, type CompiledSelector, createEvaluator } from "./evaluate.js";
import { RecordNotCanonicalError } from "./evaluation-error.js";
import { nameEntries } from "./policy-issues.js";
import { Policy, PolicyOverlay, type Rule, type SubjectSelector } from "./policy-schema.js";
import type { ParameterValues } from "./verdict.js";

export interface CompilePolicyOptions {
  /** Force overlays, applied in order on top of the policy. */
  readonly overlays?: readonly unknown[];
  /** Size and nesting limits for the policy and overlay documents. */
  readonly limits?: Partial<InputLimits>;
}

/** A policy checked and compiled once; `evaluate` is then cheap for each record. */
export interface CompiledPolicy {
  readonly id: string;
  readonly version: string;
  /** The policy, then each overlay in the order applied. */
  readonly layers: Decision["policy"]["layers"];
  /** Parameter values after overlays. */
  readonly parameters: ReadonlyMap<string, number | readonly string[]>;
  /**
   * Proposes markers for one canonical record (from `parseRecord` or an adapter).
   * Never throws for a record `parseRecord` accepts; for anything else it throws
   * `RecordNotCanonicalError`, whose message names no value.
   */
  evaluate(record: CanonicalRecord): Decision;
  /** Validates untrusted input with `parseRecord`, then evaluates it. Never throws. */
  evaluateInput(input: unknown, options?: ParseOptions): Result<Decision>;
}

const appliesToSet = (appliesTo: "any" | readonly string[]): ReadonlySet<string> | undefined =>
  appliesTo === "any" ? undefined : new Set(appliesTo);

function compileSelector(selector: SubjectSelector, parameters: ParameterValues): CompiledSelector {
  switch (selector.type) {
    case "person":
      return { type: "person", where: compilePersonCondition(selector.where, parameters), as: selector.as };
    case "location":
      return { type: "location", roles: selector.roles ? new Set(selector.roles) : undefined };
    default:
      return selector;
  }
}

function compileLayers(
  layers: readonly LayerInput[],
  parameters: ParameterValues,
): Omit<CompiledParts, "header" | "taxonomyVersion"> {
  // Shared by every decision, so frozen: a caller changing one decision cannot change the next.
  const fired = (layer: LayerInput, entry: { id: string; version: string }): FiredRule =>
    Object.freeze({ layer: layer.id, id: entry.id, version: entry.version });
  const compileRule = (layer: LayerInput, rule: Rule) => ({
    fired: fired(layer, rule),
    appliesTo: appliesToSet(rule.appliesTo),
    when: compileCondition(rule.when, parameters),
    outcomes: rule.propose.map((outcome) => ({
      kind: outcome.kind,
      qualifiers: outcome.qualifiers ?? [],
      subject: compileSelector(outcome.subject, parameters),
      minimumRiskLevel: outcome.minimumRiskLevel,
    })),
  });
  return {
    rules: layers.flatMap((layer) => layer.rules.map((rule) => compileRule(layer, rule))),
    holds: layers.flatMap((layer) =>
      layer.holds.map((hold) => ({
        fired: fired(layer, hold),
        appliesTo: appliesToSet(hold.appliesTo),
        when: compileCondition(hold.when, parameters),
        note: hold.note,
      })),
    ),
    qualifierRules: layers.flatMap((layer) =>
      layer.qualifierRules.map((rule) => ({
        fired: fired(layer, rule),
        appliesTo: appliesToSet(rule.appliesTo),
        when: compileCondition(rule.when, parameters),
        kinds: new Set<string>(rule.kinds),
        qualifier: rule.qualifier,
      })),
    ),
    riskFloors: layers.flatMap((layer) =>
      layer.riskFloors.map((floor) => ({
        fired: fired(layer, floor),
        subjectRoles: new Set<string>(floor.subjectRoles),
        where: compilePersonCondition(floor.where, parameters),
        atLeast: floor.atLeast,
      })),
    ),
  };
}

/**
 * Checks a policy and any force overlays, and compiles them for evaluation. Never
 * throws: a bad policy gives issues with paths (overlays under `/overlays/<n>`)
 * and messages that name the rule ids involved. An overlay may add rules, qualifier
 * rules and risk floors and make parameters stricter; anything that would replace,
 * remove or weaken the policy it extends is refused.
 */
export function compilePolicy(policy: unknown, options: CompilePolicyOptions = {}): Result<CompiledPolicy> {
  const issues: Issue[] = [];
  const report = (path: readonly PathSegment[], code: IssueCode, message: string): void => {
    issues.push({ path, code, message });
  };
  const parseOptions = options.limits ? { limits: options.limits } : {};
  const base = parseWith(Policy, policy, parseOptions);
  if (!base.ok) return { ok: false, issues: nameEntries(base.issues, policy) };
  const overlays: PolicyOverlay[] = [];
  (options.overlays ?? []).forEach((input, k) => {
    const parsed = parseWith(PolicyOverlay, input, parseOptions);
    if (parsed.ok) overlays.push(parsed.value);
    else issues.push(...nameEntries(parsed.issues, input, ["overlays", k]));
  });
  if (issues.length > 0) return { ok: false, issues };

  const basePolicy = base.value;
  checkTaxonomyVersion(basePolicy, report);
  checkNotAnAlteredNationalPolicy(basePolicy, report);
  const baseSources = new Set(basePolicy.sources.map((source) => source.id));
  const layers: LayerInput[] = [
    {
      id: basePolicy.id,
      version: basePolicy.version,
      path: [],
      sources: baseSources,
      rules: basePolicy.rules,
      holds: basePolicy.holds,
      qualifierRules: basePolicy.qualifierRules,
      riskFloors: basePolicy.riskFloors,
    },
    ...overlays.map((overlay, k) => ({
      id: overlay.id,
      version: overlay.version,
      path: ["overlays", k],
      sources: new Set([...baseSources, ...(overlay.sources ?? []).map((source) => source.id)]),
      rules: overlay.rules ?? [],
      holds: [],
      qualifierRules: overlay.qualifierRules ?? [],
      riskFloors: overlay.riskFloors ?? [],
    })),
  ];
  const layerIds = new Set<string>();
  layers.forEach((layer, k) => {
    if (layerIds.has(layer.id))
      report([...layer.path, "id"], "duplicate_id", `Layer id ${layer.id} is used twice`);
    layerIds.add(layer.id);
    const overlay = overlays[k - 1];
    if (overlay && overlay.extends !== basePolicy.id) {
      report(
        ["overlays", k - 1, "extends"],
        "unknown_reference",
        `Overlay ${overlay.id} extends a policy other than ${basePolicy.id}`,
      );
    }
  });
  const parameters = resolveParameters(basePolicy, overlays, report);
  const cseHeadings = new Set(
    Object.entries(basePolicy.parameters).flatMap(([name, parameter]) =>
      parameter.type === "headings" && parameter.cse === true ? [name] : [],
    ),
  );
  checkLayers(layers, parameters, cseHeadings, report);
  if (issues.length > 0) return { ok: false, issues };

  const header: Decision["policy"] = deepFreeze({
    id: basePolicy.id,
    version: basePolicy.version,
    layers: layers.map((layer) => ({ id: layer.id, version: layer.version })),
  });
  const evaluate = createEvaluator({ header, taxonomyVersion, ...compileLayers(layers, parameters) });
  return {
    ok: true,
    value: {
      id: header.id,
      version: header.version,
      layers: header.layers,
      parameters: new Map([...parameters].map(([name, value]) => [name, deepFreeze(value)])),
      evaluate: (record) => {
        try {
          return evaluate(record);
        } catch (error) {
          // A bug of ours on a valid record must surface as itself, not be blamed on the input.
          if (parseRecord(record).ok) throw error;
          throw new RecordNotCanonicalError();
        }
      },
      evaluateInput: (input, parseOptions) => {
        const record = parseRecord(input, parseOptions);
        return record.ok ? { ok: true, value: evaluate(record.value) } : record;
      },
    },
  };
}
