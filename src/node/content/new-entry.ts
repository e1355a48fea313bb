/**
 * What `npm run new:product` and `npm run new:producer` need besides talking to the editor:
 * the existing entries to choose from, a unique ASCII slug, the questions with their checks,
 * and the Markdown file built from the answers. The scripts in scripts/ only ask and write
 * (through content/write-files.ts). Existing entries are read with the one frontmatter reader:
 * a file it cannot read stops the script with its file:line.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { parseIsoDate } from "../../lib/values/dates.ts";
import { parsePhone } from "../../lib/values/phone.ts";
import { collectionFiles, readCollection, readData, type CollectionName } from "./files.ts";
import { toSlug } from "../../lib/values/slug.ts";
import { EVIDENCE_GRADES, levelOfStars, PRODUCER_KINDS, PRODUCT_KIND_IDS, STAR_LEVELS } from "../../schemas/lists.ts";
import { NAME_MAX_LENGTH } from "../../schemas/shared.ts";
import { vi } from "../../i18n/vi.ts";

export interface Choice {
  id: string;
  label: string;
}

/** Entries of a collection as choices ("ly-son", "Lý Sơn"), sorted by name. */
export function entryChoices(contentDir: string, collection: CollectionName): Choice[] {
  return readCollection(contentDir, collection)
    .map(({ id, data }) => ({ id, label: String(data["name"] ?? data["title"] ?? id) }))
    .sort((a, b) => a.label.localeCompare(b.label, "vi"));
}

/** Sub-groups of a group, as choices. */
export function subgroupChoices(contentDir: string, group: string): Choice[] {
  return subgroupsOf(contentDir, group).map((s) => ({ id: s.id, label: s.name }));
}

function subgroupsOf(contentDir: string, group: string): { id: string; name: string; kind?: string }[] {
  const file = join(contentDir, "groups", `${group}.md`);
  const data = existsSync(file) ? readData(file, join(contentDir, "..")) : null;
  return Array.isArray(data?.["subgroups"]) ? (data["subgroups"] as { id: string; name: string; kind?: string }[]) : [];
}

/** Every kind of product as a choice ("toi-den", "Tỏi đen"), in the list's order. */
export function kindChoices(): Choice[] {
  return PRODUCT_KIND_IDS.map((id) => ({ id, label: vi[`kind.${id}`] }));
}

/** The kind a product of this group and sub-group gets when its file names none. */
export function defaultKind(contentDir: string, group: string, subgroup: string | undefined): string | undefined {
  const fromSubgroup = subgroupsOf(contentDir, group).find((s) => s.id === subgroup)?.kind;
  if (fromSubgroup) return fromSubgroup;
  const file = join(contentDir, "groups", `${group}.md`);
  const kind = existsSync(file) ? readData(file, join(contentDir, ".."))?.["kind"] : undefined;
  return typeof kind === "string" ? kind : undefined;
}

/** An ASCII slug for a Vietnamese name that no file of the collection uses yet: "toi-den", "toi-den-2"… */
export function uniqueSlug(name: string, taken: ReadonlySet<string>): string {
  const base = toSlug(name) || "muc-moi";
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}

export function takenSlugs(contentDir: string, collection: CollectionName): Set<string> {
  return new Set(collectionFiles(contentDir, collection).map((f) => f.id));
}

/** A check for one answer: null when fine, else the error in Vietnamese with how to fix it. */
export type Check = (value: string) => string | null;

export const checks = {
  name: (v: string) => {
    const length = v.trim().length;
    if (length < 2) return "tên quá ngắn — gõ đủ tên như trên quyết định";
    if (length > NAME_MAX_LENGTH)
      return `tên có ${length} ký tự, dài quá ${NAME_MAX_LENGTH} — ghi tên như trên quyết định, phần mô tả đưa vào tóm tắt`;
    return null;
  },
  summary: (v: string) =>
    v.length < 20
      ? `tóm tắt có ${v.length} ký tự, quá ngắn — viết 1–2 câu, 20–160 ký tự`
      : v.length > 160
        ? `tóm tắt có ${v.length} ký tự, dài quá 160 — rút gọn lại`
        : null,
  url: (v: string) =>
    /^https?:\/\/[^\s/]+\.[^\s]+$/.test(v) ? null : "không phải địa chỉ web — dán địa chỉ đầy đủ, bắt đầu bằng https://",
  date: (v: string) => (parseIsoDate(v) ? null : "không phải ngày — viết dạng YYYY-MM-DD, ví dụ 2025-10-15"),
  year: (v: string) => (/^20\d\d$/.test(v) && Number(v) >= 2018 ? null : "năm không hợp lệ — viết 4 chữ số, từ 2018, ví dụ 2024"),
  stars: (v: string) => ((STAR_LEVELS as readonly number[]).includes(Number(v)) ? null : "số sao phải là 3, 4 hoặc 5"),
  evidence: (v: string) =>
    (EVIDENCE_GRADES as readonly string[]).includes(v) ? null : "mức bằng chứng phải là A, B1, B2 hoặc C",
  phone: (v: string) => (parsePhone(v) ? null : "không phải số điện thoại Việt Nam — ví dụ 0905 123 456 hoặc 0255 3822 111"),
} satisfies Record<string, Check>;

