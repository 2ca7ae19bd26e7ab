// The baseline `flag` is measured against: read an NDJSON file's lines, JSON.parse and
// JSON.stringify each, and write them to stdout. Nothing is checked: it is the floor.
import { once } from "node:events";
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";

const lines = createInterface({
  input: createReadStream(process.argv[2] ?? ""),
  crlfDelay: Number.POSITIVE_INFINITY,
});
let pending = "";
for await (const line of lines) {
  if (line === "") continue;
  pending += `${JSON.stringify(JSON.parse(line))}\n`;
  if (pending.length >= 65_536) {
    if (!process.stdout.write(pending)) await once(process.stdout, "drain");
    pending = "";
  }
}
process.stdout.write(pending);
