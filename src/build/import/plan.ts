/**
 * A whole sheet → what it does to the content folder: for each row the product it creates or
 * updates (matched by the slug of its name, a former slug, or the same name and producer), the
 * producers it creates, and the exact new text of every file. Nothing is written here.
 */
import { join, relative } from "node:path";
import { parse } from "yaml";
import { z } from "astro/zod";
import { toSlug } from "../../lib/values/slug.ts";
import { toIsoDate } from "../../lib/values/dates.ts";
import { producerMarkdown, productMarkdown, uniqueSlug, PRODUCER_KIND_LABELS } from "../new-entry.ts";
import { producerSchema } from "../../schemas/producer.ts";
import { productSchema } from "../../schemas/product.ts";
import type { ProducerKind } from "../../schemas/lists.ts";
import { str, type ContentEntry, type ImportContent } from "./content.ts";
import { localityLabel } from "./localities.ts";
import { matchKey, type RowData, type RowProblem, type RowProducer } from "./rows.ts";
import { patchFrontmatter, type FieldChange } from "./write.ts";

export type Action = "create" | "update" | "unchanged";

export interface PlannedFile {
  collection: "products" | "producers";
  id: string;
  path: string;
  /** Path as shown: relative to the project root ("content/products/x.md"). */
  file: string;
  action: Action;
  rows: number[];
  /** Names of the fields that change (update) — empty when created or unchanged. */
  changes: string[];
  text: string;
}

export interface Plan {
  files: PlannedFile[];
  problems: RowProblem[];
}

const MAX_SUMMARY = 160;

/**
 * The certificate (frontmatter `ocop`) a row gives a product that has none yet, for a new file
 * and for an existing one alike: a row with a decision number is evidence "A", one without it
 * "B1"; its source is the row's source. Fields the row leaves empty are undefined.
 */
function certificateOf(r: RowData) {
  return {
    stars: r.stars,
    level: r.level,
    decision: r.decision,
    decisionDate: r.decisionDate,
    year: r.year,
    evidence: r.decision ? "A" : "B1",
    source: r.source.url,
  };
}

/** A short factual summary for a product whose row has none: name, producer, commune, stars, year. */
export function autoSummary(r: RowData, producerName: string | undefined): string {
  const year = r.decisionDate?.slice(0, 4) ?? r.year;
  const tail = ` (${localityLabel(r.locality)}), sản phẩm OCOP ${r.stars} sao${year ? ` công nhận năm ${year}` : ""}.`;
  const withProducer = producerName ? `${r.name} của ${producerName}${tail}` : `${r.name}${tail}`;
  if (withProducer.length <= MAX_SUMMARY) return withProducer;
  const plain = `${r.name}${tail}`;
  if (plain.length <= MAX_SUMMARY) return plain;
  return `${r.name.slice(0, MAX_SUMMARY - tail.length - 1).trimEnd()}…${tail}`;
}

/** A value as compared with the sheet's: dates as YYYY-MM-DD. */
function norm(value: unknown): unknown {
  return value instanceof Date ? toIsoDate(value) : value;
}

const anyImage = () => z.string();

/** New producers (named by no existing entry) whose kind no row of the sheet gives nor their name shows. */
export function newProducerProblems(rows: readonly { row: number; producer?: RowProducer | undefined }[]): RowProblem[] {
  const seen = new Map<string, { row: number; name: string; kind: boolean }>();
  for (const r of rows) {
    if (!r.producer || r.producer.id) continue;
    const key = matchKey(r.producer.name);
    const known = seen.get(key);
    const kind = r.producer.kind !== undefined || r.producer.kindWritten === true;
    if (!known) seen.set(key, { row: r.row, name: r.producer.name, kind });
    else known.kind ||= kind;
  }
  return [...seen.values()]
    .filter((p) => !p.kind)
    .map((p) => ({
      row: p.row,
      column: "Loại chủ thể",
      message: `chủ thể "${p.name}" chưa có trên trang, cần biết loại — ghi hợp tác xã, doanh nghiệp, hộ kinh doanh hoặc cá nhân`,
    }));
}

