/** Runs `astro build` in a copy of the project (scripts/lib/project-copy.ts), for build tests that need a catalogue of their own. */
import { spawn, spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { contentFrom, projectCopy } from "../../scripts/lib/project-copy.ts";

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

/** What a fixture site is built with: a fixed build date (the Tết guide in season) and the site's address. */
export const FIXTURE_ENV = { BUILD_DATE: "2026-12-06", SITE_URL: "https://vi-du.vn" };

/**
 * Builds a copy of the project around a content/ folder made of `files` (scripts/lib/project-copy.ts
 * `contentFrom`); returns the copy's root and its dist/, and throws with the build's output when
 * the build fails. `remove()` deletes the copy and the content folder.
 */
export async function buildFixtureSite(
  files: Record<string, string>,
  env: Record<string, string> = FIXTURE_ENV,
): Promise<{ root: string; dist: string; remove: () => void }> {
  const content = contentFrom(files);
  const root = projectCopy({ content });
  const remove = () => [root, dirname(content)].forEach((dir) => rmSync(dir, { recursive: true, force: true }));
  const { status, output } = await astroBuildAsync(root, env);
  if (status !== 0) {
    remove();
    throw new Error(`the fixture site did not build:\n${output.slice(-4000)}`);
  }
  return { root, dist: join(root, "dist"), remove };
}
