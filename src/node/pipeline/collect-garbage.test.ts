import { describe, expect, it } from "vitest";
import { collectGarbage } from "./collect-garbage.ts";

describe("collectGarbage", () => {
  it("collects an object nothing refers to any more", async () => {
    const ref = (() => new WeakRef({ pages: new Array(1000).fill("page") }))();
    // A WeakRef keeps its target until the end of the current job.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(ref.deref()).toBeUndefined();
  });

  it("can run again", () => {
    collectGarbage();
    const kept = { pages: ["page"] };
    const ref = new WeakRef(kept);
    collectGarbage();
    expect(ref.deref()).toBe(kept);
  });
});
