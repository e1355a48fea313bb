/**
 * One sheet row → the facts of one product (and its producer), with a problem for each cell
 * that cannot be used, worded for the editor: `dòng 14, cột "Hạng sao" — "4 sao*" không hợp lệ — ghi 3, 4 hoặc 5`.
 */
import { parseIsoDate, toIsoDate } from "../../lib/values/dates.ts";
import { checks } from "../new-entry.ts";
import { fold } from "../../lib/values/fold.ts";
import { toSlug } from "../../lib/values/slug.ts";
import {
  PRODUCER_KINDS,
  type CertificateLevel,
  type ProducerKind,
  type ProductKind,
  type StarLevel,
} from "../../schemas/lists.ts";
import { productKindOf } from "./kinds.ts";
import { columnOf, type ColumnKey, type HeaderMatch } from "./columns.ts";
import { str, type ContentEntry } from "./content.ts";
import { localityLabel, type LocalityRef, type LocalityResolver } from "./localities.ts";
import type { SheetRow } from "./read-sheet.ts";

export interface RowProblem {
  row: number;
  /** Header of the column at fault, when one cell is. */
  column?: string | undefined;
  message: string;
}

export function formatRowProblem(p: RowProblem): string {
  return p.column ? `dòng ${p.row}, cột "${p.column}" — ${p.message}` : `dòng ${p.row} — ${p.message}`;
}

export interface GroupRef {
  id: string;
  name: string;
  subgroups: { id: string; name: string }[];
}

export interface RowContext {
  groups: GroupRef[];
  producers: readonly ContentEntry[];
  localities: LocalityResolver;
}

export interface RowProducer {
  /** File name of the existing producer, or undefined when it is to be created. */
  id: string | undefined;
  name: string;
  kind: ProducerKind | undefined;
  /** Whether the row's Loại chủ thể cell is filled (when wrong, that cell is the problem reported). */
  kindWritten?: boolean;
}

export interface RowData {
  row: number;
  name: string;
  producer: RowProducer | undefined;
  locality: LocalityRef;
  formerAddress: string | undefined;
  stars: StarLevel;
  level: CertificateLevel;
  decision: string | undefined;
  /** YYYY-MM-DD */
  decisionDate: string | undefined;
  year: number | undefined;
  group: GroupRef;
  subgroup: string | undefined;
  /** The kind of product when the sheet gives one (else the sub-group's applies). */
  kind: ProductKind | undefined;
  summary: string | undefined;
  source: { title: string; url: string };
}

/** Folded letters and digits: how names in cells are compared with names in content. */
export function matchKey(text: string): string {
  return fold(text).replace(/[^a-z0-9]/g, "");
}

const KIND_NAMES: Record<ProducerKind, string[]> = {
  "hop-tac-xa": ["hop tac xa", "htx"],
  "doanh-nghiep": ["doanh nghiep", "cong ty", "dn"],
  "ho-kinh-doanh": ["ho kinh doanh", "hkd", "ho san xuat"],
  "ca-nhan": ["ca nhan"],
};

/** The kind a producer's name gives away ("Hợp tác xã…", "Công ty…", "Hộ kinh doanh…"), if any. */
export function kindFromName(name: string): ProducerKind | undefined {
  const f = fold(name);
  if (/^(hop tac xa|htx)\b/.test(f)) return "hop-tac-xa";
  if (/^(cong ty|doanh nghiep|dntn)\b/.test(f)) return "doanh-nghiep";
  if (/^(ho kinh doanh|hkd)\b/.test(f)) return "ho-kinh-doanh";
  return undefined;
}

const LEVEL_NAMES: Record<CertificateLevel, string[]> = {
  huyen: ["huyen", "caphuyen"],
  tinh: ["tinh", "captinh"],
  "quoc-gia": ["quocgia", "capquocgia", "trunguong", "tw"],
};

