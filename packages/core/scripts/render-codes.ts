import { codeSetIds } from "../src/taxonomy/code-set-ids.js";

const camel = (id: string): string => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const pascal = (id: string): string => {
  const c = camel(id);
  return c.charAt(0).toUpperCase() + c.slice(1);
};

/** Names used in `codes.generated.ts` for a code set, e.g. `indicatorCodes` / `IndicatorCode`. */
export const codeListName = (id: string): string => `${camel(id)}Codes`;
export const codeTypeName = (id: string): string => `${pascal(id)}Code`;

type CodeSets = Record<string, { concepts: { code: string }[] }>;

/** Renders the literal code lists so TypeScript users get code unions, not plain strings. */
export function renderCodesModule(taxonomy: { codeSets: CodeSets }): string {
  const lines = ["// Generated from taxonomy/ by `pnpm generate`. Do not edit."];
  for (const id of codeSetIds) {
    const set = taxonomy.codeSets[id];
    if (!set) throw new Error(`code set ${id} is missing`);
    const codes = set.concepts.map((concept) => `  ${JSON.stringify(concept.code)},`);
    lines.push(
      "",
      `export const ${codeListName(id)} = [`,
      ...codes,
      "] as const;",
      `export type ${codeTypeName(id)} = (typeof ${codeListName(id)})[number];`,
    );
  }
  lines.push("");
  return lines.join("\n");
}
