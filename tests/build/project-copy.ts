/**
 * Builds a throw-away copy of the project with other content, for build tests that need a
 * catalogue of their own (a broken entry, a retired product, a warm build after an edit).
 * node_modules is a folder of links to the project's packages, without its caches (Astro's
 * .astro, .vite, and the cards, QR codes and search words in .cache): a copy's build neither
 * reads nor overwrites the project's own caches, nor another copy's built at the same time.
 */
import { spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT } from "../../scripts/lib/dist.ts";

const SKIP = new Set(["node_modules", "content", "dist", "dist-base", ".astro", ".git", "tests", "test-results"]);
const CACHES = new Set([".astro", ".astro-base", ".vite", ".vite-temp", ".cache"]);

/** A copy of the project in a temporary folder with `content` as its content/; returns its root. */
export function projectCopy(content: string): string {
  const dir = mkdtempSync(join(tmpdir(), "ocop-project-"));
  for (const name of readdirSync(ROOT)) {
    if (!SKIP.has(name)) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  mkdirSync(join(dir, "node_modules"));
  for (const name of readdirSync(join(ROOT, "node_modules"))) {
    if (!CACHES.has(name)) symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
  }
  cpSync(content, join(dir, "content"), { recursive: true });
  return dir;
}

const buildArgs = (dir: string) => [join(dir, "node_modules/astro/bin/astro.mjs"), "build"];
/**
 * What vitest adds to the environment, as Vite's import.meta.env (DEV=1, MODE=test, BASE_URL…)
 * and its own: left in, `astro build` would build in development mode (no service worker in the
 * pages, cards and QR codes rendered as routes instead of beside the pages).
 */
const TEST_ENV = ["NODE_ENV", "MODE", "DEV", "PROD", "SSR", "BASE_URL", "SITE", "TEST"];

/** The environment of a build as `npm run build` has it; the copy's caches are its own node_modules/.astro. */
const buildEnv = (env: Record<string, string>) => {
  const all: Record<string, string | undefined> = { ...process.env };
  for (const name of Object.keys(all))
    if (TEST_ENV.includes(name) || name === "ASTRO_CACHE_DIR" || name.startsWith("VITEST")) delete all[name];
  return { ...all, ...env, NO_COLOR: "1", FORCE_COLOR: "0" };
};

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
