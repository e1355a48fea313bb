/**
 * A whole sheet → what it does to the content folder: for each row the product it creates or
 * updates (matched by the slug of its name, a former slug, or the same name and producer), the
 * producers it creates, and the exact new text of every file. Nothing is written here.
 */
import { join, relative } from "node:path";
import { z } from "astro/zod";
import { toSlug } from "../../lib/values/slug.ts";
import { toIsoDate } from "../../lib/values/dates.ts";
import { producerMarkdown, productMarkdown, uniqueSlug, PRODUCER_KIND_LABELS } from "../content/new-entry.ts";
import { producerSchema } from "../../schemas/producer.ts";
import { productSchema } from "../../schemas/product.ts";
import type { ProducerKind } from "../../schemas/lists.ts";
import { str, type ContentEntry, type ImportContent } from "./content.ts";
import { localityLabel } from "./localities.ts";
import { foldKey } from "../../lib/values/fold.ts";
import { type RowData, type RowProblem } from "./rows.ts";
import { PatchError, patchFrontmatter, type FieldChange } from "./write.ts";
import { parseFrontmatter } from "../content/frontmatter.ts";
import { formatProblem } from "../content/report.ts";

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
  /** What the plan does for a gap in the sheet (a producer of unknown kind): printed, never an error. */
  notices: RowProblem[];
}

const MAX_SUMMARY = 160;

/**
 * The certificate (frontmatter `ocop`) a row gives a product that has none yet, for a new file
 * and for an existing one alike: a row with a decision number is evidence "A", one without it
 * "B1"; its source is the row's source. Fields the row leaves empty are undefined: without a
 * date or a year the page shows it as not verified.
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
  const where = r.locality ? localityLabel(r.locality) : r.formerAddress;
  const what = r.stars ? `sản phẩm OCOP ${r.stars} sao` : `sản phẩm OCOP ${r.level === "huyen" ? "cấp huyện" : "cấp tỉnh"}`;
  const tail = `${where ? ` (${where})` : ""}, ${what}${year ? ` công nhận năm ${year}` : ""}.`;
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

/** The story of a new producer whose kind no row gives. */
export const UNKNOWN_KIND_STORY =
  "Nguồn không nêu chủ thể này là hợp tác xã, doanh nghiệp, hộ kinh doanh hay cá nhân, nên trang ghi loại chủ thể là chưa rõ.";

export function planImport(rows: readonly RowData[], content: ImportContent): Plan {
  const root = join(content.dir, "..");
  const report: Report = { problems: [], notices: [], show: (path) => relative(root, path) };
  const { files: producerFiles, producerOf } = planProducers(rows, content, report);
  const files = [...producerFiles, ...planProducts(rows, content, producerOf, report)];
  checkSchemas(files, report.problems);
  return { files, problems: report.problems.sort((a, b) => a.row - b.row), notices: report.notices };
}

/** Where planning writes what it finds, and how it names a file (relative to the project). */
interface Report {
  problems: RowProblem[];
  notices: RowProblem[];
  show: (path: string) => string;
}

/** A producer a row names: an existing one, or one this import creates. */
type ProducerOf = (r: RowData) => { id: string; name: string } | undefined;

/** New producers, one per name, created from the first row that names them. */
function planProducers(
  rows: readonly RowData[],
  content: ImportContent,
  { problems, notices, show }: Report,
): { files: PlannedFile[]; producerOf: ProducerOf } {
  const files: PlannedFile[] = [];
  const newProducers = new Map<string, { id: string; name: string; kind: ProducerKind | undefined; rows: RowData[] }>();
  const producerIds = new Set(content.producers.map((p) => p.id));
  for (const r of rows) {
    if (!r.producer || r.producer.id) continue;
    const key = foldKey(r.producer.name);
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
    const kind = p.kind ?? "chua-ro";
    if (!p.kind) {
      notices.push({
        row: first.row,
        column: "Loại chủ thể",
        message: `chủ thể mới "${p.name}": không dòng nào ghi loại, tên cũng không cho biết — sẽ hiện: trang chủ thể ghi loại "chưa rõ", kèm một câu nói vì sao`,
      });
    }
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
        kind,
        locality: first.locality?.id,
        formerAddress: first.formerAddress,
        phones: [],
        sourceTitle: first.source.title,
        sourceUrl: first.source.url,
        body: p.kind ? "" : UNKNOWN_KIND_STORY,
      }),
    });
  }
  const producerOf: ProducerOf = (r) =>
    r.producer && (r.producer.id ? { id: r.producer.id, name: r.producer.name } : newProducers.get(foldKey(r.producer.name)));

  return { files, producerOf };
}

