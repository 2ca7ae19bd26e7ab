// Everyone the stories mention, with the details every system that records them holds.
// All synthetic: references such as CHILD-001 and ADULT-001, dates of birth made up.
import type { Person } from "./story.js";

const children: readonly Person[] = [
  { ref: "CHILD-001", dateOfBirth: "2010-05-14", lookedAfter: true },
  { ref: "CHILD-002", dateOfBirth: "2013-08-02" },
  { ref: "CHILD-003", dateOfBirth: "2009-03-21" },
  { ref: "CHILD-004", dateOfBirth: "2011-11-30" },
  { ref: "CHILD-005", dateOfBirth: "2010-07-07", lookedAfter: true },
  { ref: "CHILD-006", dateOfBirth: "2009-12-01" },
  { ref: "CHILD-007", dateOfBirth: "2011-04-19" },
  { ref: "CHILD-008", dateOfBirth: "2009-09-09" },
  { ref: "CHILD-009", dateOfBirth: "2012-02-25" },
  { ref: "CHILD-010", dateOfBirth: "2010-10-10", learningDisability: true },
  { ref: "CHILD-011", dateOfBirth: "2011-06-16" },
  { ref: "CHILD-012", dateOfBirth: "2011-02-18", lookedAfter: true },
  { ref: "CHILD-013", dateOfBirth: "2010-01-22" },
  { ref: "CHILD-014", dateOfBirth: "2011-03-03" },
  { ref: "CHILD-015", dateOfBirth: "2010-08-08" },
  { ref: "CHILD-016", dateOfBirth: "2012-12-12" },
  { ref: "CHILD-017", dateOfBirth: "2009-05-05", lookedAfter: true },
  { ref: "CHILD-018", dateOfBirth: "2009-01-30" },
  { ref: "CHILD-019", dateOfBirth: "2010-04-04" },
  { ref: "CHILD-020", dateOfBirth: "2014-06-06" },
  { ref: "CHILD-021", dateOfBirth: "2011-09-19" },
  { ref: "CHILD-022", dateOfBirth: "2010-11-11" },
  { ref: "CHILD-023", dateOfBirth: "2012-07-27" },
  { ref: "CHILD-024", dateOfBirth: "2010-03-13", lookedAfter: true },
  { ref: "CHILD-025", dateOfBirth: "2009-10-20" },
  // No system holds a date of birth or an age for these two.
  { ref: "CHILD-026" },
  { ref: "CHILD-027" },
  { ref: "CHILD-028", dateOfBirth: "2011-01-01" },
  { ref: "CHILD-029", dateOfBirth: "2010-02-02" },
  { ref: "CHILD-030", dateOfBirth: "2011-05-25" },
  { ref: "CHILD-031", dateOfBirth: "2012-09-03" },
  { ref: "CHILD-032", dateOfBirth: "2009-07-15" },
  { ref: "CHILD-033", dateOfBirth: "2010-12-24", lookedAfter: true },
  { ref: "CHILD-034", dateOfBirth: "2011-08-30" },
];

/** Adults, every one with a date of birth, so no rule is left unable to tell their age. */
const adults: readonly Person[] = Array.from({ length: 25 }, (_, i) => ({
  ref: `ADULT-${String(i + 1).padStart(3, "0")}`,
  dateOfBirth: `${1970 + i}-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 27) + 1).padStart(2, "0")}`,
}));

const byRef = new Map([...children, ...adults].map((person) => [person.ref, person]));

/** The person with this reference; a story naming someone not listed is a bug in the example. */
export function person(ref: string): Person {
  const found = byRef.get(ref);
  if (found === undefined)
    throw new Error("A story names a person the example does not list (see people.ts)");
  return found;
}

export const childRefs: readonly string[] = children.map((child) => child.ref);