export const PRODUCER_KIND_LABELS: Record<(typeof PRODUCER_KINDS)[number], string> = {
  "hop-tac-xa": "Hợp tác xã",
  "doanh-nghiep": "Doanh nghiệp",
  "ho-kinh-doanh": "Hộ kinh doanh",
  "ca-nhan": "Cá nhân",
  "chua-ro": "Chưa rõ loại",
};

interface ProductAnswers {
  name: string;
  summary: string;
  group: string;
  subgroup?: string | undefined;
  /** Only when it differs from the sub-group's default kind. */
  kind?: string | undefined;
  producer?: string | undefined;
  locality?: string | undefined;
  formerAddress?: string | undefined;
  occasions: string[];
  stars?: number | undefined;
  /** Recognition level; when not given, only what the stars imply (levelOfStars). */
  level?: string | undefined;
  decision?: string | undefined;
  decisionDate?: string | undefined;
  year?: number | undefined;
  evidence?: string | undefined;
  certSource?: string | undefined;
  sourceTitle: string;
  sourceUrl: string;
  /** The story; by default a line asking the editor to write it. */
  body?: string | undefined;
}

interface ProducerAnswers {
  name: string;
  kind: string;
  locality?: string | undefined;
  formerAddress?: string | undefined;
  address?: string | undefined;
  phones: string[];
  sourceTitle: string;
  sourceUrl: string;
  /** The story; by default a line asking the editor to write it. */
  body?: string | undefined;
}

/** Drops undefined values and empty lists so the file holds only what the editor gave. */
function compact(data: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)));
}

function markdown(data: Record<string, unknown>, hint: string, body: string): string {
  const yaml = stringify(compact(data), { lineWidth: 0 });
  return `---\n${yaml}# ${hint}\n---\n${body === "" ? "" : `\n${body}\n`}`;
}

export function productMarkdown(a: ProductAnswers): string {
  // A level without stars is a certificate too: the source names the recognition, not its stars.
  const ocop =
    a.stars === undefined && a.level === undefined
      ? undefined
      : compact({
          stars: a.stars,
          level: a.level ?? levelOfStars(a.stars),
          decision: a.decision,
          decisionDate: a.decisionDate,
          year: a.decisionDate ? undefined : a.year,
          evidence: a.evidence ?? "C",
          source: a.certSource ?? a.sourceUrl,
        });
  return markdown(
    {
      name: a.name,
      summary: a.summary,
      group: a.group,
      subgroup: a.subgroup,
      kind: a.kind,
      producer: a.producer,
      locality: a.locality,
      formerAddress: a.formerAddress,
      ocop,
      occasions: a.occasions,
      sources: [{ title: a.sourceTitle, url: a.sourceUrl }],
    },
    "Thêm khi có: price, netWeight, shelfLifeDays, storage, images, whereToBuy — xem docs/huong-dan-bien-tap.md",
    a.body ?? "Viết câu chuyện sản phẩm ở đây: nguyên liệu, cách làm, điều làm nên hương vị riêng.",
  );
}

export function producerMarkdown(a: ProducerAnswers): string {
  return markdown(
    {
      name: a.name,
      kind: a.kind,
      locality: a.locality,
      formerAddress: a.formerAddress,
      address: a.address,
      contacts: a.phones.length > 0 ? { phones: a.phones } : undefined,
      sources: [{ title: a.sourceTitle, url: a.sourceUrl }],
    },
    "Thêm khi có: formerAddress, contacts (email, website, facebook), founded, exemplar, images — xem docs/huong-dan-bien-tap.md",
    a.body ?? "Viết câu chuyện của chủ thể ở đây: ai làm, từ bao giờ, làm như thế nào.",
  );
}
