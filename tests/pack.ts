import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root (this file lives in `<root>/tests`). */
export const repoRoot = fileURLToPath(new URL("..", import.meta.url));

/** Packing, publint and attw each take seconds; this bounds any one of them. */
export const toolTimeoutMs = 120_000;

export interface WorkspacePackage {
  /** The npm name, e.g. `@cse-flags/core`. */
  name: string;
  /** Absolute path of the package folder. */
  dir: string;
  /** Whether its main entry has a `require` condition: it publishes CommonJS too. */
  commonJs: boolean;
  /** The files its `bin` field names, as written there. */
  bin: string[];
}

interface Manifest {
  name?: unknown;
  private?: unknown;
  exports?: unknown;
  bin?: unknown;
}

const hasRequireCondition = (exports: unknown): boolean => {
  if (typeof exports !== "object" || exports === null) return false;
  const main = (exports as Record<string, unknown>)["."];
  return typeof main === "object" && main !== null && "require" in main;
};

const binFiles = (bin: unknown): string[] =>
  typeof bin === "string"
    ? [bin]
    : typeof bin === "object" && bin !== null
      ? Object.values(bin).filter((file): file is string => typeof file === "string")
      : [];

/** Every package under packages/* whose package.json does not say `"private": true`. */
export function publishablePackages(root: string = repoRoot): WorkspacePackage[] {
  const packagesDir = join(root, "packages");
  if (!existsSync(packagesDir)) return [];
  const found: WorkspacePackage[] = [];
  for (const entry of readdirSync(packagesDir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const dir = join(packagesDir, entry.name);
    const manifestPath = join(dir, "package.json");
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(readFileSync(manifestPath, "utf8")) as Manifest;
    if (manifest.private === true) continue;
    if (typeof manifest.name !== "string") {
      throw new Error(`${manifestPath} has no "name"`);
    }
    found.push({
      name: manifest.name,
      dir,
      commonJs: hasRequireCondition(manifest.exports),
      bin: binFiles(manifest.bin),
    });
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Runs `pnpm pack` in `packageDir`, writing into `destination` (which must be empty), and
 * returns the absolute path of the tarball it wrote.
 */
export function packPackage(packageDir: string, destination: string): string {
  execFileSync("pnpm", ["pack", "--pack-destination", destination], {
    cwd: packageDir,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: toolTimeoutMs,
  });
  const tarballs = readdirSync(destination).filter((file) => file.endsWith(".tgz"));
  if (tarballs.length !== 1) {
    throw new Error(
      `expected one tarball in ${destination} after packing ${packageDir}, found ${tarballs.length}`,
    );
  }
  return join(destination, tarballs[0] as string);
}

/** The file entries of a gzipped tarball, as `tar -tzf` prints them (`package/...`), sorted. */
export function listTarball(tarball: string): string[] {
  const listing = execFileSync("tar", ["-tzf", tarball], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: toolTimeoutMs,
  });
  return listing
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.endsWith("/"))
    .sort();
}

export interface ToolResult {
  /** Exit status; `null` when the process was killed (e.g. by the timeout). */
  status: number | null;
  /** stdout and stderr together, for failure messages. */
  output: string;
}

/** Runs a CLI installed in the root node_modules/.bin, never throwing on a non-zero exit. */
export function runLocalBin(bin: string, args: readonly string[], cwd: string = repoRoot): ToolResult {
  const result = spawnSync(join(repoRoot, "node_modules", ".bin", bin), args, {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    timeout: toolTimeoutMs,
    env: { ...process.env, FORCE_COLOR: "0", NO_COLOR: "1" },
  });
  const parts = [result.stdout, result.stderr];
  if (result.error) parts.push(String(result.error));
  return { status: result.status, output: parts.filter(Boolean).join("\n").trim() };
}
