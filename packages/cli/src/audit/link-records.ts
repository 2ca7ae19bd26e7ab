import type { AuditFacts } from "./audit-model.js";

/** Roles that do not join records into one case: one suspect may be named on many unrelated crimes. */
const suspectRoles: ReadonlySet<string> = new Set(["suspect", "offender"]);

/** One place a linked person appears: a record, and the person's index in its `persons`. */
export interface Appearance {
  readonly record: number;
  readonly person: number;
}

export interface RecordLinks {
  /** `people[n - 1]`: the appearances of linked person `n`, in input order. */
  readonly people: readonly (readonly Appearance[])[];
  /** `personOf[record][person]`: the linked person's number (1, 2, ...). */
  readonly personOf: readonly (readonly number[])[];
  /**
   * `caseOf[record]`: the record's case (1, 2, ...). Records that share an occurrence key
   * value, or a linked person who is on both in a role other than suspect or offender (the
   * child, mostly), are one case: a child's crime, intelligence, custody and missing
   * records make one case, while a suspect named on many crimes does not join them.
   */
  readonly caseOf: readonly number[];
}

/** Disjoint sets over 0..n-1, with path halving; the root of a set is its smallest member. */
class UnionFind {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  find(node: number): number {
    let current = node;
    while (this.parent[current] !== current) {
      const grandparent = this.parent[this.parent[current] as number] as number;
      this.parent[current] = grandparent;
      current = grandparent;
    }
    return current;
  }
  union(a: number, b: number): void {
    const rootA = this.find(a);
    const rootB = this.find(b);
    // The smaller root wins, so a set's root is its first node in input order.
    if (rootA < rootB) this.parent[rootB] = rootA;
    else if (rootB < rootA) this.parent[rootA] = rootB;
  }
}

/** Joins every node that shares a value of the same key with the first node that had it. */
function joinByValues(
  sets: UnionFind,
  entries: Iterable<{ readonly node: number; readonly keys: Readonly<Record<string, readonly string[]>> }>,
): void {
  // Keyed by key name, then value: values of different keys never meet.
  const firstNode = new Map<string, Map<string, number>>();
  for (const { node, keys } of entries) {
    for (const [name, values] of Object.entries(keys)) {
      let byValue = firstNode.get(name);
      if (byValue === undefined) {
        byValue = new Map();
        firstNode.set(name, byValue);
      }
      for (const value of values) {
        const first = byValue.get(value);
        if (first === undefined) byValue.set(value, node);
        else sets.union(first, node);
      }
    }
  }
}

/** Numbers the sets 1, 2, ... in the order their first node appears. */
function numberSets(sets: UnionFind, size: number): number[] {
  const numberOfRoot = new Map<number, number>();
  const numbers: number[] = [];
  for (let node = 0; node < size; node += 1) {
    const root = sets.find(node);
    let n = numberOfRoot.get(root);
    if (n === undefined) {
      n = numberOfRoot.size + 1;
      numberOfRoot.set(root, n);
    }
    numbers.push(n);
  }
  return numbers;
}

/**
 * Links people and cases across records by exact equality of link key values (no fuzzy
 * matching of people). Deterministic: numbers follow the records' order.
 */
export function linkRecords(records: readonly AuditFacts[]): RecordLinks {
  const firstNodeOfRecord: number[] = [];
  const appearances: Appearance[] = [];
  records.forEach((facts, record) => {
    firstNodeOfRecord.push(appearances.length);
    facts.persons.forEach((_, person) => {
      appearances.push({ record, person });
    });
  });

  const personSets = new UnionFind(appearances.length);
  joinByValues(
    personSets,
    appearances.map((appearance, node) => ({
      node,
      keys: records[appearance.record]?.persons[appearance.person]?.keys ?? {},
    })),
  );
  const personNumbers = numberSets(personSets, appearances.length);
  const people: Appearance[][] = [];
  appearances.forEach((appearance, node) => {
    const n = personNumbers[node] as number;
    if (people[n - 1] === undefined) people[n - 1] = [];
    people[n - 1]?.push(appearance);
  });
  const personOf = records.map((facts, record) =>
    facts.persons.map((_, person) => personNumbers[(firstNodeOfRecord[record] as number) + person] as number),
  );

  const caseSets = new UnionFind(records.length);
  joinByValues(
    caseSets,
    records.map((facts, node) => ({ node, keys: facts.occurrenceKeys })),
  );
  for (const found of people) {
    const joining = found.filter(({ record, person }) =>
      (records[record]?.persons[person]?.roles ?? []).some((role) => !suspectRoles.has(role)),
    );
    for (const { record } of joining.slice(1)) caseSets.union((joining[0] as Appearance).record, record);
  }
  return { people, personOf, caseOf: numberSets(caseSets, records.length) };
}
