/**
 * The content check: validates every file in content/ with the build's own schemas, then the
 * things zod cannot see (references between entries, file names, image files), and reports
 * every problem at once as "file:line — field — what is wrong — how to fix".
 * Runs from `npm run check:content`, from the Astro integration before every build, and in tests.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { imageSize } from "image-size";
import { isMap, LineCounter, parseDocument, type Document } from "yaml";
import { z } from "astro/zod";
import { groupSchema } from "../schemas/group.ts";
import { localitySchema } from "../schemas/locality.ts";
import { occasionSchema } from "../schemas/occasion.ts";
import { pageSchema } from "../schemas/page.ts";
import { producerSchema } from "../schemas/producer.ts";
import { productSchema } from "../schemas/product.ts";
import { translationSchema } from "../schemas/translation.ts";
import { contactSettingsSchema, giftSettingsSchema } from "../schemas/settings.ts";
import type { ImageHelper } from "../schemas/shared.ts";
import { fieldAt } from "./schema-fields.ts";

export interface ContentProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

export const COLLECTIONS = ["products", "producers", "localities", "groups", "occasions", "pages", "settings"] as const;
/** The one settings file the gift guides need (price bands, Tết guide). */
export const GIFT_SETTINGS_ID = "qua-tang";
/** The settings file with the catalogue team's contact e-mail. */
export const CONTACT_SETTINGS_ID = "lien-he";
/** Every settings file, each with its own schema, and what to write in it when it is missing. */
const SETTINGS_FILES: Record<string, { schema: z.ZodType; missing: string }> = {
  [GIFT_SETTINGS_ID]: {
    schema: giftSettingsSchema,
    missing: `thiếu tệp cài đặt quà tặng — tạo content/settings/${GIFT_SETTINGS_ID}.md với "priceBands: [200000, 500000]" và "tetOccasion: qua-tet"`,
  },
  [CONTACT_SETTINGS_ID]: {
    schema: contactSettingsSchema,
    missing: `thiếu tệp địa chỉ liên hệ — tạo content/settings/${CONTACT_SETTINGS_ID}.md với "email: <hộp thư của nhóm biên tập>"`,
  },
};
export type CollectionName = (typeof COLLECTIONS)[number];

const SLUG_FILE = /^[a-z0-9]+(?:-[a-z0-9]+)*\.md$/;
const IMAGE_FILE = /\.(jpe?g|png|webp|avif|gif|svg|tiff?)$/i;

/** Photos must be at least this many pixels on their long side to look sharp on a phone at 2×. */
export const MIN_IMAGE_LONG_SIDE = 800;

/** Formats the build can turn into AVIF/WebP (what image-size calls them). */
const BUILD_FORMATS = new Set(["jpg", "png", "webp", "avif", "gif", "tiff", "svg"]);

/**
 * Reads a photo's real format and size from its bytes (not its name) and says what is wrong
 * with it, or returns null when the build can use it and it is large enough.
 */
export function imageProblem(path: string, shown: string): string | null {
  const bytes = readFileSync(path);
  let info: { type?: string | undefined; width?: number | undefined; height?: number | undefined };
  try {
    info = imageSize(bytes);
  } catch {
    return `"${shown}" không phải tệp ảnh (nội dung không đọc được như JPEG, PNG, WebP hay AVIF) — chụp hoặc xuất lại ảnh dạng .jpg rồi chép đè tệp này`;
  }
  const type = info.type ?? "?";
  if (!BUILD_FORMATS.has(type)) {
    return `"${shown}" là ảnh dạng ${type.toUpperCase()}, trang web không dùng được — chuyển sang JPEG (.jpg) hoặc PNG rồi chép đè (trên iPhone: Cài đặt › Camera › Định dạng › Tương thích nhất)`;
  }
  if (type === "svg") return null;
  const long = Math.max(info.width ?? 0, info.height ?? 0);
  if (long < MIN_IMAGE_LONG_SIDE) {
    return `ảnh "${shown}" chỉ có ${info.width ?? 0}×${info.height ?? 0} px, quá nhỏ để hiển thị sắc nét — dùng ảnh gốc có cạnh dài ít nhất ${MIN_IMAGE_LONG_SIDE} px (ảnh chụp điện thoại đều đủ; đừng dùng ảnh chụp màn hình hay ảnh tải từ Zalo/Facebook)`;
  }
  return null;
}

