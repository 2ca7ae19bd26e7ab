import { ageOn } from "../dates.js";
import type { CanonicalRecord } from "../schemas/canonical-record.js";
import type { DataQualityCode, FiredRule } from "./decision.js";

/** A person's age at the event and where in the record it comes from. */
export interface KnownAge {
  readonly years: number;
  readonly evidence: readonly string[];
}

/**
 * What evaluation needs about one record, worked out once: people by reference,
 * indicators by person, ages at the event. Also collects data-quality notes,
 * each tagged with the rule being evaluated when the gap mattered.
 */
export class RecordFacts {
  readonly personIndex = new Map<string, number>();
  readonly indicatorsByPerson = new Map<string, number[]>();
  /** Indicators not tied to any person. */
  readonly recordLevelIndicators: number[] = [];
  private readonly ages: (KnownAge | null | undefined)[];
  private readonly notes = new Map<
    string,
    { code: DataQualityCode; path: string; rules: Map<string, FiredRule> }
  >();
  private currentRule: FiredRule | undefined;

  constructor(readonly record: CanonicalRecord) {
    record.persons.forEach((person, i) => {
      this.personIndex.set(person.ref, i);
    });
    record.indicators.forEach((indicator, i) => {
      if (indicator.personRef === undefined) {
        this.recordLevelIndicators.push(i);
        return;
      }
      let list = this.indicatorsByPerson.get(indicator.personRef);
      if (!list) {
        list = [];
        this.indicatorsByPerson.set(indicator.personRef, list);
      }
      list.push(i);
    });
    this.ages = new Array(record.persons.length);
  }

  /** Age in whole years at the event, from the date of birth or the age the source holds; `null` when unknown. */
  ageOf(personIndex: number): KnownAge | null {
    const cached = this.ages[personIndex];
    if (cached !== undefined) return cached;
    const person = this.record.persons[personIndex];
    let age: KnownAge | null = null;
    if (person?.dateOfBirth !== undefined) {
      age = {
        years: ageOn(person.dateOfBirth, this.record.event.start),
        evidence: [`/persons/${personIndex}/dateOfBirth`, "/event/start"],
      };
    } else if (person?.ageAtEvent !== undefined) {
      age = { years: person.ageAtEvent, evidence: [`/persons/${personIndex}/ageAtEvent`] };
    }
    this.ages[personIndex] = age;
    return age;
  }

  /** Runs `work` with notes attributed to `rule`. */
  underRule<T>(rule: FiredRule, work: () => T): T {
    const before = this.currentRule;
    this.currentRule = rule;
    try {
      return work();
    } finally {
      this.currentRule = before;
    }
  }

  /** Records that a fact a rule needed is missing at `path`. */
  note(code: DataQualityCode, path: string): void {
    const key = `${code}\u0000${path}`;
    let entry = this.notes.get(key);
    if (!entry) {
      entry = { code, path, rules: new Map() };
      this.notes.set(key, entry);
    }
    const rule = this.currentRule;
    if (rule) entry.rules.set(`${rule.layer}\u0000${rule.id}`, rule);
  }

  collectedNotes(): readonly { code: DataQualityCode; path: string; rules: readonly FiredRule[] }[] {
    return [...this.notes.values()].map(({ code, path, rules }) => ({
      code,
      path,
      rules: [...rules.values()],
    }));
  }
}
