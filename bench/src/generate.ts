// `pnpm --filter @cse-flags/bench generate -- --system crime --size 100000 --format ndjson`:
// writes a seeded synthetic export to bench/data/ (gitignored), or to --out.
import { mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { scriptArgs } from "./cli-args.js";
import { type ExportFormat, writeExport } from "./export-writer.js";
import { generators, type SystemName, systemNames } from "./generators/index.js";

export const defaultDataDir = new URL("../data/", import.meta.url).pathname;
export const defaultSeed = 20_260_401;

/** Where an export of this system, size and format is kept, so benchmarks reuse it. */
export const exportPath = (
  dir: string,
  system: SystemName,
  size: number,
  format: ExportFormat,
  seed: number,
) => join(dir, `${system}-${size}-${seed}.${format}`);

async function main(): Promise<void> {
  const { values } = parseArgs({
    args: scriptArgs(),
    options: {
      system: { type: "string", default: "crime" },
      size: { type: "string", default: "10000" },
      format: { type: "string", default: "ndjson" },
      seed: { type: "string", default: String(defaultSeed) },
      out: { type: "string" },
    },
  });
  const system = values.system as SystemName;
  const format = values.format as ExportFormat;
  const size = Number(values.size);
  const seed = Number(values.seed);
  if (!systemNames.includes(system)) throw new Error(`--system must be one of ${systemNames.join(", ")}`);
  if (format !== "csv" && format !== "ndjson") throw new Error("--format must be csv or ndjson");
  if (!Number.isInteger(size) || size < 1) throw new Error("--size must be a whole number above 0");
  if (!Number.isInteger(seed)) throw new Error("--seed must be a whole number");
  const path = values.out ?? exportPath(defaultDataDir, system, size, format, seed);
  await mkdir(dirname(path), { recursive: true });
  const { bytes } = await writeExport(path, generators[system], size, format, seed);
  console.log(`${path}: ${size} ${system} rows, ${(bytes / 1e6).toFixed(1)} MB`);
}

if (process.argv[1] === new URL(import.meta.url).pathname) await main();