interface ParsedEntry {
  collection: CollectionName | "translations";
  id: string;
  file: string;
  data: Record<string, unknown>;
  doc: Document;
  lines: LineCounter;
  lineOffset: number;
}

function schemaFor(collection: ParsedEntry["collection"], image: ImageHelper, id: string): z.ZodType {
  switch (collection) {
    case "products":
      return productSchema(image);
    case "producers":
      return producerSchema(image);
    case "localities":
      return localitySchema;
    case "groups":
      return groupSchema;
    case "occasions":
      return occasionSchema;
    case "pages":
      return pageSchema;
    case "translations":
      return translationSchema;
    case "settings":
      return SETTINGS_FILES[id]?.schema ?? giftSettingsSchema;
  }
}

/** Line (1-based, in the Markdown file) of the YAML node at `path`, or of the closest parent. */
function lineOf(entry: ParsedEntry, path: readonly PropertyKey[]): number {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = entry.doc.getIn(path.slice(0, depth) as unknown[], true) as { range?: [number] } | undefined;
    // For a missing key, point at its parent's key line rather than the whole document.
    if (node && typeof node === "object" && node.range) {
      return entry.lines.linePos(node.range[0]).line + entry.lineOffset;
    }
  }
  return entry.lineOffset;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.length === 0 ? "(frontmatter)" : path.map(String).join(".");
}

/** A value as an editor wrote it, short enough for one line. */
function shown(value: unknown): string {
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : (JSON.stringify(value) ?? String(value));
  return text.length > 40 ? `${text.slice(0, 37)}…` : text;
}

/**
 * Turns one zod issue into "what is wrong — how to fix". Messages written in the schemas
 * either already say both (with " — ") or state the rule, which then becomes the fix; zod's
 * own messages get the field's .describe() text as the fix.
 */
function describeIssue(issue: z.core.$ZodIssue, data: unknown, schema: z.ZodType): { field: string; message: string } {
  const field = fieldName(issue.path);
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys.map((k) => `"${k}"`).join(", ");
    return {
      field: issue.keys.length === 1 ? [...issue.path, issue.keys[0]].map(String).join(".") : field,
      message: `trường ${keys} không có trong mẫu — kiểm tra chính tả hoặc xoá trường này (xem bảng trường trong README)`,
    };
  }
  let value: unknown = data;
  for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
  const description = fieldAt(schema, issue.path)?.description;
  if (value === undefined && issue.code !== "custom") {
    const hint = description ? ` (${description})` : "";
    return { field, message: `thiếu trường bắt buộc — thêm "${String(issue.path.at(-1))}:" vào frontmatter${hint}` };
  }
  if (issue.message.includes(" — ")) return { field, message: issue.message };
  const what =
    issue.code === "invalid_type" ? `sai kiểu dữ liệu (cần ${issue.expected})` : `giá trị ${shown(value)} không hợp lệ`;
  // Only zod's own wording (not a message written in the schema) needs the field's description as the fix.
  const own = z.config().localeError?.(issue as never);
  const isDefault = (typeof own === "string" ? own : own?.message) === issue.message;
  const how = isDefault && description ? `${issue.message}; ${description}` : issue.message;
  return { field, message: `${what} — ${how}` };
}

export function parseFrontmatter(text: string): { yaml: string; lineOffset: number } | null {
  const m = /^---\r?\n([\s\S]*?)\r?\n?---\s*(?:\r?\n|$)/.exec(text);
  if (!m) return null;
  return { yaml: m[1] ?? "", lineOffset: 1 };
}

