/** Runs `astro build` in a copy of the project (scripts/lib/project-copy.ts), for build tests that need a catalogue of their own. */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** Runs `astro build` in `dir`; returns its exit status and everything it printed. */
export function astroBuild(dir: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, [join(dir, "node_modules/astro/bin/astro.mjs"), "build"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, ...env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}
