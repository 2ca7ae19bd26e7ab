import { fromUkDateTime, proceed, rejectAt, splitCell } from "@cse-flags/adapter-kit";
import { compareInstants, type MissingEpisodeDetails } from "@cse-flags/core";
import type { z } from "zod";
import type { Step } from "./step.js";

type History = Pick<z.infer<typeof MissingEpisodeDetails>, "priorEpisodes" | "priorEpisodeCount">;

// Copies of core's limits, which core does not export: `MissingEpisodeDetails` in
// packages/core/src/schemas/canonical-record.ts (`priorEpisodeCount` at most 10 000,
// `priorEpisodes` at most 1000). Core refuses more; the property test checks they agree.
const maxPriorEpisodeCount = 10_000;
const maxPriorEpisodeDates = 1000;

/**
 * The person's earlier episodes, as the export holds them: a count (`prior_episode_count`),
 * the report times of earlier episodes (`prior_episode_dates`, `;`-separated), both or
 * neither. A blank count is "not recorded", never zero. When both are given the count is the
 * number of all earlier episodes, so it cannot be smaller than the dated history.
 */
export function readEpisodeHistory(countCell: string, datesCell: string, reportedAt: string): Step<History> {
  const count = countCell.trim() === "" ? undefined : Number(countCell);
  if (count !== undefined && !(Number.isInteger(count) && count >= 0 && count <= maxPriorEpisodeCount))
    return rejectAt("invalid-prior-episode-count", "prior_episode_count");

  const cells = splitCell(datesCell, ";");
  if (cells.length > maxPriorEpisodeDates) return rejectAt("too-many-prior-episodes", "prior_episode_dates");
  const priorEpisodes: { reportedAt: string }[] = [];
  for (const cell of cells) {
    const earlier = fromUkDateTime(cell);
    if (earlier === undefined) return rejectAt("invalid-date", "prior_episode_dates");
    // A date-only entry on the report's day may be earlier that day; a time must be earlier.
    const order = compareInstants(earlier, reportedAt);
    if (order > 0 || (order === 0 && earlier.length > 10 && reportedAt.length > 10))
      return rejectAt("prior-episode-not-before-report", "prior_episode_dates");
    priorEpisodes.push({ reportedAt: earlier });
  }
  if (count !== undefined && count < priorEpisodes.length)
    return rejectAt("prior-episode-count-below-history", "prior_episode_count");

  return proceed({
    ...(priorEpisodes.length > 0 ? { priorEpisodes } : {}),
    ...(count === undefined ? {} : { priorEpisodeCount: count }),
  });
}
