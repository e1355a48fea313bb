import { describe, expect, it } from "vitest";
import { mapPooled } from "./pool.ts";

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe("mapPooled", () => {
  it("keeps at most `limit` at once and returns the results in the items' order", async () => {
    let running = 0;
    let most = 0;
    const out = await mapPooled([5, 1, 4, 2, 3], 2, async (n) => {
      most = Math.max(most, ++running);
      for (let i = 0; i < n; i++) await tick();
      running--;
      return n * 10;
    });
    expect(out).toEqual([50, 10, 40, 20, 30]);
    expect(most).toBe(2);
  });

  it("rejects with the first failure and starts nothing after it", async () => {
    const started: number[] = [];
    await expect(
      mapPooled([1, 2, 3, 4, 5], 1, async (n) => {
        started.push(n);
        await tick();
        if (n === 2) throw new Error("two failed");
        return n;
      }),
    ).rejects.toThrow("two failed");
    expect(started).toEqual([1, 2]);
  });

  it("does nothing for no items", async () => {
    expect(await mapPooled([], 4, () => Promise.reject(new Error("never")))).toEqual([]);
  });
});