/** dd/mm/yyyy (also d/m/yyyy, with - or .), yyyy-mm-dd, or an Excel date serial number. */
export function parseSheetDate(text: string): string | null {
  const iso = parseIsoDate(text);
  if (iso) return toIsoDate(iso);
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (dmy) {
    const padded = `${dmy[3]}-${dmy[2]!.padStart(2, "0")}-${dmy[1]!.padStart(2, "0")}`;
    return parseIsoDate(padded) ? padded : null;
  }
  // A date cell formatted as a number shows Excel's day count since 30/12/1899.
  if (/^\d{5}$/.test(text)) {
    const serial = Number(text);
    if (serial > 40000 && serial < 80000) return toIsoDate(new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000));
  }
  return null;
}

function isWebAddress(text: string): boolean {
  try {
    const u = new URL(text);
    return (u.protocol === "https:" || u.protocol === "http:") && u.hostname.includes(".") && !/\s/.test(text);
  } catch {
    return false;
  }
}

/** "15/10/2025" from "2025-10-15". */
function dmy(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

export interface ParsedRow {
  /** Set only when the row has no problem. */
  data?: RowData;
  problems: RowProblem[];
  /** The row's producer, even when another cell is wrong (a new producer's kind may come from any row). */
  producer?: RowProducer;
}

export function parseRow(sheetRow: SheetRow, header: HeaderMatch, ctx: RowContext): ParsedRow {
  const problems: RowProblem[] = [];
  const row = sheetRow.row;
  const cell = (key: ColumnKey): string => {
    const i = header.index.get(key);
    return i === undefined ? "" : (sheetRow.cells[i] ?? "").trim();
  };
  const link = (key: ColumnKey): string | undefined => {
    const i = header.index.get(key);
    return i === undefined ? undefined : sheetRow.links.get(i);
  };
  const bad = (key: ColumnKey, message: string) => problems.push({ row, column: columnOf(key).header, message });
  const invalid = (key: ColumnKey, value: string, fix: string) => bad(key, `"${value}" không hợp lệ — ${fix}`);
  const missing = (key: ColumnKey, fix: string) => bad(key, `ô trống — ${fix}`);

  // Name
  const name = cell("name").replace(/\s+/g, " ");
  if (name === "") missing("name", "ghi tên sản phẩm như trên quyết định");
  else if (checks.name(name) || toSlug(name) === "") invalid("name", name, "ghi tên sản phẩm đủ chữ, như trên quyết định");

  // Stars and level
  const starsText = cell("stars");
  const starsMatch = /^([345])(?:[.,]0+)?(?:\s*(?:sao|★))?$/.exec(fold(starsText));
  const stars = starsMatch ? (Number(starsMatch[1]) as StarLevel) : undefined;
  if (starsText === "") missing("stars", "ghi 3, 4 hoặc 5");
  else if (!stars) invalid("stars", starsText, "ghi 3, 4 hoặc 5");

  const levelText = cell("level");
  let level: CertificateLevel | undefined;
  if (levelText !== "") {
    const key = matchKey(levelText);
    level = (Object.keys(LEVEL_NAMES) as CertificateLevel[]).find((l) => l === levelText || LEVEL_NAMES[l].includes(key));
    if (!level) invalid("level", levelText, "ghi huyện, tỉnh hoặc quốc gia");
  }
  if (stars && level) {
    if (level === "huyen" && stars !== 3)
      bad("level", `cấp huyện chỉ công nhận 3 sao, dòng này ghi ${stars} sao — ghi tỉnh, hoặc sửa Hạng sao`);
    if (level === "quoc-gia" && stars !== 5)
      bad("level", `cấp quốc gia chỉ công nhận 5 sao, dòng này ghi ${stars} sao — ghi tỉnh, hoặc sửa Hạng sao`);
    if (level !== "quoc-gia" && stars === 5) bad("level", `5 sao do cấp quốc gia công nhận — ghi quốc gia, hoặc sửa Hạng sao`);
  }

  // Decision, date, year
  const decision = cell("decision") || undefined;
  const dateText = cell("decisionDate");
  const decisionDate = dateText === "" ? undefined : (parseSheetDate(dateText) ?? undefined);
  if (dateText !== "" && !decisionDate)
    invalid("decisionDate", dateText, "ghi ngày dạng dd/mm/yyyy (ví dụ 15/10/2025) hoặc dùng ô ngày của Excel");
  const yearText = cell("year");
  let year: number | undefined;
  if (yearText !== "") {
    const y = /^(\d{4})(?:[.,]0+)?$/.exec(yearText);
    year = y && Number(y[1]) >= 2018 && Number(y[1]) <= 2100 ? Number(y[1]) : undefined;
    if (!year) invalid("year", yearText, "ghi năm 4 chữ số, từ 2018, ví dụ 2025");
  }
  if (decisionDate && year && Number(decisionDate.slice(0, 4)) !== year) {
    bad("year", `năm ${year} khác năm của ngày quyết định ${dmy(decisionDate)} — sửa cho khớp, hoặc để trống ô Năm`);
  }
  if (dateText === "" && yearText === "") {
    problems.push({ row, message: 'thiếu ngày quyết định — ghi ô "Ngày quyết định", hoặc ít nhất ô "Năm"' });
  }

  // Group and subgroup
  const groupText = cell("group");
  const group = ctx.groups.find((g) => matchKey(g.name) === matchKey(groupText) || g.id === groupText);
  if (groupText === "") missing("group", `ghi một trong: ${ctx.groups.map((g) => g.name).join(", ")}`);
  else if (!group) invalid("group", groupText, `ghi một trong: ${ctx.groups.map((g) => g.name).join(", ")}`);
  const subgroupText = cell("subgroup");
  let subgroup: string | undefined;
  if (subgroupText !== "" && group) {
    subgroup = group.subgroups.find((s) => matchKey(s.name) === matchKey(subgroupText) || s.id === subgroupText)?.id;
    if (!subgroup) {
      const allowed = group.subgroups.map((s) => s.name).join("; ");
      invalid("subgroup", subgroupText, `nhóm ${group.name} có các phân nhóm: ${allowed}`);
    }
  }

  const kindCell = cell("kind");
  const productKind = kindCell === "" ? undefined : productKindOf(kindCell);
  if (kindCell !== "" && !productKind) invalid("kind", kindCell, 'ghi một loại trong trang "Loại sản phẩm" của mẫu');

  // Producer
  const producerText = cell("producer").replace(/\s+/g, " ");
  const kindText = cell("producerKind");
  let kind: ProducerKind | undefined;
  if (kindText !== "") {
    const key = fold(kindText)
      .replace(/[^a-z0-9 ]/g, "")
      .trim();
    kind = PRODUCER_KINDS.find((k) => k === kindText || KIND_NAMES[k].includes(key));
    if (!kind) invalid("producerKind", kindText, "ghi hợp tác xã, doanh nghiệp, hộ kinh doanh hoặc cá nhân");
  }
  let producer: RowProducer | undefined;
  if (producerText !== "") {
    const key = matchKey(producerText);
    const found = ctx.producers.filter((p) => p.id === producerText || matchKey(str(p, "name") ?? "") === key);
    if (found.length > 1) {
      bad(
        "producer",
        `"${producerText}" trùng tên ${found.length} chủ thể: ${found.map((p) => `content/producers/${p.id}.md`).join(", ")} — ghi tên tệp (không có .md) của chủ thể đúng`,
      );
    } else if (found[0]) {
      producer = { id: found[0].id, name: str(found[0], "name") ?? producerText, kind };
    } else {
      // A new producer without a kind is an error only if no row of the sheet gives one (see plan.ts).
      producer = { id: undefined, name: producerText, kind: kind ?? kindFromName(producerText), kindWritten: kindText !== "" };
    }
  } else if (kindText !== "") {
    bad("producer", 'ô trống nhưng có "Loại chủ thể" — ghi tên chủ thể, hoặc xoá ô Loại chủ thể');
  }

  // Locality
  const localityText = cell("locality");
  const formerAddress = cell("formerAddress").replace(/\s+/g, " ") || undefined;
  const locality = resolveLocality(
    localityText,
    formerAddress,
    ctx.localities,
    (key, message) => bad(key, message),
    () => problems.push({ row, message: 'thiếu địa chỉ — ghi ô "Xã/phường" (xã, phường hiện nay) hoặc ô "Địa chỉ cũ"' }),
  );

  // Summary
  const summary = cell("summary").replace(/\s+/g, " ") || undefined;
  const summaryProblem = summary ? checks.summary(summary) : null;
  if (summaryProblem) bad("summary", summaryProblem);

  // Source
  const sourceText = cell("source");
  const sourceLink = link("source");
  const url = isWebAddress(sourceText) ? sourceText : sourceLink && isWebAddress(sourceLink) ? sourceLink : undefined;
  if (sourceText === "" && !sourceLink)
    missing("source", "mỗi dòng cần địa chỉ web (https://…) của quyết định hoặc bài báo xác nhận sản phẩm");
  else if (!url) invalid("source", sourceText, "dán địa chỉ web đầy đủ, bắt đầu bằng https://");

  if (problems.length > 0 || !stars || !group || !locality || !url) return { problems, ...(producer ? { producer } : {}) };
  const host = new URL(url).hostname.replace(/^www\./, "");
  const linkTitle = url === sourceLink && sourceText !== "" && !isWebAddress(sourceText) ? sourceText : undefined;
  const when = decisionDate ? ` ngày ${dmy(decisionDate)}` : year ? ` năm ${year}` : "";
  const title = linkTitle ?? (decision ? `Quyết định ${decision}${when} (${host})` : `Danh sách sản phẩm OCOP${when} (${host})`);
  return {
    problems,
    ...(producer ? { producer } : {}),
    data: {
      row,
      name,
      producer,
      locality,
      formerAddress,
      stars,
      level: level ?? (stars === 5 ? "quoc-gia" : "tinh"),
      decision,
      decisionDate,
      year: decisionDate ? undefined : year,
      group,
      subgroup,
      kind: productKind,
      summary,
      source: { title, url },
    },
  };
}

function candidates(list: readonly LocalityRef[]): string {
  return list.map((l) => `${localityLabel(l)} (${l.id})`).join(", ");
}

/**
 * The row's locality: Xã/phường when it is a current unit; otherwise Địa chỉ cũ (or Xã/phường
 * itself, when it holds a former name) through the former names. None or several → a problem.
 */
function resolveLocality(
  localityText: string,
  formerAddress: string | undefined,
  resolver: LocalityResolver,
  bad: (key: ColumnKey, message: string) => void,
  missingBoth: () => void,
): LocalityRef | undefined {
  const current = localityText === "" ? [] : resolver.current(localityText);
  const former = formerAddress ? resolver.former(formerAddress) : [];
  if (current.length === 1) {
    const [unit] = current as [LocalityRef];
    const [only, ...more] = former;
    if (only && more.length === 0 && only.locality.id !== unit.id) {
      bad(
        "formerAddress",
        `"${formerAddress}" thuộc ${localityLabel(only.locality)} (tên cũ "${only.formerName}"), không phải ${localityLabel(unit)} ở ô Xã/phường — sửa một trong hai ô`,
      );
      return undefined;
    }
    return unit;
  }
  if (current.length > 1) {
    bad(
      "locality",
      `"${localityText}" trùng tên nhiều đơn vị: ${candidates(current)} — ghi kèm chữ xã, phường hoặc đặc khu, hoặc ghi tên tệp`,
    );
    return undefined;
  }
  // Not a current unit: the former address, else the cell itself as a former name.
  const [key, text] = formerAddress ? (["formerAddress", formerAddress] as const) : (["locality", localityText] as const);
  if (text === "") {
    missingBoth();
    return undefined;
  }
  const matches = formerAddress ? former : resolver.former(text);
  if (matches.length === 1) return matches[0]!.locality;
  if (matches.length > 1) {
    const list = matches.map((m) => `${localityLabel(m.locality)} (tên cũ "${m.formerName}")`).join(", ");
    bad(key, `"${text}" ứng với ${matches.length} đơn vị mới: ${list} — ghi đơn vị đúng ở ô Xã/phường`);
    return undefined;
  }
  const near = resolver.near(`${localityText} ${formerAddress ?? ""}`);
  const hint = near.length > 0 ? `gần giống: ${candidates(near)}` : "kiểm tra chính tả";
  const where =
    localityText !== "" && formerAddress ? `"${localityText}" và "${formerAddress}" không khớp` : `"${text}" không khớp`;
  bad(key, `${where} xã, phường nào (hiện nay hay trước 01/07/2025) — ${hint}; ghi xã/phường hiện nay ở ô Xã/phường`);
  return undefined;
}
