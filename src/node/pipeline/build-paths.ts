/**
 * Where the build finds the project and keeps its caches: Astro's resolved `root` and `cacheDir`,
 * taken from the config the integrations are given and passed on from there (to worker threads in
 * their workerData, to the search index process in its arguments, to routes through the
 * `virtual:ocop/build-paths` module of src/node/integrations/build-paths.ts).
 * Node only (build time).
 */
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export interface BuildPaths {
  /** The project's root folder. */
  root: string;
  /** Astro's cache folder; every cache of the build is a folder in it. */
  cacheDir: string;
}

/** The paths of an Astro config (as astro:config:setup and astro:config:done give it). */
export function buildPaths(config: { root: URL; cacheDir: URL }): BuildPaths {
  return { root: fileURLToPath(config.root), cacheDir: fileURLToPath(config.cacheDir) };
}

/** The folder of one of the build's caches (og, qr, search-words, search-pages, old-output). */
export function cacheFolder(paths: BuildPaths, name: string): string {
  return join(paths.cacheDir, name);
}

/**
 * Build code run beside the build, in a worker thread or a child process: `src/node/<file>` under
 * the project's root (bundled code has no path of its own to it), and the flag with which Node
 * strips its types (by default from 22.18, behind the flag from 22.12). The build's own flags are
 * not passed on (a worker refuses some, such as a heap size).
 */
export function buildCode(paths: BuildPaths, file: string): { path: string; execArgv: string[] } {
  return { path: join(paths.root, "src", "node", file), execArgv: ["--experimental-strip-types"] };
}
