/**
 * The content check: validates every file in content/ with the build's own schemas, then the
 * things zod cannot see (references between entries, file names, image files, what Markdown
 * bodies link to: body.ts), and reports
 * every problem at once as "file:line — field — what is wrong — how to fix".
 * Runs from `npm run check:content`, from the Astro integration before every build, and in tests.
 */
import { resolve } from "node:path";
import { z } from "astro/zod";
import { groupSchema } from "../../schemas/group.ts";
import { localitySchema } from "../../schemas/locality.ts";
import { occasionSchema } from "../../schemas/occasion.ts";
import { pageSchema } from "../../schemas/page.ts";
import { producerSchema } from "../../schemas/producer.ts";
import { productSchema } from "../../schemas/product.ts";
import { BODY_ONLY_TRANSLATIONS, translationSchema } from "../../schemas/translation.ts";
import { contactSettingsSchema, giftSettingsSchema } from "../../schemas/settings.ts";
import type { ImageHelper } from "../../schemas/shared.ts";
import {
  collectionFiles,
  COLLECTIONS,
  CONTACT_SETTINGS_ID,
  GIFT_SETTINGS_ID,
  translationFiles,
  translationLanguages,
} from "./files.ts";
import { checkBody } from "./body.ts";
import { lineOf, readEntry, type ParsedEntry } from "./entry.ts";
import { imageChecker } from "./images.ts";
import { describeIssue } from "./issues.ts";
import { checkLocalityCodes, checkReferences, type Index } from "./references.ts";
import type { ContentProblem } from "./report.ts";

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

/** Each field of a body-only translation (BODY_ONLY_TRANSLATIONS), as a problem: a place's name is never translated. */
function bodyOnlyProblems(entry: ParsedEntry): ContentProblem[] {
  return Object.keys(entry.data).map((field) => ({
    file: entry.file,
    line: lineOf(entry, [field]),
    field,
    message: `bản dịch của một địa phương chỉ có phần thân (mô tả): tên xã, phường giữ nguyên tiếng Việt ở mọi ngôn ngữ — xoá trường "${field}" và để trống phần đầu tệp (--- rồi ---)`,
  }));
}

/** Checks the whole content folder and returns every problem found, sorted by file and line. */
export function checkContent(contentDir: string): ContentProblem[] {
  // zod's own messages (too short, wrong type…) in Vietnamese, like ours.
  z.config(z.locales.vi());
  const root = resolve(contentDir, "..");
  const problems: ContentProblem[] = [];
  const entries: ParsedEntry[] = [];
  const ids = Object.fromEntries(COLLECTIONS.map((c) => [c, new Set<string>()])) as Index["ids"];
  // Translations that may hold no field (BODY_ONLY_TRANSLATIONS): their frontmatter is checked apart.
  const bodiesOnly = new Set<ParsedEntry>();

  for (const collection of COLLECTIONS) {
    for (const { id, path } of collectionFiles(contentDir, collection, problems)) {
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
  for (const lang of translationLanguages(contentDir)) {
    for (const collection of COLLECTIONS) {
      for (const { id, path } of translationFiles(contentDir, lang, collection, problems)) {
        // A place's name is a proper name, never translated: its translation is only a body.
        const bodyOnly = BODY_ONLY_TRANSLATIONS.has(collection);
        const entry = readEntry("translations", id, path, root, problems, bodyOnly);
        if (!entry) continue;
        entries.push(entry);
        if (bodyOnly) bodiesOnly.add(entry);
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
    if (bodiesOnly.has(entry)) problems.push(...bodyOnlyProblems(entry));
    else {
      // Settings files each have their own schema; every other collection has one.
      const key = entry.collection === "settings" ? `settings/${entry.id}` : entry.collection;
      let schema = schemas.get(key);
      if (!schema) {
        schema = schemaFor(entry.collection, imageChecker(current), entry.id);
        schemas.set(key, schema);
      }
      const result = schema.safeParse(entry.data);
      for (const issue of result.success ? [] : result.error.issues) {
        const { field, message } = describeIssue(issue, entry.data, schema);
        const path =
          issue.code === "unrecognized_keys" && issue.keys.length === 1 ? [...issue.path, issue.keys[0] as string] : issue.path;
        problems.push({ file: entry.file, line: lineOf(entry, path), field, message });
      }
    }
    if (entry.collection !== "translations") checkReferences(entry, entry.data, index, problems);
    checkBody(entry, problems);
  }
  checkLocalityCodes(entries, problems);

  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}

