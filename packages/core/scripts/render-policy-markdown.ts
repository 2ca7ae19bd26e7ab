import type {
  Condition,
  Count,
  Headings,
  IndicatorMatch,
  PersonCondition,
} from "../src/policy/condition-schema.js";
import type { Policy, SubjectSelector } from "../src/policy/policy-schema.js";
import type { TaxonomySource } from "../src/taxonomy/taxonomy-schema.js";

const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const list = (items: readonly string[]): string => items.map((item) => `\`${item}\``).join(", ");
const count = (value: Count): string => (typeof value === "number" ? String(value) : `\`{${value.param}}\``);
const headings = (value: Headings): string => (Array.isArray(value) ? list(value) : `\`{${value.param}}\``);

function indicators(match: IndicatorMatch): string {
  const parts: string[] = [];
  if (match.codes) parts.push(list(match.codes));
  if (match.classes) parts.push(`of class ${list(match.classes)}`);
  if (match.exchange) parts.push("marked as an exchange");
  const except = match.except ? ` except ${list(match.except)}` : "";
  return `an indicator ${parts.join(" or ")}${except}`;
}

const joined = (parts: readonly string[], word: string): string =>
  parts.length === 1 ? (parts[0] ?? "") : `(${parts.join(` ${word} `)})`;

/** A person condition in words, e.g. "(role `victim` and aged under 18)". */
export function describePersonCondition(condition: PersonCondition): string {
  if ("all" in condition) return joined(condition.all.map(describePersonCondition), "and");
  if ("any" in condition) return joined(condition.any.map(describePersonCondition), "or");
  if ("not" in condition) return `not ${describePersonCondition(condition.not)}`;
  if ("role" in condition) return `role ${list(condition.role)}`;
  if ("age" in condition) {
    const { under, atLeast } = condition.age;
    const parts = [
      ...(atLeast === undefined ? [] : [`at least ${count(atLeast)}`]),
      ...(under === undefined ? [] : [`under ${count(under)}`]),
    ];
    return `aged ${parts.join(" and ")} at the event`;
  }
  if ("juvenile" in condition) return condition.juvenile ? "a juvenile" : "an adult";
  if ("attribute" in condition) return `with attribute ${list(condition.attribute)}`;
  if ("indicator" in condition) {
    const where = condition.indicator.includeRecordLevel ? "on them or on the record" : "on them";
    return `with ${indicators(condition.indicator)} ${where}`;
  }
  const { atLeast, withinDays } = condition.missingEpisodes;
  return `missing at least ${count(atLeast)} times within ${count(withinDays)} days`;
}

/** A record condition in words. */
export function describeCondition(condition: Condition): string {
  if ("all" in condition) return joined(condition.all.map(describeCondition), "and");
  if ("any" in condition) return joined(condition.any.map(describeCondition), "or");
  if ("not" in condition) return `not ${describeCondition(condition.not)}`;
  if ("offence" in condition) {
    const { homeOffice, soaSections, classes } = condition.offence;
    const parts = [
      ...(homeOffice ? [`Home Office ${list(homeOffice)}`] : []),
      ...(soaSections ? [`SOA 2003 s. ${list(soaSections)}`] : []),
      ...(classes ? [`of class ${list(classes)}`] : []),
    ];
    return `an offence ${parts.join(" or ")}`;
  }
  if ("indicator" in condition) return indicators(condition.indicator);
  if ("operation" in condition) return `an operation heading in ${headings(condition.operation.headings)}`;
  if ("grading" in condition) {
    const grading = condition.grading;
    return "suspectedFalse" in grading
      ? "a grading of intelligence suspected to be false"
      : `a ${grading.scheme} intelligence grading ${list(grading.intelligence)}`;
  }
  if ("person" in condition) return `a person ${describePersonCondition(condition.person)}`;
  return `at least ${count(condition.persons.atLeast)} persons ${describePersonCondition(condition.persons.where)}`;
}