function readEntry(
  collection: ParsedEntry["collection"],
  id: string,
  path: string,
  root: string,
  problems: ContentProblem[],
): ParsedEntry | null {
  const file = relative(root, path);
  const text = readFileSync(path, "utf8");
  const fm = parseFrontmatter(text);
  if (!fm) {
    problems.push({
      file,
      line: 1,
      field: "(frontmatter)",
      message: 'thiếu phần đầu "---" — tệp phải bắt đầu bằng "---", các trường, rồi "---"',
    });
    return null;
  }
  const lines = new LineCounter();
  const doc = parseDocument(fm.yaml, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    for (const err of doc.errors) {
      const line = lines.linePos(err.pos[0]).line + fm.lineOffset;
      problems.push({
        file,
        line,
        field: "(YAML)",
        message: `lỗi cú pháp YAML: ${err.message.split("\n")[0]} — kiểm tra dấu hai chấm, thụt lề và dấu ngoặc kép`,
      });
    }
    return null;
  }
  const data = doc.toJS() as unknown;
  if (!data || typeof data !== "object" || !isMap(doc.contents)) {
    problems.push({ file, line: 1, field: "(frontmatter)", message: "frontmatter trống — thêm các trường bắt buộc" });
    return null;
  }
  return { collection, id, file, data: data as Record<string, unknown>, doc, lines, lineOffset: fm.lineOffset };
}

