/**
 * Checks what each publishable package would put on npm. Runs after `pnpm build`
 * (`pnpm test:packages`), on the tarball that `pnpm pack` writes.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listTarball, packPackage, publishablePackages, runLocalBin } from "./pack.js";

const packages = publishablePackages();

/** Files a package may publish besides its build output and data. */
const allowedFiles = new Set([
  "package/package.json",
  "package/README.md",
  "package/LICENSE",
  "package/CHANGELOG.md",
  "package/taxonomy.json",
]);
const allowedFolders = ["package/bin/", "package/dist/", "package/schemas/", "package/policy/"];

const isAllowed = (entry: string): boolean =>
  allowedFiles.has(entry) || allowedFolders.some((folder) => entry.startsWith(folder));

/** Anything that looks like a test, type test or fixture must stay out of the tarball. */
const testLikePatterns = [".test.", ".spec.", "__tests__", "fixtures", ".test-d."];

/** What every package packs; packages that publish CommonJS (a `require` condition) also pack its build. */
const requiredEverywhere = [
  "package/dist/index.js",
  "package/dist/index.d.ts",
  "package/README.md",
  "package/LICENSE",
];
const requiredForCommonJs = ["package/dist/index.cjs", "package/dist/index.d.cts"];
const requiredFor: Record<string, readonly string[]> = {
  "@cse-flags/core": ["package/taxonomy.json", "package/policy/national.json"],
  "@cse-flags/cli": ["package/bin/cse-flags.js", "package/dist/bin.js", "package/dist/worker.js"],
  "@cse-flags/adapter-kit": [
    "package/dist/conformance.js",
    "package/dist/conformance.cjs",
    "package/dist/conformance.d.ts",
    "package/dist/conformance.d.cts",
  ],
};
/** At least one entry must match each of these, per package. */
const requiredPatternsFor: Record<string, readonly RegExp[]> = {
  "@cse-flags/core": [/^package\/schemas\/[^/]+\.schema\.json$/],
};

/**
 * ESM-first packages with a CJS build: check node16 (CJS and ESM) and bundler resolution.
 * ESM-only packages (the CLI, whose worker threads load by `import.meta.url`): check ESM resolution only.
 */
const attwOptions = (esmOnly: boolean): string[] => [
  "--profile",
  esmOnly ? "esm-only" : "node16",
  "--format",
  "ascii",
  "--no-emoji",
];

const timeout = 120_000;

it("finds the publishable packages, @cse-flags/core among them", () => {
  expect(packages.map((pkg) => pkg.name)).toContain("@cse-flags/core");
});

for (const pkg of packages) {
  describe(pkg.name, () => {
    let workDir = "";
    let tarball = "";
    let entries: string[] = [];

    beforeAll(() => {
      workDir = mkdtempSync(join(tmpdir(), "cse-flags-pack-"));
      tarball = packPackage(pkg.dir, workDir);
      entries = listTarball(tarball);
    }, timeout);

    afterAll(() => {
      if (workDir !== "") rmSync(workDir, { recursive: true, force: true });
    });

    it("packs only package.json, README, LICENSE, CHANGELOG, bin, dist, schemas, policy and taxonomy.json", () => {
      const unexpected = entries.filter((entry) => !isAllowed(entry));
      expect(unexpected, `${pkg.name}: tarball entries outside the allowed list`).toEqual([]);
    });

    it("packs no tests, specs, type tests or fixtures", () => {
      const testLike = entries.filter((entry) => testLikePatterns.some((pattern) => entry.includes(pattern)));
      expect(testLike, `${pkg.name}: tarball entries that look like tests or fixtures`).toEqual([]);
    });

    it("packs the entry points, README and LICENSE", () => {
      const required = [
        ...requiredEverywhere,
        ...(pkg.commonJs ? requiredForCommonJs : []),
        ...(requiredFor[pkg.name] ?? []),
      ];
      const missing = required.filter((entry) => !entries.includes(entry));
      for (const pattern of requiredPatternsFor[pkg.name] ?? []) {
        if (!entries.some((entry) => pattern.test(entry))) missing.push(`an entry matching ${pattern}`);
      }
      expect(missing, `${pkg.name}: required tarball entries missing`).toEqual([]);
    });

    if (pkg.bin.length > 0)
      it("packs each command it declares in bin, as a Node script", () => {
        for (const file of pkg.bin) {
          expect(entries, `${pkg.name}: bin ${file} is not packed`).toContain(
            `package/${file.replace(/^\.\//, "")}`,
          );
          expect(readFileSync(join(pkg.dir, file), "utf8").startsWith("#!/usr/bin/env node\n")).toBe(true);
        }
      });

    it(
      "passes publint --strict",
      () => {
        const result = runLocalBin("publint", ["run", tarball, "--strict"]);
        expect(result.status, `${pkg.name}: publint failed:\n${result.output}`).toBe(0);
      },
      timeout,
    );

    it(
      `passes arethetypeswrong (${pkg.commonJs ? "node16 CJS and ESM, bundler" : "ESM only"})`,
      () => {
        const result = runLocalBin("attw", [tarball, ...attwOptions(!pkg.commonJs)]);
        expect(result.status, `${pkg.name}: attw failed:\n${result.output}`).toBe(0);
      },
      timeout,
    );
  });
}
