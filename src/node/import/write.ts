/**
 * Changes to Markdown files as the import makes them: set or remove frontmatter fields one by
 * one in the YAML document (comments, order and every other field stay as the editor wrote them;
 * the story below the frontmatter is not touched), then write a whole sheet's files at once and
 * put them back as they were if anything fails.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { parseDocument } from "yaml";

/** One change to a frontmatter field: a value to set, `undefined` to remove it, or a list item to append. */
export type FieldChange =
  { path: string[]; set: unknown } | { path: string[]; remove: true } | { path: string[]; append: unknown };

const FRONTMATTER = /^(\uFEFF?---\r?\n)([\s\S]*?\r?\n?)(---[ \t]*(?:\r?\n|$))/;

/** The text of a Markdown file with its frontmatter changed; the rest is kept byte for byte. */
export function patchFrontmatter(text: string, changes: readonly FieldChange[]): string {
  const m = FRONTMATTER.exec(text);
  if (!m) throw new Error("no frontmatter");
  const doc = parseDocument(m[2] ?? "");
  for (const change of changes) {
    if ("set" in change) doc.setIn(change.path, doc.createNode(change.set));
    else if ("remove" in change) doc.deleteIn(change.path);
    else if (doc.hasIn(change.path)) doc.addIn(change.path, doc.createNode(change.append));
    else doc.setIn(change.path, doc.createNode([change.append]));
  }
  const yaml = doc.toString({ lineWidth: 0 });
  return `${m[1]}${yaml}${m[3]}${text.slice(m[0].length)}`;
}

export interface FileWrite {
  path: string;
  text: string;
}

/**
 * Writes every file, remembering what was there, and returns the function that restores them
 * (rewrites the old text, removes files that did not exist).
 */
export function writeAll(files: readonly FileWrite[]): () => void {
  const before = files.map((f) => ({ path: f.path, text: existsSync(f.path) ? readFileSync(f.path, "utf8") : null }));
  const written: typeof before = [];
  const undo = () => {
    for (const b of written.reverse()) {
      if (b.text === null) rmSync(b.path, { force: true });
      else writeFileSync(b.path, b.text);
    }
  };
  try {
    files.forEach((f, i) => {
      written.push(before[i]!);
      writeFileSync(f.path, f.text);
    });
  } catch (error) {
    undo();
    throw error;
  }
  return undo;
}
