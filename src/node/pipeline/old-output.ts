/**
 * The last build's output, set aside and deleted beside the new build. Astro empties dist/ on
 * the main thread before it bundles: every page, card, QR code and index file of the last build,
 * while the second core idles (docs/performance.md has the figures). Moved away by one rename, the old output is deleted by a child process while Astro bundles and
 * renders; dist/ starts empty as before, so no file of an earlier build can be published.
 * Node only (build time).
 */
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, renameSync } from "node:fs";
import { join } from "node:path";

/**
 * Moves `outDir` into `aside` (a folder on the same disk) and deletes it, with anything an
 * interrupted build left there, in a child process. Resolves when the deletion is done; null
 * when there was nothing to move or it could not be moved (Astro then empties `outDir` itself).
 */
export function setAsideOutput(outDir: string, aside: string): Promise<void> | null {
  if (!existsSync(outDir) || readdirSync(outDir).length === 0) return null;
  mkdirSync(aside, { recursive: true });
  try {
    renameSync(outDir, join(aside, `${Date.now()}-${process.pid}`));
  } catch {
    return null;
  }
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["-e", "require('node:fs').rmSync(process.argv[1], { recursive: true, force: true })", aside],
      { stdio: "inherit" },
    );
    child.on("error", reject);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`deleting ${aside} failed (exit ${code})`))));
  });
}