/** Image helper for the check: a path relative to the entry that must exist and be an image. */
function imageChecker(current: { path: string }): ImageHelper {
  return () =>
    z.string().superRefine((value, ctx) => {
      if (/^[a-z]+:/i.test(value) || value.startsWith("//")) {
        ctx.addIssue({
          code: "custom",
          message: `ảnh "${value}" là liên kết ngoài — chép tệp ảnh vào cạnh tệp .md và ghi "./ten-anh.jpg"`,
        });
        return;
      }
      if (!/^\.\.?\//.test(value)) {
        ctx.addIssue({
          code: "custom",
          message: `đường dẫn ảnh "${value}" phải bắt đầu bằng "./" — viết "./${value.replace(/^\/+/, "")}" (ảnh đặt cạnh tệp .md)`,
        });
        return;
      }
      const full = resolve(dirname(current.path), value);
      if (!existsSync(full)) {
        ctx.addIssue({
          code: "custom",
          message: `không tìm thấy tệp ảnh "${value}" — kiểm tra tên tệp (phân biệt hoa thường) và đặt ảnh cạnh tệp .md`,
        });
      } else if (!IMAGE_FILE.test(full)) {
        ctx.addIssue({ code: "custom", message: `"${value}" không phải tệp ảnh — dùng ảnh .jpg, .png, .webp hoặc .avif` });
      } else {
        const problem = imageProblem(full, value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }
    });
}

interface Index {
  ids: Record<CollectionName, Set<string>>;
  subgroups: Map<string, Set<string>>;
  /** Old product slug → the product that first claims it in redirectFrom. */
  redirects: Map<string, string>;
}

function checkReferences(entry: ParsedEntry, data: Record<string, unknown>, index: Index, problems: ContentProblem[]): void {
  const ref = (path: (string | number)[], collection: CollectionName, value: unknown) => {
    if (typeof value !== "string" || index.ids[collection].has(value)) return;
    problems.push({
      file: entry.file,
      line: lineOf(entry, path),
      field: path.join("."),
      message: `"${value}" không tồn tại trong content/${collection}/ — sửa cho đúng tên tệp (không có .md) hoặc tạo content/${collection}/${value}.md`,
    });
  };
  if (entry.collection === "products") {
    ref(["producer"], "producers", data["producer"]);
    ref(["locality"], "localities", data["locality"]);
    ref(["group"], "groups", data["group"]);
    const group = data["group"];
    const subgroup = data["subgroup"];
    if (
      typeof group === "string" &&
      typeof subgroup === "string" &&
      index.subgroups.has(group) &&
      !index.subgroups.get(group)?.has(subgroup)
    ) {
      const allowed = [...(index.subgroups.get(group) ?? [])].join(", ");
      problems.push({
        file: entry.file,
        line: lineOf(entry, ["subgroup"]),
        field: "subgroup",
        message: `phân nhóm "${subgroup}" không thuộc nhóm "${group}" — chọn một trong: ${allowed}`,
      });
    }
    const occasions = Array.isArray(data["occasions"]) ? data["occasions"] : [];
    occasions.forEach((o, i) => ref(["occasions", i], "occasions", o));
    const shops = Array.isArray(data["whereToBuy"]) ? data["whereToBuy"] : [];
    shops.forEach((s, i) =>
      ref(["whereToBuy", i, "locality"], "localities", (s as Record<string, unknown> | null)?.["locality"]),
    );
  }
  if (entry.collection === "producers") ref(["locality"], "localities", data["locality"]);
  if (entry.collection === "settings") ref(["tetOccasion"], "occasions", data["tetOccasion"]);
  if (entry.collection === "products" && Array.isArray(data["redirectFrom"])) {
    data["redirectFrom"].forEach((old, i) => {
      if (typeof old !== "string") return;
      const clash =
        old === entry.id || index.ids.products.has(old)
          ? `content/products/${old}.md vẫn đang dùng địa chỉ này`
          : index.redirects.get(old) !== entry.id
            ? `content/products/${index.redirects.get(old)}.md cũng khai báo "${old}" trong redirectFrom`
            : null;
      if (!clash) return;
      problems.push({
        file: entry.file,
        line: lineOf(entry, ["redirectFrom", i]),
        field: `redirectFrom.${i}`,
        message: `địa chỉ cũ "${old}" trùng với một trang đang có: ${clash} — chỉ ghi tên tệp cũ đã bỏ, không trùng sản phẩm nào khác`,
      });
    });
  }
  if (entry.collection === "occasions") {
    const picks = Array.isArray(data["picks"]) ? data["picks"] : [];
    picks.forEach((p, i) => ref(["picks", i], "products", p));
  }
}

function listMarkdown(dir: string, root: string, problems: ContentProblem[]): { id: string; path: string }[] {
  if (!existsSync(dir)) return [];
  const out: { id: string; path: string }[] = [];
  const seen = new Map<string, string>();
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory() || !name.toLowerCase().endsWith(".md")) continue;
    const file = relative(root, path);
    if (!SLUG_FILE.test(name)) {
      const suggestion = toSlug(name.replace(/\.md$/i, ""));
      problems.push({
        file,
        line: 1,
        field: "(tên tệp)",
        message: `tên tệp phải là chữ thường không dấu, số và dấu gạch ngang — đổi tên thành "${suggestion}.md"`,
      });
    }
    const id = name.replace(/\.md$/i, "").toLowerCase();
    const twin = seen.get(id);
    if (twin) {
      problems.push({
        file,
        line: 1,
        field: "(tên tệp)",
        message: `trùng đường dẫn với ${twin} — mỗi mục cần một tên tệp riêng`,
      });
      continue;
    }
    seen.set(id, file);
    out.push({ id, path });
  }
  return out;
}

