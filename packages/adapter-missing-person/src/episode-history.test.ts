import { MissingEpisodeDetails } from "@cse-flags/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readEpisodeHistory } from "./episode-history.js";

const reportedAt = "2026-03-14T19:05:00+00:00";
const read = (count: string, dates: string) => {
  const result = readEpisodeHistory(count, dates, reportedAt);
  return result.ok ? result.value : `${result.reason}@${result.field}`;
};

describe("readEpisodeHistory", () => {
  it("treats a blank count as not recorded, never as zero", () => {
    expect(read("", "")).toEqual({});
    expect(read("0", "")).toEqual({ priorEpisodeCount: 0 });
    expect(read("007", "")).toEqual({ priorEpisodeCount: 7 });
  });

  it("reads dated episodes in UK local time, with or without a time", () => {
    expect(read("3", "14/07/2025 23:30 ; 01/03/2026")).toEqual({
      priorEpisodes: [{ reportedAt: "2025-07-14T23:30:00+01:00" }, { reportedAt: "2026-03-01" }],
      priorEpisodeCount: 3,
    });
  });

  it("accepts an undated entry on the report's day, but not a time at or after the report", () => {
    expect(read("", "14/03/2026")).toEqual({ priorEpisodes: [{ reportedAt: "2026-03-14" }] });
    expect(read("", "14/03/2026 19:04")).toEqual({
      priorEpisodes: [{ reportedAt: "2026-03-14T19:04:00+00:00" }],
    });
    expect(read("", "14/03/2026 19:05")).toBe("prior-episode-not-before-report@prior_episode_dates");
    expect(read("", "15/03/2026")).toBe("prior-episode-not-before-report@prior_episode_dates");
  });

  it("rejects impossible dates, too many episodes, and a count below the dated history", () => {
    expect(read("", "01/02/2026;30/02/2026")).toBe("invalid-date@prior_episode_dates");
    expect(read("", "2026-02-01")).toBe("invalid-date@prior_episode_dates");
    expect(read("10001", "")).toBe("invalid-prior-episode-count@prior_episode_count");
    expect(read("10000", "")).toEqual({ priorEpisodeCount: 10_000 });
    expect(read("", Array.from({ length: 1001 }, () => "01/01/2026").join(";"))).toBe(
      "too-many-prior-episodes@prior_episode_dates",
    );
    expect(read("1", "01/01/2026;02/01/2026")).toBe("prior-episode-count-below-history@prior_episode_count");
  });

  it("keeps to core's limits exactly: the most it accepts core accepts, one more core refuses", () => {
    const episode = (history: object) =>
      MissingEpisodeDetails.safeParse({ personRef: "CHILD-A", reportedAt, ...history }).success;
    const dates = (n: number) => Array.from({ length: n }, () => "01/01/2026").join(";");
    const most = read("", dates(1000));
    expect(typeof most).toBe("object");
    expect(episode(most as object)).toBe(true);
    expect(
      episode({ priorEpisodes: [...(most as { priorEpisodes: object[] }).priorEpisodes, { reportedAt }] }),
    ).toBe(false);
    expect(episode(read("10000", "") as object)).toBe(true);
    expect(episode({ priorEpisodeCount: 10_001 })).toBe(false);
  });

  it("never throws, and whatever it keeps is before the report and within core's limits", () => {
    const cell = fc.oneof(fc.string(), fc.stringMatching(/^(\d{2}\/\d{2}\/\d{4}( \d{2}:\d{2})?;?){0,4}$/));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{0,6}$/)), cell, (count, dates) => {
        const result = readEpisodeHistory(count, dates, reportedAt);
        if (!result.ok) return;
        for (const prior of result.value.priorEpisodes ?? [])
          expect(prior.reportedAt < "2026-03-14T19:05").toBe(true);
        const n = result.value.priorEpisodeCount;
        if (n !== undefined) expect(n).toBeGreaterThanOrEqual(result.value.priorEpisodes?.length ?? 0);
      }),
    );
  });
});
