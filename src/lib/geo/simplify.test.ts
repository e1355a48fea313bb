import { describe, expect, it } from "vitest";
import { simplifyArc, type Point } from "./simplify.ts";

describe("simplifyArc", () => {
  it("keeps both ends and the points farther than the tolerance from the line, drops the others", () => {
    const arc: Point[] = [
      [0, 0],
      [1, 1.7],
      [2, 3.2],
      [3, 5],
      [4, 2.6],
      [5, 0],
    ];
    expect(simplifyArc(arc, 1)).toEqual([
      [0, 0],
      [3, 5],
      [5, 0],
    ]);
    expect(simplifyArc(arc, 0.01)).toHaveLength(6);
  });

  it("keeps a closed arc (an island's coast) a ring of at least three corners", () => {
    const square: Point[] = [
      [0, 0],
      [0.1, 0.05],
      [1, 0],
      [1, 1],
      [0, 1],
      [0, 0],
    ];
    const ring = simplifyArc(square, 10);
    expect(ring[0]).toEqual(ring.at(-1));
    expect(new Set(ring.map(String)).size).toBeGreaterThanOrEqual(3);
  });

  it("leaves an arc of two points as it is", () => {
    expect(
      simplifyArc(
        [
          [0, 0],
          [3, 4],
        ],
        100,
      ),
    ).toEqual([
      [0, 0],
      [3, 4],
    ]);
  });
});
