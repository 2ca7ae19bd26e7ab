// Valid inputs for each public schema. All data is synthetic (refs like CHILD-A, CR-0001).
import { readFileSync } from "node:fs";
import {
  codeSetIds,
  compilePolicy,
  grading3x5x2IntelligenceCodes,
  grading5x5x5IntelligenceCodes,
  hoOffenceCodes,
  indicatorClassCodes,
  indicatorCodes,
  isReviewerOnly,
  type MarkerStatusCode,
  mappingRelationshipCodes,
  markerKindCodes,
  markerQualifierCodes,
  markerTransitionCodes,
  nationalPolicy,
  needsReason,
  nextStatus,
  offenceClassCodes,
  type Policy,
  type PolicyOverlay,
  personAttributeCodes,
  personRoleCodes,
  riskLevelCodes,
  soaSectionCodes,
} from "@cse-flags/core";
import fc from "fast-check";
import { validRecordArb } from "../../core/test/record-arbitrary.js";

export { validRecordArb };

const readJson = (relative: string): unknown =>
  JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));

/** The synthetic example records shipped in examples/records. */
export const exampleRecords: readonly unknown[] = ["crime", "custody", "intelligence", "missing-person"].map(
  (kind) => readJson(`../../../examples/records/${kind}-0001.json`),
);
export const exampleOverlay = readJson(
  "../../../examples/policy-overlays/example-force.json",
) as PolicyOverlay;

const ref = fc.stringMatching(/^[A-Z][A-Z0-9-]{0,10}$/);
const semver = fc.tuple(fc.nat(20), fc.nat(20), fc.nat(20)).map((parts) => parts.join("."));
const someOf = <T>(items: readonly T[], minLength = 0, maxLength = 3): fc.Arbitrary<T[]> =>
  fc.uniqueArray(fc.constantFrom(...items), { minLength, maxLength: Math.min(maxLength, items.length) });

const subject = fc.oneof(
  fc.constant({ type: "record" }),
  fc.record({ type: fc.constant("person"), ref, role: fc.constantFrom(...personRoleCodes) }),
  fc.record({ type: fc.constant("location"), ref }),
  fc.record({ type: fc.constant("vehicle"), ref }),
);

const rank = (level: string): number => riskLevelCodes.indexOf(level as (typeof riskLevelCodes)[number]);

/** Markers whose history follows the lifecycle, in time order, with reviewers and reasons where due. */
export const validMarkerArb = fc
  .record({
    id: ref,
    kind: fc.constantFrom(...markerKindCodes),
    qualifiers: someOf(markerQualifierCodes),
    subject,
    record: fc.record({ force: ref, system: ref, recordId: ref }),
    risk: fc.option(fc.tuple(fc.constantFrom(...riskLevelCodes), fc.constantFrom(...riskLevelCodes)), {
      nil: undefined,
    }),
    withMinimum: fc.boolean(),
    taxonomyVersion: semver,
    actions: fc.array(fc.constantFrom(...markerTransitionCodes), { maxLength: 6 }),
    start: fc.integer({ min: Date.parse("2024-01-01") / 1000, max: Date.parse("2026-01-01") / 1000 }),
    gaps: fc.array(fc.nat(86_400 * 30), { minLength: 7, maxLength: 7 }),
    reasons: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
    ruleIds: fc.option(fc.array(ref, { maxLength: 3 }), { nil: undefined }),
  })
  .map((seed) => {
    let status: MarkerStatusCode = "suspected";
    let time = seed.start;
    const at = (i: number) => {
      time += seed.gaps[i] ?? 0;
      return new Date(time * 1000).toISOString().replace(".000Z", "Z");
    };
    const history: Record<string, unknown>[] = [
      {
        action: "propose",
        at: at(0),
        actor: { type: "system", id: "ENGINE-A", version: "1.0.0" },
        ...(seed.ruleIds ? { ruleIds: seed.ruleIds } : {}),
      },
    ];
    seed.actions.forEach((action, i) => {
      const next = nextStatus(status, action);
      if (next === undefined) return;
      status = next;
      history.push({
        action,
        at: at(i + 1),
        actor: isReviewerOnly(action)
          ? { type: "reviewer", id: "REVIEWER-A" }
          : { type: "system", id: "ENGINE-A" },
        ...(needsReason(action) || seed.reasons[i] ? { reason: "Synthetic reason" } : {}),
      });
    });
    const marker: Record<string, unknown> = {
      id: seed.id,
      kind: seed.kind,
      qualifiers: seed.qualifiers,
      subject: seed.subject,
      record: seed.record,
      status,
      taxonomyVersion: seed.taxonomyVersion,
      history,
    };
    if (seed.risk) {
      const [a, b] = seed.risk;
      const [low, high] = rank(a) <= rank(b) ? [a, b] : [b, a];
      marker.riskLevel = high;
      if (seed.withMinimum) marker.minimumRiskLevel = low;
    }
    return marker;
  });

export const validTransitionArb = validMarkerArb.chain((marker) =>
  fc.constantFrom(...(marker.history as unknown[])),
);

const compiled = compilePolicy(nationalPolicy, { overlays: [exampleOverlay] });
if (!compiled.ok) throw new Error("The national policy with the example overlay does not compile");
const evaluate = compiled.value.evaluate;