function describeSubject(subject: SubjectSelector): string {
  switch (subject.type) {
    case "record":
      return "the record";
    case "person":
      return `each person ${describePersonCondition(subject.where)}, as \`${subject.as}\``;
    case "location":
      return subject.roles ? `each location with role ${list(subject.roles)}` : "each location";
    case "vehicle":
      return "each vehicle";
  }
}

const appliesTo = (value: "any" | readonly string[]): string => (value === "any" ? "any" : list(value));

/**
 * `docs/national-policy.md`: every parameter, rule, hold, qualifier rule and risk
 * floor of the national policy, in words, generated from `policy/national.json`.
 */
export function renderPolicyMarkdown(policy: Policy, taxonomySources: readonly TaxonomySource[]): string {
  const titles = new Map([...taxonomySources, ...policy.sources].map((source) => [source.id, source.title]));
  const sources = (ids: readonly string[]): string =>
    ids.map((id) => `\`${id}\`${titles.has(id) ? ` (${cell(titles.get(id) ?? "")})` : ""}`).join("; ");
  const out: string[] = [
    `# The national policy, version ${policy.version}`,
    "",
    "<!-- Generated from packages/core/policy/national.json by `pnpm generate`. Do not edit. -->",
    "",
    cell(policy.description),
    "",
    `Written against taxonomy ${policy.taxonomyVersion}. How to read and extend it: [the policy guide](policy.md).`,
    "",
    "## Parameters",
    "",
    "| parameter | value | an overlay may | meaning |",
    "| --- | --- | --- | --- |",
  ];
  for (const [name, parameter] of Object.entries(policy.parameters)) {
    const value =
      parameter.type === "headings"
        ? `${list(parameter.value)}${parameter.cse ? " (CSE by definition)" : ""}`
        : String(parameter.value);
    const limits = parameter.type === "integer" ? ` (${parameter.min} to ${parameter.max})` : "";
    out.push(`| \`${name}\` | ${value} | ${parameter.overlay}${limits} | ${cell(parameter.description)} |`);
  }
  /** One entry: its heading, description, facts in a list, and sources. */
  const entry = (
    item: { id: string; version: string; description: string; sources: string[] },
    facts: string[],
  ) =>
    out.push(
      `### \`${item.id}\` (${item.version})`,
      "",
      cell(item.description),
      "",
      ...facts,
      `- sources: ${sources(item.sources)}`,
      "",
    );
  out.push("", "## Rules", "");
  for (const rule of policy.rules) {
    entry(rule, [
      `- applies to: ${appliesTo(rule.appliesTo)} records`,
      `- when: ${describeCondition(rule.when)}`,
      ...rule.propose.map(
        (outcome) =>
          `- proposes: ${outcome.kind}${outcome.qualifiers?.length ? ` (${list(outcome.qualifiers)})` : ""} on ` +
          `${describeSubject(outcome.subject)}${outcome.minimumRiskLevel ? `, risk at least \`${outcome.minimumRiskLevel}\`` : ""}`,
      ),
    ]);
  }
  out.push("## Holds", "");
  for (const hold of policy.holds) {
    entry(hold, [
      `- applies to: ${appliesTo(hold.appliesTo)} records`,
      `- when: ${describeCondition(hold.when)}`,
      `- review note: \`${hold.note}\``,
    ]);
  }
  out.push("## Qualifier rules", "");
  for (const rule of policy.qualifierRules) {
    entry(rule, [
      `- adds \`${rule.qualifier}\` to ${list(rule.kinds)} proposals on ${appliesTo(rule.appliesTo)} records`,
      `- when: ${describeCondition(rule.when)}`,
    ]);
  }
  out.push("## Risk floors", "");
  for (const floor of policy.riskFloors) {
    entry(floor, [
      `- on proposals naming a person as ${list(floor.subjectRoles)}, when the person is ${describePersonCondition(floor.where)}: risk at least \`${floor.atLeast}\``,
    ]);
  }
  return `${out.join("\n").trimEnd()}\n`;
}
