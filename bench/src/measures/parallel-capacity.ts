import { median, runNode } from "./spawn-timed.js";

/** A fixed amount of CPU work, about half a second, with nothing shared between copies. */
const spin =
  "let x = 0; for (let i = 0; i < 2e8; i += 1) x = (x + i * 7) % 1000003; if (x < 0) console.log(x);";

/**
 * How much faster two independent CPU-bound processes finish together than one after the
 * other: 2.0 on two free cores, 1.0 when only one core's worth is really there (a host busy
 * with other machines). `--jobs 2` cannot beat this, so it is measured in the same run.
 */
export async function measureParallelCapacity(repeats: number): Promise<number> {
  const ratios: number[] = [];
  for (let round = 0; round < repeats; round += 1) {
    const alone = await runNode(["-e", spin]);
    const started = performance.now();
    await Promise.all([runNode(["-e", spin]), runNode(["-e", spin])]);
    ratios.push((2 * alone.ms) / (performance.now() - started));
  }
  return median(ratios);
}
