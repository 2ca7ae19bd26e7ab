import type { PathSegment } from "../issue.js";

/** Reports one problem found by a cross-field check. Messages must not quote input values. */
export type Report = (path: readonly PathSegment[], message: string) => void;

/**
 * A rule that a schema enforces beyond its shape. These are exactly the
 * constraints that the generated JSON Schemas cannot express, so each one is
 * listed for teams validating in other languages.
 */
export interface NamedCheck<T> {
  readonly id: string;
  readonly description: string;
  readonly run: (value: T, report: Report) => void;
}

/** Reports every value that occurs more than once, at the path of its repeat. */
export function reportDuplicates<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  pathOf: (index: number) => readonly PathSegment[],
  message: string,
  report: Report,
): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    const key = keyOf(item);
    if (seen.has(key)) report(pathOf(index), message);
    seen.add(key);
  });
}