/** Products: existing ones by slug, former slug, or same name and producer; new ones get a free slug. */
function planProducts(rows: readonly RowData[], content: ImportContent, producerOf: ProducerOf, report: Report): PlannedFile[] {
  const { problems, show } = report;
  const files: PlannedFile[] = [];
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
        (p) => str(p, "producer") === producer.id && foldKey(str(p, "name") ?? "") === foldKey(r.name),
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
          ([, c]) => c.producer === producer?.id && foldKey(c.name) === foldKey(r.name),
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
      files.push(newProductFile(r, id, producer, content, show));
      continue;
    }
    const file = changedProductFile(r, id, producer, existing, report);
    if (file) files.push(file);
  }

  return files;
}

/** The file of a product the sheet adds. */
function newProductFile(
  r: RowData,
  id: string,
  producer: { id: string; name: string } | undefined,
  content: ImportContent,
  show: (path: string) => string,
): PlannedFile {
  const path = join(content.dir, "products", `${id}.md`);
  const { source: certSource, ...cert } = certificateOf(r);
  return {
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
      locality: r.locality?.id,
      formerAddress: r.formerAddress,
      occasions: [],
      ...cert,
      certSource,
      sourceTitle: r.source.title,
      sourceUrl: r.source.url,
      body: r.notes.join("\n\n"),
    }),
  };
}

/** An existing product's file with the row's changes, or null when the row conflicts with it (a problem says why). */
function changedProductFile(
  r: RowData,
  id: string,
  producer: { id: string; name: string } | undefined,
  existing: ContentEntry,
  { problems, show }: Report,
): PlannedFile | null {
  const changes = productChanges(r, producer?.id, existing.data, problems);
  if (changes === null) return null;
  const names = [...new Set(changes.map((c) => c.path.join(".")))];
  let text = existing.text;
  try {
    if (changes.length > 0) text = patchFrontmatter(existing.text, changes, show(existing.path));
  } catch (error) {
    if (!(error instanceof PatchError)) throw error;
    problems.push({ row: r.row, message: error.message });
    return null;
  }
  return {
    collection: "products",
    id,
    path: existing.path,
    file: show(existing.path),
    action: changes.length > 0 ? "update" : "unchanged",
    rows: [r.row],
    changes: names,
    text,
  };
}

/** Each new or changed file must pass its schema, as the content check will require. */
function checkSchemas(files: readonly PlannedFile[], problems: RowProblem[]): void {
  const schemas = { products: productSchema(anyImage), producers: producerSchema(anyImage) };
  for (const f of files) {
    if (f.action === "unchanged") continue;
    // Read as Astro will read the file: the same text, through the one frontmatter reader.
    const read = parseFrontmatter(f.text, f.file, "astro");
    if (!read.ok) {
      problems.push({ row: f.rows[0]!, message: formatProblem(read.problem) });
      continue;
    }
    const result = schemas[f.collection].safeParse(read.frontmatter.data);
    if (result.success) continue;
    for (const issue of result.error.issues) {
      problems.push({ row: f.rows[0]!, message: `${f.file}: ${issue.path.join(".") || "(frontmatter)"} — ${issue.message}` });
    }
  }
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
  set(["locality"], r.locality?.id);
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