/** Decisions core's engine makes for generated records and the example records. */
export const validDecisionArb = fc.oneof(
  validRecordArb.map((record) => evaluate(record as never)),
  fc.constantFrom(...exampleRecords).map((record) => evaluate(record as never)),
);

const count = fc.oneof(
  fc.integer({ min: 0, max: 10_000 }),
  fc.constant({ param: "repeat-missing-episodes" }),
);
const indicatorMatch = fc
  .record(
    {
      codes: someOf(indicatorCodes, 1),
      classes: someOf(indicatorClassCodes, 1),
      exchange: fc.constant(true as const),
      except: someOf(indicatorCodes, 1),
    },
    { requiredKeys: [] },
  )
  .filter((m) => m.codes !== undefined || m.classes !== undefined || m.exchange !== undefined);

const { personCondition } = fc.letrec<{ personCondition: unknown }>((tie) => ({
  personCondition: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({ role: someOf(personRoleCodes, 1) }),
    fc.record({
      age: fc
        .record({ under: count, atLeast: count }, { requiredKeys: [] })
        .filter((a) => Object.keys(a).length > 0),
    }),
    fc.record({ juvenile: fc.boolean() }),
    fc.record({ attribute: someOf(personAttributeCodes, 1) }),
    fc.record({ indicator: indicatorMatch.map((m) => m) }),
    fc.record({ missingEpisodes: fc.record({ atLeast: count, withinDays: count }) }),
    fc.record({ all: fc.array(tie("personCondition"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie("personCondition"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie("personCondition") }),
  ),
}));

const { condition } = fc.letrec<{ condition: unknown }>((tie) => ({
  condition: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    fc.record({
      offence: fc
        .record(
          {
            homeOffice: someOf(hoOffenceCodes, 1),
            soaSections: someOf(soaSectionCodes, 1),
            classes: someOf(offenceClassCodes, 1),
          },
          { requiredKeys: [] },
        )
        .filter((m) => Object.keys(m).length > 0),
    }),
    fc.record({ indicator: indicatorMatch }),
    fc.record({
      operation: fc.record({
        headings: fc.oneof(
          fc.array(fc.stringMatching(/^[A-Z][A-Z0-9 -]{0,10}$/), { minLength: 1, maxLength: 3 }),
          fc.constant({ param: "cse-operation-headings" }),
        ),
      }),
    }),
    fc.record({
      grading: fc.oneof(
        fc.constant({ suspectedFalse: true }),
        fc.record({ scheme: fc.constant("5x5x5"), intelligence: someOf(grading5x5x5IntelligenceCodes, 1) }),
        fc.record({ scheme: fc.constant("3x5x2"), intelligence: someOf(grading3x5x2IntelligenceCodes, 1) }),
      ),
    }),
    fc.record({ person: personCondition }),
    fc.record({ persons: fc.record({ where: personCondition, atLeast: count }) }),
    fc.record({ all: fc.array(tie("condition"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie("condition"), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie("condition") }),
  ),
}));

/** The national policy with one rule's condition and one risk floor's test replaced by generated ones. */
export const validPolicyArb = fc
  .tuple(fc.nat(nationalPolicy.rules.length - 1), condition, personCondition)
  .map(([index, when, where]): Policy => {
    const policy = structuredClone(nationalPolicy) as Policy;
    (policy.rules[index] as { when: unknown }).when = when;
    const floor = policy.riskFloors[0] as { where: unknown } | undefined;
    if (floor) floor.where = where;
    return policy;
  });

/** The example overlay with generated parameter values and a generated rule condition. */
export const validOverlayArb = fc
  .tuple(
    fc.integer({ min: 0, max: 10_000 }),
    fc.array(fc.stringMatching(/^[A-Z][A-Z0-9 -]{0,10}$/), { maxLength: 3 }),
    condition,
  )
  .map(([episodes, headings, when]): PolicyOverlay => {
    const overlay = structuredClone(exampleOverlay);
    overlay.parameters = { "cse-operation-headings": headings, "repeat-missing-episodes": episodes };
    const first = overlay.rules?.[0] as { when: unknown } | undefined;
    if (first) first.when = when;
    return overlay;
  });

const sourceCode = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9 ._:/()-]{0,10}$/).filter((s) => /\S$/.test(s));

export const validConceptMapArb = fc.record(
  {
    id: ref,
    version: semver,
    title: fc.string({ minLength: 1, maxLength: 20 }),
    source: fc.stringMatching(/^[a-z0-9][a-z0-9._:/-]{0,20}$/),
    target: fc.constantFrom(...codeSetIds),
    entries: fc.array(
      fc.oneof(
        fc.record(
          {
            code: sourceCode,
            target: fc.stringMatching(/^[a-z][a-z0-9-]{0,10}$/),
            relationship: fc.constantFrom(...mappingRelationshipCodes),
            comment: fc.constant("Synthetic mapping note"),
          },
          { requiredKeys: ["code", "target", "relationship"] },
        ),
        fc.record({
          code: sourceCode,
          noMap: fc.constant(true as const),
          comment: fc.constant("Synthetic: not mapped"),
        }),
      ),
      { maxLength: 5 },
    ),
  },
  { requiredKeys: ["id", "version", "source", "target", "entries"] },
);
