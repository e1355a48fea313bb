/**
 * Throw-away copies for tests and benches: the fixture catalogue (or any content folder) in a
 * temporary folder, and a copy of the project around a content/ folder of one's own, to build.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const ROOT = join(import.meta.dirname, "../..");
/** The mini catalogue the tests build and check (never the real content/). */
export const FIXTURE_CONTENT = join(ROOT, "tests/fixtures/content");

/** A fresh copy of `from` (by default the fixture catalogue) as `content/` in a temporary folder; returns its path. */
export function contentCopy(from = FIXTURE_CONTENT, prefix = "ocop-content-"): string {
  const content = join(mkdtempSync(join(tmpdir(), prefix)), "content");
  cpSync(from, content, { recursive: true });
  return content;
}

/**
 * A content/ folder in a temporary folder made of `files` (text by path under content/), with the
 * fixture catalogue's settings/ and pages/ beside them unless `files` has its own; returns its path.
 */
export function contentFrom(files: Record<string, string>, prefix = "ocop-content-"): string {
  const content = join(mkdtempSync(join(tmpdir(), prefix)), "content");
  writeContent(content, files);
  return content;
}

/** Fills the folder `content` with the fixture's settings and info pages, then `files` (path under content/ → text). */
export function writeContent(content: string, files: Record<string, string>): void {
  for (const folder of ["settings", "pages"]) cpSync(join(FIXTURE_CONTENT, folder), join(content, folder), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(content, path)), { recursive: true });
    writeFileSync(join(content, path), text);
  }
}

/** What a build of the project reads besides content/ and node_modules. */
const PROJECT_FILES = ["src", "public", "data", "astro.config.ts", "tsconfig.json", "package.json", "package-lock.json"];
/** node_modules entries that are caches: a copy starts without them, so its first build is cold and its caches are its own. */
const CACHES = new Set([".astro", ".astro-base", ".vite", ".vite-temp", ".cache"]);

/**
 * A copy of the project with `content` (when given) as its content/, at `to` (emptied first) or
 * in a new temporary folder; returns its root. node_modules entries are linked one by one, caches
 * left out, so a build of the copy never reads or writes the project's own caches.
 */
export function projectCopy({ content, to }: { content?: string; to?: string }): string {
  const dir = to ?? mkdtempSync(join(tmpdir(), "ocop-project-"));
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, "node_modules"), { recursive: true });
  for (const item of PROJECT_FILES) cpSync(join(ROOT, item), join(dir, item), { recursive: true });
  for (const name of readdirSync(join(ROOT, "node_modules")))
    if (!CACHES.has(name)) symlinkSync(join(ROOT, "node_modules", name), join(dir, "node_modules", name));
  if (content) cpSync(content, join(dir, "content"), { recursive: true });
  return dir;
}
