/**
 * A full garbage collection, on demand, in a process started without `--expose-gc` (the build
 * runs as `astro build`, with no flags of ours). V8 grows its heap while garbage is cheap to keep
 * and collects late: most of the heap the content sync leaves is garbage when the bundling
 * starts, and that memory was still held at the build's peak (docs/performance.md).
 * Node only (build time).
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

let gc: (() => void) | undefined;

/** Collects all garbage now (the flag is set once; V8 then gives a new context its `gc`). */
export function collectGarbage(): void {
  if (!gc) {
    setFlagsFromString("--expose-gc");
    gc = runInNewContext("gc") as () => void;
  }
  gc();
}
