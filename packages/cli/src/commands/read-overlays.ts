import { UsageError } from "../errors.js";
import { readJsonFile } from "../inputs/read-json-file.js";

/** The `--policy` overlays, each read as JSON, in the order given; compiled later, with the policy. */
export async function readOverlays(paths: readonly string[], cwd: string): Promise<unknown[]> {
  const overlays: unknown[] = [];
  for (const path of paths) {
    const read = await readJsonFile(path, cwd, {
      what: "the policy overlay",
      hint: "Check the path given to --policy.",
    });
    if (read === undefined)
      throw new UsageError(
        `the policy overlay ${path} is not valid JSON`,
        `Check it with: cse-flags validate --kind overlay ${path}`,
      );
    overlays.push(read.value);
  }
  return overlays;
}

/** The `--policy` option, as `flag` and `audit` both take it. */
export const policyOption = {
  type: "string",
  multiple: true,
  value: "<file>",
  description: "A force's policy overlay (JSON) applied over the national policy; in the order given",
} as const;