export function planImport(rows: readonly RowData[], content: ImportContent): Plan {
  const problems: RowProblem[] = [];
  const files: PlannedFile[] = [];
  const root = join(content.dir, "..");
  const show = (path: string) => relative(root, path);

  // New producers, one per name, created from the first row that names them.
  const newProducers = new Map<string, { id: string; name: string; kind: ProducerKind | undefined; rows: RowData[] }>();
  const producerIds = new Set(content.producers.map((p) => p.id));
  for (const r of rows) {
    if (!r.producer || r.producer.id) continue;
    const key = matchKey(r.producer.name);
    let planned = newProducers.get(key);
    if (!planned) {
      const base = toSlug(r.producer.name).replace(/^hop-tac-xa-/, "htx-");
      const id = uniqueSlug(base, producerIds);
      producerIds.add(id);
      planned = { id, name: r.producer.name, kind: undefined, rows: [] };
      newProducers.set(key, planned);
    }
    planned.rows.push(r);
    if (r.producer.kind) {
      if (planned.kind && planned.kind !== r.producer.kind) {
        problems.push({
          row: r.row,
          column: "Loại chủ thể",
          message: `chủ thể "${r.producer.name}" ghi là ${PRODUCER_KIND_LABELS[r.producer.kind].toLowerCase()}, nhưng dòng ${planned.rows[0]!.row} ghi là ${PRODUCER_KIND_LABELS[planned.kind].toLowerCase()} — ghi giống nhau`,
        });
      }
      planned.kind ??= r.producer.kind;
    }
  }
  for (const p of newProducers.values()) {
    const first = p.rows[0]!;
    // A producer of unknown kind is reported by newProducerProblems.
    if (!p.kind) continue;
    const path = join(content.dir, "producers", `${p.id}.md`);
    files.push({
      collection: "producers",
      id: p.id,
      path,
      file: show(path),
      action: "create",
      rows: p.rows.map((r) => r.row),
      changes: [],
      text: producerMarkdown({
        name: p.name,
        kind: p.kind,
        locality: first.locality.id,
        formerAddress: first.formerAddress,
        phones: [],
        sourceTitle: first.source.title,
        sourceUrl: first.source.url,
      }),
    });
  }
  const producerOf = (r: RowData): { id: string; name: string } | undefined =>
    r.producer && (r.producer.id ? { id: r.producer.id, name: r.producer.name } : newProducers.get(matchKey(r.producer.name)));

  // Products: existing ones by slug, former slug, or same name and producer; new ones get a free slug.
  const products = new Map(content.products.map((p) => [p.id, p]));
  const formerSlugs = new Map<string, ContentEntry>();
  for (const p of content.products) {
    const list = Array.isArray(p.data["redirectFrom"]) ? p.data["redirectFrom"] : [];
    for (const old of list) if (typeof old === "string" && !formerSlugs.has(old)) formerSlugs.set(old, p);
  }
  const taken = new Set([...products.keys(), ...formerSlugs.keys()]);
  /** Target slug → the row that claimed it first (for duplicate rows) and its producer. */
  const claimed = new Map<string, { row: number; producer: string | undefined; name: string }>();

  for (const r of rows) {
    const producer = producerOf(r);
    const slug = toSlug(r.name);
    let existing: ContentEntry | undefined;
    const bySlug = products.get(slug) ?? formerSlugs.get(slug);
    const slugProducer = bySlug ? str(bySlug, "producer") : claimed.get(slug)?.producer;
    if (bySlug && (!producer || !slugProducer || slugProducer === producer.id)) existing = bySlug;
    else if (producer) {
      const same = content.products.filter(
        (p) => str(p, "producer") === producer.id && matchKey(str(p, "name") ?? "") === matchKey(r.name),
      );
      if (same.length > 1) {
        problems.push({
          row: r.row,
          column: "Tên sản phẩm",
          message: `"${r.name}" của ${producer.name} khớp ${same.length} sản phẩm: ${same.map((p) => show(p.path)).join(", ")} — đổi tên cho khác nhau trong bảng tính và trên trang`,
        });
        continue;
      }
      existing = same[0];
    }
    let id: string;
    if (existing) id = existing.id;
    else {
      const mine = claimed.get(slug);
      const sameProduct = mine && (!producer || !mine.producer || mine.producer === producer.id);
      if (!taken.has(slug) || sameProduct) id = slug;
      else {
        const withProducer = [...claimed.entries()].find(
          ([, c]) => c.producer === producer?.id && matchKey(c.name) === matchKey(r.name),
        );
        id = withProducer ? withProducer[0] : uniqueSlug(`${slug}-${producer?.id ?? ""}`, taken);
      }
    }
    const twin = claimed.get(id);
    if (twin) {
      problems.push({
        row: r.row,
        message: `trùng sản phẩm với dòng ${twin.row} ("${twin.name}"${producer ? `, ${producer.name}` : ""}) — xoá một trong hai dòng`,
      });
      continue;
    }
    claimed.set(id, { row: r.row, producer: producer?.id, name: r.name });
    taken.add(id);

    if (!existing) {
      const path = join(content.dir, "products", `${id}.md`);
      const { source: certSource, ...cert } = certificateOf(r);
      files.push({
        collection: "products",
        id,
        path,
        file: show(path),
        action: "create",
        rows: [r.row],
        changes: [],
        text: productMarkdown({
          name: r.name,
          summary: r.summary ?? autoSummary(r, producer?.name),
          group: r.group.id,
          subgroup: r.subgroup,
          kind: r.kind,
          producer: producer?.id,
          locality: r.locality.id,
          formerAddress: r.formerAddress,
          occasions: [],
          ...cert,
          certSource,
          sourceTitle: r.source.title,
          sourceUrl: r.source.url,
        }),
      });
      continue;
    }
    const changes = productChanges(r, producer?.id, existing.data, problems);
    if (changes === null) continue;
    const names = [...new Set(changes.map((c) => c.path.join(".")))];
    files.push({
      collection: "products",
      id,
      path: existing.path,
      file: show(existing.path),
      action: changes.length > 0 ? "update" : "unchanged",
      rows: [r.row],
      changes: names,
      text: changes.length > 0 ? patchFrontmatter(existing.text, changes) : existing.text,
    });
  }

  // Each new or changed file must pass its schema, as the content check will require.
  const schemas = { products: productSchema(anyImage), producers: producerSchema(anyImage) };
  for (const f of files) {
    if (f.action === "unchanged") continue;
    const yaml = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n?---/.exec(f.text)?.[1] ?? "";
    const result = schemas[f.collection].safeParse(parse(yaml));
    if (result.success) continue;
    for (const issue of result.error.issues) {
      problems.push({ row: f.rows[0]!, message: `${f.file}: ${issue.path.join(".") || "(frontmatter)"} — ${issue.message}` });
    }
  }
  return { files, problems: problems.sort((a, b) => a.row - b.row) };
}

