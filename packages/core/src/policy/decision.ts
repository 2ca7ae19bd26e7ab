import type { CanonicalRecord } from "../schemas/canonical-record.js";
import type { Subject } from "../schemas/subject.js";
import type { MarkerKindCode, MarkerQualifierCode, RiskLevelCode } from "../taxonomy/codes.generated.js";

/** A rule, hold, qualifier rule or risk floor that took part in a decision, and the layer it came from. */
export interface FiredRule {
  /** The id of the policy or overlay that holds the rule, e.g. `national` or a force's overlay id. */
  readonly layer: string;
  readonly id: string;
  readonly version: string;
}

/**
 * A proposed marker. Software only ever proposes: `status` is always `suspected`,
 * and a reviewer's transition confirms or rejects it.
 */
export interface Proposal {
  readonly kind: MarkerKindCode;
  readonly qualifiers: readonly MarkerQualifierCode[];
  readonly subject: Subject;
  readonly status: "suspected";
  /** The lowest risk level a reviewer may record, where a rule or risk floor sets one. */
  readonly minimumRiskLevel?: RiskLevelCode;
  /** Every rule behind the proposal, its qualifiers and its minimum risk level. */
  readonly rules: readonly FiredRule[];
  /** JSON Pointers into the canonical record (see `canonicalizeRecord`) to the facts the rules used. */
  readonly evidence: readonly string[];
}

/** Stable codes for facts a rule needed but the record did not hold. */
export type DataQualityCode = "age-unknown" | "missing-episode-dates-unknown" | "grading-unknown";

/** A fact that was missing when a rule needed it, so the rule could not decide. */
export interface DataQualityNote {
  readonly code: DataQualityCode;
  /** JSON Pointer to where the fact would be, e.g. the person. */
  readonly path: string;
  readonly rules: readonly FiredRule[];
}

/** Proposals a hold kept back: nothing is proposed from the record until a person has looked at it. */
export interface ReviewNote {
  readonly code: string;
  readonly hold: FiredRule;
  readonly evidence: readonly string[];
  readonly withheld: readonly Pick<Proposal, "kind" | "subject" | "rules">[];
}

/**
 * What the policy decided for one record. The same record with the same taxonomy
 * and policy versions always gives the same decision, byte for byte as JSON.
 */
export interface Decision {
  readonly record: {
    readonly kind: CanonicalRecord["kind"];
    readonly force: string;
    readonly system: string;
    readonly recordId: string;
  };
  readonly taxonomyVersion: string;
  readonly policy: {
    readonly id: string;
    readonly version: string;
    /** The policy first, then each overlay in the order applied. */
    readonly layers: readonly { readonly id: string; readonly version: string }[];
  };
  readonly proposals: readonly Proposal[];
  readonly reviewNotes: readonly ReviewNote[];
  readonly dataQuality: readonly DataQualityNote[];
}
