import { mkdir } from "node:fs/promises";
import { describeDocExamples } from "../../../test-support/doc-examples.js";

// The examples run from a folder under test/, which this package has no other use for.
await mkdir(new URL("../test/", import.meta.url), { recursive: true });

// Blocks marked ```ts no-run are shown only: the conformance suite runs in adapter.test.ts.
await describeDocExamples(new URL("../", import.meta.url), [
  { name: "packages/adapter-custody/README.md", url: new URL("../README.md", import.meta.url), minimum: 3 },
]);
