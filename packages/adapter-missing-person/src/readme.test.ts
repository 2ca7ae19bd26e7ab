import { mkdir } from "node:fs/promises";
import { describeDocExamples } from "../../../test-support/doc-examples.js";

// The doc-example runner writes each ```ts block into test/ inside this package; git keeps
// no empty folders, so make sure it is there.
await mkdir(new URL("../test/", import.meta.url), { recursive: true });

await describeDocExamples(new URL("../", import.meta.url), [
  {
    name: "packages/adapter-missing-person/README.md",
    url: new URL("../README.md", import.meta.url),
    minimum: 3,
  },
]);
