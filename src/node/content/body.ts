/**
 * The Markdown body of an entry, read by Sätteri as the build renders it (astro.config.ts), for
 * what the build would publish broken without a word:
 *
 * - an image from another site: the pages' CSP (`img-src 'self'`) blocks it, so the reader sees a
 *   hole (and the Markdown filter drops any image that is not http(s) or relative);
 * - a link or image whose URL starts with "/": it skips the base path the site may live under
 *   (BASE_PATH, e.g. a GitHub Pages project site), so it works on one host and 404s on another.
 *
 * Everything else about body links (a relative link to a page that does not exist) is the
 * build's link check's.
 */
import { posix } from "node:path";
import { markdownToMdast, type MdastNode } from "satteri";
import type { Locale } from "../../i18n/locales.ts";
import { paths, type Section } from "../../lib/routing/routes.ts";
import { markdownProcessorOptions } from "./markdown-safety.ts";
import type { ParsedEntry } from "./entry.ts";
import type { CollectionName } from "./files.ts";
import type { ContentProblem } from "./report.ts";

/** The section whose pages show a collection's entries, or null for a collection without pages. */
export const COLLECTION_SECTION: Record<CollectionName, Section | null> = {
  products: "products",
  producers: "producers",
  localities: "localities",
  groups: "groups",
  occasions: "occasions",
  pages: "info",
  settings: null,
};

const FIELD = "(nội dung)";

/** A URL as an editor wrote it, short enough for one line. */
const shown = (url: string) => (url.length > 60 ? `${url.slice(0, 57)}…` : url);

/** The page an entry's body is shown on ("/san-pham/x/"), or null for an entry without a page (settings). */
function pageOf(entry: Pick<ParsedEntry, "collection" | "id" | "file">): string | null {
  let locale: Locale = "vi";
  let collection = entry.collection;
  if (collection === "translations") {
    // content/translations/<lang>/<collection>/<id>.md
    const [, , lang, original] = entry.file.split(/[\\/]/);
    if (lang !== "en" || !original) return null;
    locale = lang;
    collection = original as CollectionName;
  }
  const section = COLLECTION_SECTION[collection];
  return section ? `/${paths.entry(locale, section, entry.id)}/` : null;
}

/** `target` ("/san-pham/y/#a") written relative to the page at `page` ("/san-pham/x/"): "../y/#a". */
function relativeTo(page: string, target: string): string {
  const at = target.search(/[?#]/);
  const path = at < 0 ? target : target.slice(0, at);
  const rest = at < 0 ? "" : target.slice(at);
  const rel = posix.relative(page, path);
  return `${rel === "" ? "./" : rel + (path.endsWith("/") ? "/" : "")}${rest}`;
}

type Found = { kind: "image" | "link"; url: string; line: number };

/** Images and links of a body with their URLs (references resolved) and body lines. */
function linksOf(body: string): Found[] {
  const tree = markdownToMdast(body, { features: { gfm: true, smartPunctuation: true, ...markdownProcessorOptions.features } });
  const definitions = new Map<string, string>();
  const uses: { kind: "image" | "link"; url?: string; ref?: string; line: number }[] = [];
  const walk = (node: MdastNode) => {
    const line = node.position?.start.line ?? 1;
    if (node.type === "definition") definitions.set(node.identifier, node.url);
    else if (node.type === "image") uses.push({ kind: "image", url: node.url, line });
    else if (node.type === "link") uses.push({ kind: "link", url: node.url, line });
    else if (node.type === "imageReference") uses.push({ kind: "image", ref: node.identifier, line });
    else if (node.type === "linkReference") uses.push({ kind: "link", ref: node.identifier, line });
    if ("children" in node) for (const child of node.children as MdastNode[]) walk(child);
  };
  walk(tree);
  return uses.flatMap(({ kind, url, ref, line }) => {
    const resolved = url ?? (ref === undefined ? undefined : definitions.get(ref));
    return resolved === undefined ? [] : [{ kind, url: resolved, line }];
  });
}

/** Problems of one entry's body, at their file lines. */
export function checkBody(entry: ParsedEntry, problems: ContentProblem[]): void {
  // Settings have no page, so nothing shows their bodies. Only a link or an image carries a URL,
  // and every one of them is written "](…)" or "]: …": most bodies need no parsing.
  const page = pageOf(entry);
  if (page === null || !/\]\(|\]:/.test(entry.body)) return;
  for (const { kind, url, line } of linksOf(entry.body)) {
    const at = { file: entry.file, line: entry.bodyLine + line - 1, field: FIELD };
    const name = url.split(/[?#]/)[0]!.split("/").filter(Boolean).at(-1) ?? "ten-anh.jpg";
    if (kind === "image" && (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//"))) {
      problems.push({
        ...at,
        message: `ảnh "${shown(url)}" lấy từ trang khác nên không hiện (trang chỉ hiện ảnh của chính nó) — tải ảnh về, đặt cạnh tệp .md rồi viết ![mô tả](./${name})`,
      });
    } else if (url.startsWith("/") && !url.startsWith("//")) {
      const why = `bắt đầu bằng "/" nên bỏ qua thư mục con của trang (BASE_PATH) và hỏng khi trang không nằm ở gốc tên miền`;
      problems.push({
        ...at,
        message:
          kind === "image"
            ? `ảnh "${shown(url)}" ${why} — đặt ảnh cạnh tệp .md rồi viết ![mô tả](./${name})`
            : `liên kết "${shown(url)}" ${why} — viết "${relativeTo(page, url)}" (tương đối với trang này) hoặc địa chỉ đầy đủ "https://…"`,
      });
    }
  }
}