/** Vietnamese text → ASCII kebab-case slug: diacritics dropped, đ → d. */
export function toSlug(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Checks the whole content folder and returns every problem found, sorted by file and line. */
export function checkContent(contentDir: string): ContentProblem[] {
  // zod's own messages (too short, wrong type…) in Vietnamese, like ours.
  z.config(z.locales.vi());
  const root = resolve(contentDir, "..");
  const problems: ContentProblem[] = [];
  const entries: ParsedEntry[] = [];
  const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<string>()])) as Index["ids"];

  for (const collection of COLLECTIONS) {
    for (const { id, path } of listMarkdown(join(contentDir, collection), root, problems)) {
      ids[collection].add(id);
      const entry = readEntry(collection, id, path, root, problems);
      if (entry) entries.push(entry);
    }
  }
  for (const [id, { missing }] of Object.entries(SETTINGS_FILES)) {
    if (!ids.settings.has(id)) problems.push({ file: `content/settings/${id}.md`, line: 1, field: "(tệp)", message: missing });
  }
  for (const id of ids.settings) {
    if (id in SETTINGS_FILES) continue;
    problems.push({
      file: `content/settings/${id}.md`,
      line: 1,
      field: "(tên tệp)",
      message: `tệp cài đặt lạ — thư mục content/settings/ chỉ có ${Object.keys(SETTINGS_FILES)
        .map((f) => `${f}.md`)
        .join(", ")}: đổi tên tệp cho đúng hoặc xoá`,
    });
  }
  const translationsDir = join(contentDir, "translations");
  if (existsSync(translationsDir)) {
    for (const lang of readdirSync(translationsDir).sort()) {
      for (const collection of COLLECTIONS) {
        const dir = join(translationsDir, lang, collection);
        for (const { id, path } of listMarkdown(dir, root, problems)) {
          if (collection === "localities") continue;
          const entry = readEntry("translations", id, path, root, problems);
          if (!entry) continue;
          entries.push(entry);
          if (!ids[collection].has(id)) {
            problems.push({
              file: entry.file,
              line: 1,
              field: "(tên tệp)",
              message: `bản dịch không ứng với mục nào: không có content/${collection}/${id}.md — đổi tên tệp cho khớp hoặc xoá bản dịch`,
            });
          }
        }
      }
    }
  }

  const subgroups = new Map<string, Set<string>>();
  for (const entry of entries) {
    if (entry.collection !== "groups") continue;
    const list = Array.isArray(entry.data["subgroups"]) ? (entry.data["subgroups"] as { id?: unknown }[]) : [];
    subgroups.set(entry.id, new Set(list.map((s) => String(s?.id))));
  }
  const redirects = new Map<string, string>();
  for (const entry of entries) {
    if (entry.collection !== "products" || !Array.isArray(entry.data["redirectFrom"])) continue;
    for (const old of entry.data["redirectFrom"])
      if (typeof old === "string" && !redirects.has(old)) redirects.set(old, entry.id);
  }
  const index: Index = { ids, subgroups, redirects };
  // One schema per collection; its image check reads the entry being checked from `current`.
  const current = { path: "" };
  const schemas = new Map<string, z.ZodType>();

  for (const entry of entries) {
    current.path = resolve(root, entry.file);
    if (entry.collection === "settings" && !(entry.id in SETTINGS_FILES)) continue;
    // Settings files each have their own schema; every other collection has one.
    const key = entry.collection === "settings" ? `settings/${entry.id}` : entry.collection;
    let schema = schemas.get(key);
    if (!schema) {
      schema = schemaFor(entry.collection, imageChecker(current), entry.id);
      schemas.set(key, schema);
    }
    const result = schema.safeParse(entry.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const { field, message } = describeIssue(issue, entry.data, schema);
        const path =
          issue.code === "unrecognized_keys" && issue.keys.length === 1 ? [...issue.path, issue.keys[0] as string] : issue.path;
        problems.push({ file: entry.file, line: lineOf(entry, path), field, message });
      }
    }
    if (entry.collection !== "translations") checkReferences(entry, entry.data, index, problems);
  }

  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

export function formatProblem(p: ContentProblem): string {
  return `${p.file}:${p.line} — ${p.field} — ${p.message}`;
}

export function formatReport(problems: ContentProblem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return [
    `Nội dung có ${problems.length} lỗi trong ${files} tệp (content has ${problems.length} error(s)):`,
    ...problems.map((p) => "  " + formatProblem(p)),
  ].join("\n");
}
