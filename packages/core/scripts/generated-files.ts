import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { assembleTaxonomy } from "./assemble-taxonomy.js";
import { renderCodesModule } from "./render-codes.js";
import { renderPolicyMarkdown } from "./render-policy-markdown.js";
import { renderSchemaReadme } from "./render-schema-readme.js";
import { renderTaxonomyMarkdown } from "./render-taxonomy-markdown.js";

export const packageDir = new URL("..", import.meta.url).pathname;
export const repoDir = join(packageDir, "..", "..");

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Every file generated from the taxonomy data and the zod schemas, by absolute
 * path. `pnpm generate` writes them; a test fails when any file on disk differs.
 */
export async function renderGeneratedFiles(): Promise<Map<string, string>> {
  const doc = await assembleTaxonomy();
  const files = new Map<string, string>();
  files.set(join(packageDir, "taxonomy.json"), json(doc));
  files.set(join(packageDir, "src/taxonomy/codes.generated.ts"), renderCodesModule(doc as never));
  // Imported late: the schemas are built from codes.generated.ts, which the first
  // run of `pnpm generate` may just have written.
  const { TaxonomyDocument } = await import("../src/taxonomy/taxonomy-schema.js");
  const taxonomy = TaxonomyDocument.parse(doc);
  files.set(join(repoDir, "docs/taxonomy.md"), renderTaxonomyMarkdown(taxonomy));
  const { buildJsonSchemas } = await import("../src/schemas/json-schema.js");
  const { inputGuardNote, publicSchemas } = await import("../src/schemas/public-schemas.js");
  for (const [name, schema] of Object.entries(buildJsonSchemas())) {
    files.set(join(packageDir, "schemas", name), json(schema));
  }
  files.set(join(packageDir, "schemas/README.md"), renderSchemaReadme(publicSchemas, inputGuardNote));
  const { Policy } = await import("../src/policy/policy-schema.js");
  const national = Policy.parse(JSON.parse(await readFile(join(packageDir, "policy/national.json"), "utf8")));
  files.set(join(repoDir, "docs/national-policy.md"), renderPolicyMarkdown(national, taxonomy.sources));
  return files;
}
