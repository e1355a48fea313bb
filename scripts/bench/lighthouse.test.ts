import { describe, expect, it } from "vitest";
import { performanceLosses } from "./lighthouse.ts";

/** A performance category as Lighthouse 13 weighs it (FCP 10, SI 10, LCP 25, TBT 30, CLS 25). */
const refs = [
  { id: "first-contentful-paint", weight: 10 },
  { id: "speed-index", weight: 10 },
  { id: "largest-contentful-paint", weight: 25 },
  { id: "total-blocking-time", weight: 30 },
  { id: "cumulative-layout-shift", weight: 25 },
  { id: "server-response-time", weight: 0 },
];
const lhr = (scores: Record<string, number>) => ({
  categories: { performance: { auditRefs: refs } },
  audits: Object.fromEntries(refs.map((r) => [r.id, { score: scores[r.id] ?? 1 }])),
});

describe("performanceLosses", () => {
  it("names a layout shift as the cause when CLS, not blocking time, cost the points", () => {
    // The case: score 83 with TBT perfect and CLS ≈ 0.35 (metric score ≈ 0.32).
    const losses = performanceLosses(
      lhr({ "cumulative-layout-shift": 0.32, "total-blocking-time": 1, "largest-contentful-paint": 0.98 }),
    );
    expect(losses[0]?.metric).toBe("CLS");
    expect(losses[0]?.points).toBeCloseTo(17, 6);
    expect(losses.map((l) => l.metric)).toEqual(["CLS", "LCP"]);
  });
  it("reports nothing for a perfect page", () => {
    expect(performanceLosses(lhr({}))).toEqual([]);
  });
});
