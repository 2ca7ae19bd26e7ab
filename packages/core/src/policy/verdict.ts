import type { Count, Headings } from "./condition-schema.js";
import type { RecordFacts } from "./record-facts.js";

/**
 * Three-valued truth: `undefined` means unknown (the record lacks a fact the test
 * needs). Only `true` satisfies a rule; `not` keeps unknown unknown, so a missing
 * age can never count as "not a child" either.
 */
export type Truth = boolean | undefined;

/** A test's truth and, when true, the JSON Pointers of the facts that made it so. */
export interface Verdict {
  readonly truth: Truth;
  readonly evidence: readonly string[];
}

export type RecordTest = (facts: RecordFacts) => Verdict;
export type PersonTest = (facts: RecordFacts, person: number) => Verdict;

/** Parameter values after overlays, by name. Checked to exist with the right type before compiling. */
export type ParameterValues = ReadonlyMap<string, number | readonly string[]>;

export const FALSE: Verdict = { truth: false, evidence: [] };
export const UNKNOWN: Verdict = { truth: undefined, evidence: [] };
const TRUE_WITHOUT_EVIDENCE: Verdict = { truth: true, evidence: [] };
export const found = (evidence: readonly string[]): Verdict =>
  evidence.length > 0 ? { truth: true, evidence } : FALSE;

/** A number written in a rule, or the value of the integer parameter it names. */
export function countOf(count: Count, parameters: ParameterValues): number {
  if (typeof count === "number") return count;
  const value = parameters.get(count.param);
  return typeof value === "number" ? value : 0;
}

/** Headings written in a rule, or the value of the headings parameter it names. */
export function headingsOf(headings: Headings, parameters: ParameterValues): ReadonlySet<string> {
  if (Array.isArray(headings)) return new Set(headings);
  const value = parameters.get(headings.param);
  return new Set(Array.isArray(value) ? value : []);
}

/** All: false as soon as one test is false; else unknown if any is unknown; else true with all evidence. */
export function allOf<A extends unknown[]>(tests: ((...args: A) => Verdict)[]): (...args: A) => Verdict {
  return (...args) => {
    let unknown = false;
    const evidence: string[] = [];
    for (const test of tests) {
      const verdict = test(...args);
      if (verdict.truth === false) return FALSE;
      if (verdict.truth === undefined) unknown = true;
      else evidence.push(...verdict.evidence);
    }
    return unknown ? UNKNOWN : { truth: true, evidence };
  };
}

/** Any: true if one test is true (with the evidence of every true one); else unknown if any is unknown. */
export function anyOf<A extends unknown[]>(tests: ((...args: A) => Verdict)[]): (...args: A) => Verdict {
  return (...args) => {
    let unknown = false;
    let truth = false;
    const evidence: string[] = [];
    for (const test of tests) {
      const verdict = test(...args);
      if (verdict.truth === true) {
        truth = true;
        evidence.push(...verdict.evidence);
      } else if (verdict.truth === undefined) unknown = true;
    }
    return truth ? { truth: true, evidence } : unknown ? UNKNOWN : FALSE;
  };
}

/** Not: swaps true and false, keeps unknown. A negated test gives no evidence: absence has no path. */
export function negate<A extends unknown[]>(test: (...args: A) => Verdict): (...args: A) => Verdict {
  return (...args) => {
    const { truth } = test(...args);
    return truth === undefined ? UNKNOWN : truth ? FALSE : TRUE_WITHOUT_EVIDENCE;
  };
}