/**
 * The changes a row makes to an existing product: only the fields the sheet holds; the story,
 * photos, prices, places to buy and every other field stay. Null when the row conflicts with the file.
 */
function productChanges(
  r: RowData,
  producer: string | undefined,
  data: Record<string, unknown>,
  problems: RowProblem[],
): FieldChange[] | null {
  const changes: FieldChange[] = [];
  const set = (path: string[], value: unknown) => {
    let current: unknown = data;
    for (const key of path) current = (current as Record<string, unknown> | undefined)?.[key];
    if (value !== undefined && norm(current) !== value) changes.push({ path, set: value });
  };
  set(["group"], r.group.id);
  const subgroup = typeof data["subgroup"] === "string" ? data["subgroup"] : undefined;
  if (r.subgroup) set(["subgroup"], r.subgroup);
  else if (subgroup && !r.group.subgroups.some((s) => s.id === subgroup)) changes.push({ path: ["subgroup"], remove: true });
  set(["kind"], r.kind);
  set(["producer"], producer);
  set(["locality"], r.locality.id);
  set(["formerAddress"], r.formerAddress);
  set(["summary"], r.summary);

  const ocop = data["ocop"] && typeof data["ocop"] === "object" ? (data["ocop"] as Record<string, unknown>) : undefined;
  if (!ocop) {
    const cert = Object.fromEntries(Object.entries(certificateOf(r)).filter(([, v]) => v !== undefined));
    changes.push({ path: ["ocop"], set: cert });
  } else {
    const before = changes.length;
    set(["ocop", "stars"], r.stars);
    set(["ocop", "level"], r.level);
    set(["ocop", "decision"], r.decision);
    set(["ocop", "decisionDate"], r.decisionDate);
    const fileDate = norm(ocop["decisionDate"]);
    if (r.decisionDate && typeof ocop["year"] === "number") set(["ocop", "year"], Number(r.decisionDate.slice(0, 4)));
    if (r.year !== undefined) {
      if (typeof fileDate === "string" && Number(fileDate.slice(0, 4)) !== r.year) {
        problems.push({
          row: r.row,
          column: "Năm",
          message: `năm ${r.year} khác ngày quyết định ${fileDate} đã ghi trên trang — ghi ô "Ngày quyết định" của quyết định mới`,
        });
        return null;
      }
      if (typeof fileDate !== "string") set(["ocop", "year"], r.year);
    }
    if (changes.length > before) {
      set(["ocop", "source"], r.source.url);
      if (r.decision && (ocop["evidence"] === "B2" || ocop["evidence"] === "C")) set(["ocop", "evidence"], "A");
    }
  }
  const sources = Array.isArray(data["sources"]) ? (data["sources"] as { url?: unknown }[]) : [];
  if (!sources.some((s) => s?.url === r.source.url)) changes.push({ path: ["sources"], append: r.source });
  return changes;
}
