/**
 * Changes to Markdown files as the import makes them: set or remove frontmatter fields one by
 * one in the YAML document (comments, order and every other field stay as the editor wrote them;
 * the story below the frontmatter is not touched). The frontmatter is found and read back by the
 * one reader (content/frontmatter.ts), so a change is kept only if Astro will read exactly the
 * fields that were there, with the changes made. Writing the files is content/write-files.ts.
 */
import { isDeepStrictEqual } from "node:util";
import { parseDocument } from "yaml";
import { parseFrontmatter } from "../content/frontmatter.ts";

/** One change to a frontmatter field: a value to set, `undefined` to remove it, or a list item to append. */
export type FieldChange =
  { path: string[]; set: unknown } | { path: string[]; remove: true } | { path: string[]; append: unknown };

/** A file the import cannot change safely: the message says which and why. */
export class PatchError extends Error {}

/** A value as YAML will hold it: keys whose value is undefined are left out. */
const asStored = (value: unknown): unknown => JSON.parse(JSON.stringify(value)) as unknown;

/** The fields `data` should have once `changes` are made: what the file must read back as. */
function expectedData(data: Record<string, unknown>, changes: readonly FieldChange[]): Record<string, unknown> {
  const out = structuredClone(data);
  for (const change of changes) {
    const keys = change.path;
    let parent: Record<string, unknown> = out;
    for (const key of keys.slice(0, -1)) {
      const next = parent[key];
      if (!next || typeof next !== "object") parent[key] = {};
      parent = parent[key] as Record<string, unknown>;
    }
    const last = keys[keys.length - 1]!;
    if ("set" in change) parent[last] = asStored(change.set);
    else if ("remove" in change) delete parent[last];
    else if (Array.isArray(parent[last])) (parent[last] as unknown[]).push(asStored(change.append));
    else parent[last] = [asStored(change.append)];
  }
  return out;
}

/**
 * The text of a Markdown file with its frontmatter changed; the rest is kept byte for byte.
 * `file` names it in errors. Throws PatchError when the file cannot be changed without changing
 * something else too.
 */
export function patchFrontmatter(text: string, changes: readonly FieldChange[], file: string): string {
  const before = parseFrontmatter(text, file);
  if (!before.ok) throw new PatchError(`${file}:${before.problem.line} không đọc được: ${before.problem.message}`);
  const { yaml, start, data } = before.frontmatter;
  // The rest of the opening "---" line stays as it is; the fields start on the next line.
  const head = yaml.slice(0, yaml.indexOf("\n") + 1);
  const doc = parseDocument(yaml.slice(head.length));
  if (doc.errors.length > 0) throw new PatchError(`${file}: không sửa được phần đầu (${doc.errors[0]!.message.split("\n")[0]})`);
  for (const change of changes) {
    if ("set" in change) doc.setIn(change.path, doc.createNode(change.set));
    else if ("remove" in change) doc.deleteIn(change.path);
    else if (doc.hasIn(change.path)) doc.addIn(change.path, doc.createNode(change.append));
    else doc.setIn(change.path, doc.createNode([change.append]));
  }
  let fields = doc.toString({ lineWidth: 0 });
  if (head.endsWith("\r\n")) fields = fields.replace(/\r?\n/g, "\r\n");
  const patched = text.slice(0, start) + head + fields + text.slice(start + yaml.length);
  const after = parseFrontmatter(patched, file);
  if (!after.ok || !isDeepStrictEqual(after.frontmatter.data, expectedData(data, changes))) {
    throw new PatchError(
      `${file}: sau khi sửa, phần đầu không còn đọc ra đúng các trường — sửa tay tệp này (xem thay đổi bằng --dry-run)`,
    );
  }
  return patched;
}
