import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { codeSetIds } from "../src/taxonomy/code-set-ids.js";

/** Where the reviewed taxonomy data files live. */
export const taxonomyDataDir = new URL("../taxonomy/", import.meta.url).pathname;

const readJson = async (path: string): Promise<unknown> => JSON.parse(await readFile(path, "utf8"));

/**
 * Builds the published taxonomy document from the reviewed data files:
 * `taxonomy/meta.json` plus one file per code set in `taxonomy/code-sets/`.
 * Files that are not listed in `codeSetIds` are an error, so none is silently left out.
 */
export async function assembleTaxonomy(): Promise<Record<string, unknown>> {
  const meta = (await readJson(join(taxonomyDataDir, "meta.json"))) as Record<string, unknown>;
  const setDir = join(taxonomyDataDir, "code-sets");
  const files = (await readdir(setDir)).filter((name) => name.endsWith(".json"));
  const known = new Set<string>(codeSetIds.map((id) => `${id}.json`));
  const unknown = files.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new Error(`taxonomy/code-sets holds files for unknown code sets: ${unknown.join(", ")}`);
  }
  const codeSets: Record<string, unknown> = {};
  for (const id of codeSetIds) {
    codeSets[id] = await readJson(join(setDir, `${id}.json`));
  }
  return { ...meta, codeSets };
}
