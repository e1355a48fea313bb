/** Runs `astro build` in a copy of the project (scripts/lib/project-copy.ts), for build tests that need a catalogue of their own. */
import { spawn, spawnSync } from "node:child_process";
import { join } from "node:path";

/**
 * What vitest adds to the environment, as Vite's import.meta.env (DEV=1, MODE=test, BASE_URL…)
 * and its own: left in, `astro build` would build in development mode (no service worker in the
 * pages, cards and QR codes rendered as routes instead of beside the pages).
 */
const TEST_ENV = ["NODE_ENV", "MODE", "DEV", "PROD", "SSR", "BASE_URL", "SITE", "TEST"];

/** The environment of a build as `npm run build` has it; the copy's caches are its own node_modules/.astro. */
function buildEnv(env: Record<string, string>): Record<string, string | undefined> {
  const all: Record<string, string | undefined> = { ...process.env };
  for (const name of Object.keys(all))
    if (TEST_ENV.includes(name) || name === "ASTRO_CACHE_DIR" || name.startsWith("VITEST")) delete all[name];
  return { ...all, ...env, NO_COLOR: "1", FORCE_COLOR: "0" };
}

const buildArgs = (dir: string) => [join(dir, "node_modules/astro/bin/astro.mjs"), "build"];

/** Runs `astro build` in `dir`; returns its exit status and everything it printed. */
export function astroBuild(dir: string, env: Record<string, string> = {}): { status: number | null; output: string } {
  const run = spawnSync(process.execPath, buildArgs(dir), { cwd: dir, encoding: "utf8", env: buildEnv(env) });
  return { status: run.status, output: `${run.stdout}\n${run.stderr}` };
}

/** astroBuild() without blocking, so that two builds of different copies can run at once. */
export function astroBuildAsync(
  dir: string,
  env: Record<string, string> = {},
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, buildArgs(dir), { cwd: dir, env: buildEnv(env) });
    let output = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, output }));
  });
}
