// Preloaded into a measured process (node --require): at exit, the main thread appends the
// process's peak resident set size in kilobytes (all threads together) to the file named by
// BENCH_PEAK_RSS_FILE. Workers load it too, and stay quiet.
const { appendFileSync } = require("node:fs");
const { isMainThread } = require("node:worker_threads");

const target = process.env.BENCH_PEAK_RSS_FILE;
if (isMainThread && target) {
  process.on("exit", () => appendFileSync(target, `${process.resourceUsage().maxRSS}\n`));
}
