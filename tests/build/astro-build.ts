/**
 * Builds a throw-away copy of the project with other content, for build tests that need a
 * catalogue of their own (a broken entry, a retired product). node_modules is linked, not copied.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../../scripts/lib/dist.ts";

const SKIP = new Set(["node_modules", "content", "dist", "dist-base", ".astro", ".git", "tests", "test-results"]);

/** A copy of the project in a temporary folder with `content` as its content/; returns its root. */
export function projectCopy(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ocop-project-"));
  for (const name of readdirSync(ROOT)) {
    if (!SKIP.has(name)) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  cpSync(content, join(dir, "content"), { recursive: true });
  return dir;
}

/** Runs `astro build` in `dir`; returns its exit status and everything it printed. */
export function astroBuild(dir: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(dir, "node_modules/astro/bin/astro.mjs"), "build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, ...env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
