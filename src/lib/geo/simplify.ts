/**
 * Douglas–Peucker simplification of a topology's arcs, in the plane of the drawing. Arcs are
 * simplified one by one with their two ends kept, so a border shared by two communes (stored once
 * in the topology) stays shared: neighbours never gap or overlap, whatever the tolerance. Pure.
 */
export type Point = [number, number];

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - a[0] - t * dx, p[1] - a[1] - t * dy);
}

/** Marks the points of `points[from..to]` to keep, ends included. */
function mark(points: readonly Point[], from: number, to: number, tolerance: number, keep: boolean[]): void {
  keep[from] = keep[to] = true;
  // An explicit stack: a long, smooth arc would otherwise recurse once per point.
  const stack: [number, number][] = [[from, to]];
  while (stack.length > 0) {
    const [i, j] = stack.pop()!;
    let worst = -1;
    let at = -1;
    for (let k = i + 1; k < j; k++) {
      const d = distanceToSegment(points[k]!, points[i]!, points[j]!);
      if (d > worst) [worst, at] = [d, k];
    }
    if (worst > tolerance) {
      keep[at] = true;
      stack.push([i, at], [at, j]);
    }
  }
}

/**
 * The arc with the points that matter at `tolerance` (in the drawing's units). A closed arc (an
 * island's whole coast, a commune inside another) is split at its farthest point from its start,
 * so it keeps at least a triangle rather than collapsing to a line.
 */
export function simplifyArc(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return [...points];
  const keep: boolean[] = new Array<boolean>(points.length).fill(false);
  const last = points.length - 1;
  const closed = points[0]![0] === points[last]![0] && points[0]![1] === points[last]![1];
  if (closed) {
    let far = 1;
    for (let k = 2; k < last; k++)
      if (
        Math.hypot(points[k]![0] - points[0]![0], points[k]![1] - points[0]![1]) >
        Math.hypot(points[far]![0] - points[0]![0], points[far]![1] - points[0]![1])
      )
        far = k;
    mark(points, 0, far, tolerance, keep);
    mark(points, far, last, tolerance, keep);
    // A ring needs three corners to enclose anything.
    if (keep.filter(Boolean).length < 4) {
      let second = far === 1 ? 2 : 1;
      for (let k = 1; k < last; k++)
        if (
          k !== far &&
          distanceToSegment(points[k]!, points[0]!, points[far]!) > distanceToSegment(points[second]!, points[0]!, points[far]!)
        )
          second = k;
      keep[second] = true;
    }
  } else {
    mark(points, 0, last, tolerance, keep);
  }
  return points.filter((_, i) => keep[i]);
}
