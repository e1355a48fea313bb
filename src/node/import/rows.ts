/**
 * One sheet row → the facts of one product (and its producer), with a problem for each cell
 * that cannot be used, worded for the editor: `dòng 14, cột "Hạng sao" — "4 sao*" không hợp lệ — ghi 3, 4 hoặc 5`.
 *
 * A row may also say less than a full certificate because its source does (stars but no date,
 * "OCOP cấp tỉnh" but no stars, a former district but no commune). That is no error: the row
 * gives a notice worded `dòng 2 — … — sẽ hiện: …`, and the product shows what the catalogue
 * shows by hand for such a gap (no certificate and a sentence saying why; no commune, the
 * former address kept).
 */
import { parseIsoDate, toIsoDate } from "../../lib/values/dates.ts";
import { checks } from "../content/new-entry.ts";
import { fold, foldKey } from "../../lib/values/fold.ts";
import { toSlug } from "../../lib/values/slug.ts";
import {
  CERTIFICATE_VALIDITY_MONTHS,
  levelOfStars,
  PRODUCER_KINDS,
  type CertificateLevel,
  type ProducerKind,
  type ProductKind,
  type StarLevel,
} from "../../schemas/lists.ts";
import { productKindOf } from "./kinds.ts";
import { COLUMNS, columnOf, type ColumnKey, type HeaderMatch } from "./columns.ts";
import { str, type ContentEntry } from "./content.ts";
import { localityLabel, type LocalityRef, type LocalityResolver } from "./localities.ts";
import type { SheetRow } from "./read-sheet.ts";

export interface RowProblem {
  row: number;
  /** Header of the column at fault, when one cell is. */
  column?: string | undefined;
  message: string;
}

/** An error or a notice as printed: `dòng 4, cột "Nguồn" — …`. */
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

/** A row that reads: a product with its certificate (stars, a level, or both: parseRow keeps no row with neither). */
export interface RowData {
  row: number;
  name: string;
  producer: RowProducer | undefined;
  /** Undefined when the address names only a former district (a notice says so). */
  locality: LocalityRef | undefined;
  formerAddress: string | undefined;
  /** Undefined when the source gives a level of recognition but no stars. */
  stars: StarLevel | undefined;
  level: CertificateLevel | undefined;
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
  /** Sentences that say why the page shows less than a full certificate: the story of a new product. */
  notes: string[];
}

const KIND_NAMES: Record<ProducerKind, string[]> = {
  "hop-tac-xa": ["hop tac xa", "htx"],
  "doanh-nghiep": ["doanh nghiep", "cong ty", "dn"],
  "ho-kinh-doanh": ["ho kinh doanh", "hkd", "ho san xuat"],
  "ca-nhan": ["ca nhan"],
  "chua-ro": ["chua ro", "khong ro"],
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

const LEVEL_WORDS: Record<CertificateLevel, string> = { huyen: "cấp huyện", tinh: "cấp tỉnh", "quoc-gia": "cấp quốc gia" };

/**
 * What Excel shows in a cell whose formula failed (a VLOOKUP that found nothing, a deleted
 * reference): never data, whatever the column.
 */
export const EXCEL_ERRORS = [
  "#N/A",
  "#REF!",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NULL!",
  "#NUM!",
  "#SPILL!",
  "#CALC!",
  "#GETTING_DATA",
] as const;

/**
 * The years in which 3-star products were recognised by the district, not the province:
 * from Decision 148/QĐ-TTg (24/02/2023) until Decision 1489/QĐ-TTg (06/07/2025).
 */
const DISTRICT_THREE_STARS = { from: "2023-02-24", until: "2025-07-06" } as const;

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

/** The start of a long text, for a message that quotes it. */
function quoteStart(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max).trimEnd()}…`;
}

const WHY_UNVERIFIED = `Vì chưa biết thời điểm công nhận (chứng nhận có giá trị ${CERTIFICATE_VALIDITY_MONTHS} tháng), trang ghi chứng nhận là chưa xác minh hiệu lực.`;

/** What a notice says the page will show when a row gives a certificate without its date. */
const SHOWS_UNVERIFIED = "sẽ hiện: chứng nhận OCOP chưa xác minh hiệu lực, kèm một câu nói vì sao";

export interface ParsedRow {
  /** Set only when the row has no problem. */
  data?: RowData;
  problems: RowProblem[];
  /** Gaps the source leaves and what the page will show for each: printed in the summary, never errors. */
  notices: RowProblem[];
  /** The row's producer, even when another cell is wrong (a new producer's kind may come from any row). */
  producer?: RowProducer;
}

/** One row's cells, and the problems and notices said about them so far (in the order found). */
interface RowCells {
  row: number;
  /** The cell's text, trimmed ("" when the sheet has no such column). */
  cell: (key: ColumnKey) => string;
  /** The address a cell links to, when it is a link. */
  link: (key: ColumnKey) => string | undefined;
  problems: RowProblem[];
  notices: RowProblem[];
  /** A problem with one cell. */
  bad: (key: ColumnKey, message: string) => void;
  invalid: (key: ColumnKey, value: string, fix: string) => void;
  missing: (key: ColumnKey, fix: string) => void;
  /** A problem of the row as a whole. */
  rowProblem: (message: string) => void;
  notice: (key: ColumnKey | undefined, message: string) => void;
}

function rowCells(sheetRow: SheetRow, header: HeaderMatch): RowCells {
  const row = sheetRow.row;
  const problems: RowProblem[] = [];
  const notices: RowProblem[] = [];
  const bad = (key: ColumnKey, message: string) => problems.push({ row, column: columnOf(key).header, message });
  return {
    row,
    cell: (key) => {
      const i = header.index.get(key);
      return i === undefined ? "" : (sheetRow.cells[i] ?? "").trim();
    },
    link: (key) => {
      const i = header.index.get(key);
      return i === undefined ? undefined : sheetRow.links.get(i);
    },
    problems,
    notices,
    bad,
    invalid: (key, value, fix) => bad(key, `"${value}" không hợp lệ — ${fix}`),
    missing: (key, fix) => bad(key, `ô trống — ${fix}`),
    rowProblem: (message) => problems.push({ row, message }),
    notice: (key, message) => notices.push({ row, column: key ? columnOf(key).header : undefined, message }),
  };
}

/** What the row says of the certificate, as read (each part undefined when absent or wrong). */
interface RowCertificate {
  stars: StarLevel | undefined;
  level: CertificateLevel | undefined;
  /** The level as written (a level may also be taken for granted from the stars). */
  levelText: string;
  decision: string | undefined;
  /** YYYY-MM-DD */
  decisionDate: string | undefined;
  year: number | undefined;
  /** Neither a date nor a year is written. */
  undated: boolean;
  /** " ngày 15/10/2025", " năm 2025" or "": when it was recognised, for a sentence. */
  when: string;
}

export function parseRow(sheetRow: SheetRow, header: HeaderMatch, ctx: RowContext): ParsedRow {
  const r = rowCells(sheetRow, header);
  if (hasExcelError(r)) return { problems: r.problems, notices: r.notices };
  const name = readName(r);
  const cert = readCertificate(r);
  // Read once the name and the certificate are known to be right.
  const notes = r.problems.length === 0 ? certificateGaps(r, cert) : [];
  notes.push(...districtThreeStars(r, cert));
  const { group, subgroup } = readGroup(r, ctx.groups);
  const kind = readProductKind(r);
  const producer = readProducer(r, ctx.producers);
  const { place, formerAddress } = readPlace(r, ctx.localities);
  const summary = readSummary(r);
  const source = readSource(r, cert);

  const base = { problems: r.problems, notices: r.notices, ...(producer ? { producer } : {}) };
  const { stars, level, decision, decisionDate, year } = cert;
  if (r.problems.length > 0 || (!stars && !level) || !group || !place || !source) return base;
  return {
    ...base,
    data: {
      row: r.row,
      name,
      producer,
      locality: place.locality,
      formerAddress,
      stars,
      level: level ?? levelOfStars(stars),
      decision,
      decisionDate,
      year: decisionDate ? undefined : year,
      group,
      subgroup,
      kind,
      summary,
      source,
      notes,
    },
  };
}

/** An Excel error in any column the import reads: the row is not data, whatever else it holds. */
function hasExcelError(r: RowCells): boolean {
  for (const { key } of COLUMNS) {
    const text = r.cell(key).toUpperCase();
    if ((EXCEL_ERRORS as readonly string[]).includes(text)) {
      r.bad(
        key,
        `${text} là lỗi công thức của Excel, không phải dữ liệu — sửa công thức (hoặc chép rồi dán đặc biệt › chỉ giá trị) để ô có nội dung thật, hoặc để trống`,
      );
    }
  }
  return r.problems.length > 0;
}

function readName(r: RowCells): string {
  const name = r.cell("name").replace(/\s+/g, " ");
  const nameProblem = name === "" ? null : checks.name(name);
  if (name === "") r.missing("name", "ghi tên sản phẩm như trên quyết định");
  else if (nameProblem) r.bad("name", `"${quoteStart(name)}" — ${nameProblem}`);
  else if (toSlug(name) === "") r.invalid("name", name, "ghi tên sản phẩm đủ chữ, như trên quyết định");
  return name;
}

/** Stars and level, then decision, date and year. */
function readCertificate(r: RowCells): RowCertificate {
  const starsText = r.cell("stars");
  const starsMatch = /^([345])(?:[.,]0+)?(?:\s*(?:sao|★))?$/.exec(fold(starsText));
  const stars = starsMatch ? (Number(starsMatch[1]) as StarLevel) : undefined;
  const levelText = r.cell("level");
  let level: CertificateLevel | undefined;
  if (levelText !== "") {
    const key = foldKey(levelText);
    level = (Object.keys(LEVEL_NAMES) as CertificateLevel[]).find((l) => l === levelText || LEVEL_NAMES[l].includes(key));
    if (!level) r.invalid("level", levelText, "ghi huyện, tỉnh hoặc quốc gia");
  }
  if (starsText === "" && levelText === "")
    r.missing("stars", 'ghi 3, 4 hoặc 5; nguồn chỉ nêu cấp công nhận mà không nêu hạng sao thì ghi ô "Cấp công nhận"');
  else if (starsText !== "" && !stars) r.invalid("stars", starsText, "ghi 3, 4 hoặc 5");
  if (stars && level) {
    if (level === "huyen" && stars !== 3)
      r.bad("level", `cấp huyện chỉ công nhận 3 sao, dòng này ghi ${stars} sao — ghi tỉnh, hoặc sửa Hạng sao`);
    if (level === "quoc-gia" && stars !== 5)
      r.bad("level", `cấp quốc gia chỉ công nhận 5 sao, dòng này ghi ${stars} sao — ghi tỉnh, hoặc sửa Hạng sao`);
    if (level !== "quoc-gia" && stars === 5) r.bad("level", `5 sao do cấp quốc gia công nhận — ghi quốc gia, hoặc sửa Hạng sao`);
  }

  const decision = r.cell("decision") || undefined;
  const dateText = r.cell("decisionDate");
  const decisionDate = dateText === "" ? undefined : (parseSheetDate(dateText) ?? undefined);
  if (dateText !== "" && !decisionDate)
    r.invalid("decisionDate", dateText, "ghi ngày dạng dd/mm/yyyy (ví dụ 15/10/2025) hoặc dùng ô ngày của Excel");
  const yearText = r.cell("year");
  let year: number | undefined;
  if (yearText !== "") {
    const y = /^(\d{4})(?:[.,]0+)?$/.exec(yearText);
    year = y && Number(y[1]) >= 2018 && Number(y[1]) <= 2100 ? Number(y[1]) : undefined;
    if (!year) r.invalid("year", yearText, "ghi năm 4 chữ số, từ 2018, ví dụ 2025");
  }
  if (decisionDate && year && Number(decisionDate.slice(0, 4)) !== year) {
    r.bad("year", `năm ${year} khác năm của ngày quyết định ${dmy(decisionDate)} — sửa cho khớp, hoặc để trống ô Năm`);
  }
  const undated = dateText === "" && yearText === "";
  // A decision number is copied from the decision, which carries its date.
  if (undated && decision)
    r.rowProblem(`có số quyết định ${decision} nhưng thiếu ngày — ghi ô "Ngày quyết định" như trên quyết định`);
  const when = decisionDate ? ` ngày ${dmy(decisionDate)}` : year ? ` năm ${year}` : "";
  return { stars, level, levelText, decision, decisionDate, year, undated, when };
}

/** What the source leaves out of the certificate: notices, and the sentences the product's story will hold. */
function certificateGaps(
  r: RowCells,
  { stars, level, levelText, decision, decisionDate, undated, when }: RowCertificate,
): string[] {
  if (decision) return [];
  const levelWords = level && levelText !== "" ? ` ${LEVEL_WORDS[level]}` : "";
  if (stars === undefined && level) {
    r.notice(
      "stars",
      `ô trống, nguồn chỉ nêu OCOP${levelWords}${when} — sẽ hiện: không có hạng sao${undated ? ", chứng nhận chưa xác minh hiệu lực" : ""}, kèm một câu nói vì sao`,
    );
    return [
      undated
        ? `Nguồn nêu sản phẩm được công nhận OCOP${levelWords} nhưng không nêu hạng sao, năm hay số quyết định công nhận. ${WHY_UNVERIFIED}`
        : `Nguồn nêu sản phẩm được công nhận OCOP${levelWords}${when} nhưng không nêu hạng sao, nên trang không hiển thị hạng sao cho sản phẩm này.`,
    ];
  }
  if (stars && undated) {
    r.notice(undefined, `có ${stars} sao nhưng nguồn không nêu ngày quyết định hay năm — ${SHOWS_UNVERIFIED}`);
    return [
      `Nguồn nêu sản phẩm đạt OCOP ${stars} sao${levelWords} nhưng không nêu năm, số hay ngày quyết định công nhận. ${WHY_UNVERIFIED}`,
    ];
  }
  if (stars && !decisionDate) {
    return [`Nguồn không nêu số và ngày quyết định công nhận: năm ghi trên trang là năm nguồn nêu.`];
  }
  return [];
}

/** A 3-star certificate from the province while the district recognised 3 stars: a notice and a sentence. */
function districtThreeStars(r: RowCells, { stars, level, levelText, decisionDate, year, when }: RowCertificate): string[] {
  const recognised = decisionDate ?? (year ? `${year}-12-31` : undefined);
  const yearStart = decisionDate ?? (year ? `${year}-01-01` : undefined);
  if (
    stars !== 3 ||
    level !== "tinh" ||
    levelText === "" ||
    !recognised ||
    !yearStart ||
    recognised < DISTRICT_THREE_STARS.from ||
    yearStart >= DISTRICT_THREE_STARS.until
  )
    return [];
  const period = `từ ${dmy(DISTRICT_THREE_STARS.from)} đến ${dmy(DISTRICT_THREE_STARS.until)}`;
  r.notice(
    "level",
    `3 sao cấp tỉnh${when}, nhưng ${period} sản phẩm 3 sao do UBND cấp huyện công nhận — sẽ hiện: cấp tỉnh như bảng tính ghi, kèm một câu nói cấp công nhận chưa đối chiếu được với quyết định`,
  );
  return [
    `Nguồn ghi sản phẩm đạt OCOP 3 sao cấp tỉnh${when}; ${period}, sản phẩm 3 sao do UBND cấp huyện công nhận, nên cấp công nhận ghi trên trang chưa đối chiếu được với quyết định.`,
  ];
}

function readGroup(r: RowCells, groups: readonly GroupRef[]): { group: GroupRef | undefined; subgroup: string | undefined } {
  const groupText = r.cell("group");
  const group = groups.find((g) => foldKey(g.name) === foldKey(groupText) || g.id === groupText);
  if (groupText === "") r.missing("group", `ghi một trong: ${groups.map((g) => g.name).join(", ")}`);
  else if (!group) r.invalid("group", groupText, `ghi một trong: ${groups.map((g) => g.name).join(", ")}`);
  const subgroupText = r.cell("subgroup");
  let subgroup: string | undefined;
  if (subgroupText !== "" && group) {
    subgroup = group.subgroups.find((s) => foldKey(s.name) === foldKey(subgroupText) || s.id === subgroupText)?.id;
    if (!subgroup) {
      const allowed = group.subgroups.map((s) => s.name).join("; ");
      r.invalid("subgroup", subgroupText, `nhóm ${group.name} có các phân nhóm: ${allowed}`);
    }
  }
  return { group, subgroup };
}

function readProductKind(r: RowCells): ProductKind | undefined {
  const kindCell = r.cell("kind");
  const productKind = kindCell === "" ? undefined : productKindOf(kindCell);
  if (kindCell !== "" && !productKind) r.invalid("kind", kindCell, 'ghi một loại trong trang "Loại sản phẩm" của mẫu');
  return productKind;
}

/** The producer: an existing one by file name or name, else a new one (its kind from the row or its name). */
function readProducer(r: RowCells, producers: readonly ContentEntry[]): RowProducer | undefined {
  const producerText = r.cell("producer").replace(/\s+/g, " ");
  const kindText = r.cell("producerKind");
  let kind: ProducerKind | undefined;
  if (kindText !== "") {
    const key = fold(kindText)
      .replace(/[^a-z0-9 ]/g, "")
      .trim();
    kind = PRODUCER_KINDS.find((k) => k === kindText || KIND_NAMES[k].includes(key));
    if (!kind) r.invalid("producerKind", kindText, "ghi hợp tác xã, doanh nghiệp, hộ kinh doanh, cá nhân hoặc chưa rõ");
  }
  const producerNameProblem = producerText === "" ? null : checks.name(producerText);
  if (producerNameProblem) {
    r.bad("producer", `"${quoteStart(producerText)}" — ${producerNameProblem}`);
    return undefined;
  }
  if (producerText === "") {
    if (kindText !== "") r.bad("producer", 'ô trống nhưng có "Loại chủ thể" — ghi tên chủ thể, hoặc xoá ô Loại chủ thể');
    return undefined;
  }
  const named = (text: string) => producers.filter((p) => p.id === text || foldKey(str(p, "name") ?? "") === foldKey(text));
  // A note after the name ("Cơ sở Hồng Tiến (chủ cơ sở …)", "Công ty … (DATO)") still finds the producer.
  const bare = producerText.replace(/\s*\([^()]*\)$/, "");
  let found = named(producerText);
  if (found.length === 0 && bare !== producerText && bare.length >= 2) found = named(bare);
  if (found.length > 1) {
    r.bad(
      "producer",
      `"${producerText}" trùng tên ${found.length} chủ thể: ${found.map((p) => `content/producers/${p.id}.md`).join(", ")} — ghi tên tệp (không có .md) của chủ thể đúng`,
    );
    return undefined;
  }
  if (found[0]) return { id: found[0].id, name: str(found[0], "name") ?? producerText, kind };
  // A new producer whose kind no row gives is marked "chưa rõ" (see plan.ts).
  return { id: undefined, name: producerText, kind: kind ?? kindFromName(producerText), kindWritten: kindText !== "" };
}

/** The locality, and the former address (which an address naming only a former district becomes). */
function readPlace(r: RowCells, localities: LocalityResolver): { place: Place | undefined; formerAddress: string | undefined } {
  const localityText = r.cell("locality");
  let formerAddress = r.cell("formerAddress").replace(/\s+/g, " ") || undefined;
  const place = resolveLocality(localityText, formerAddress, localities, r.bad, () =>
    r.rowProblem('thiếu địa chỉ — ghi ô "Xã/phường" (xã, phường hiện nay) hoặc ô "Địa chỉ cũ"'),
  );
  if (place?.districtOnly) {
    const { key, text, district } = place.districtOnly;
    formerAddress = text;
    r.notice(
      key,
      `"${text}" chỉ nêu ${district}, không nêu xã, phường — sẽ hiện: chưa gắn xã/phường hiện nay, giữ địa chỉ cũ "${text}"`,
    );
  }
  return { place, formerAddress };
}

function readSummary(r: RowCells): string | undefined {
  const summary = r.cell("summary").replace(/\s+/g, " ") || undefined;
  const summaryProblem = summary ? checks.summary(summary) : null;
  if (summaryProblem) r.bad("summary", summaryProblem);
  return summary;
}

/** The source: the cell's web address or its link, titled by the link's text, else by the decision. */
function readSource(r: RowCells, { decision, when }: RowCertificate): RowData["source"] | undefined {
  const sourceText = r.cell("source");
  const sourceLink = r.link("source");
  const url = isWebAddress(sourceText) ? sourceText : sourceLink && isWebAddress(sourceLink) ? sourceLink : undefined;
  if (sourceText === "" && !sourceLink)
    r.missing("source", "mỗi dòng cần địa chỉ web (https://…) của quyết định hoặc bài báo xác nhận sản phẩm");
  else if (!url) r.invalid("source", sourceText, "dán địa chỉ web đầy đủ, bắt đầu bằng https://");
  if (!url) return undefined;
  const host = new URL(url).hostname.replace(/^www\./, "");
  const linkTitle = url === sourceLink && sourceText !== "" && !isWebAddress(sourceText) ? sourceText : undefined;
  const title = linkTitle ?? (decision ? `Quyết định ${decision}${when} (${host})` : `Nguồn xác nhận sản phẩm OCOP (${host})`);
  return { title, url };
}

function candidates(list: readonly LocalityRef[]): string {
  return list.map((l) => `${localityLabel(l)} (${l.id})`).join(", ");
}

interface Place {
  locality: LocalityRef | undefined;
  /** Set when the address names a former district and no commune. */
  districtOnly?: { key: ColumnKey; text: string; district: string };
}

/**
 * The row's locality: Xã/phường when it is a current unit; otherwise Địa chỉ cũ (or Xã/phường
 * itself, when it holds a former name) through the former names; an address that names only a
 * former district gives none. No unit, or several, is a problem.
 */
function resolveLocality(
  localityText: string,
  formerAddress: string | undefined,
  resolver: LocalityResolver,
  bad: (key: ColumnKey, message: string) => void,
  missingBoth: () => void,
): Place | undefined {
  const current = localityText === "" ? { found: [], folded: false } : resolver.currentMatch(localityText);
  const former = formerAddress ? resolver.former(formerAddress) : [];
  if (current.found.length === 1) {
    const [unit] = current.found as [LocalityRef];
    const [only, ...more] = former;
    if (only && more.length === 0 && only.locality.id !== unit.id) {
      bad(
        "formerAddress",
        `"${formerAddress}" thuộc ${localityLabel(only.locality)} (tên cũ "${only.formerName}"), không phải ${localityLabel(unit)} ở ô Xã/phường — sửa một trong hai ô`,
      );
      return undefined;
    }
    return { locality: unit };
  }
  if (current.found.length > 1) {
    const kinds = new Set(current.found.map((l) => l.kind));
    const fix = [
      current.folded ? "gõ tên đủ dấu như trên danh sách xã, phường" : undefined,
      kinds.size > 1 ? "ghi kèm chữ xã, phường hoặc đặc khu" : undefined,
      "hoặc ghi tên tệp",
    ]
      .filter(Boolean)
      .join(", ");
    const what = current.folded ? "khi bỏ dấu trùng tên" : "trùng tên";
    bad("locality", `"${localityText}" ${what} ${current.found.length} đơn vị: ${candidates(current.found)} — ${fix}`);
    return undefined;
  }
  // Not a current unit: the former address, else the cell itself as a former name.
  const [key, text] = formerAddress ? (["formerAddress", formerAddress] as const) : (["locality", localityText] as const);
  if (text === "") {
    missingBoth();
    return undefined;
  }
  const matches = formerAddress ? former : resolver.former(text);
  if (matches.length === 1) return { locality: matches[0]!.locality };
  if (matches.length > 1) {
    const list = matches.map((m) => `${localityLabel(m.locality)} (tên cũ "${m.formerName}")`).join(", ");
    bad(key, `"${text}" ứng với ${matches.length} đơn vị mới: ${list} — ghi đơn vị đúng ở ô Xã/phường`);
    return undefined;
  }
  // A former district and no commune: no locality, the address kept. Only when Xã/phường says nothing else.
  const district = localityText === "" || !formerAddress ? resolver.districtOnly(text) : undefined;
  if (district) return { locality: undefined, districtOnly: { key, text, district } };
  const near = resolver.near(`${localityText} ${formerAddress ?? ""}`);
  const hint = near.length > 0 ? `gần giống: ${candidates(near)}` : "kiểm tra chính tả";
  const where =
    localityText !== "" && formerAddress ? `"${localityText}" và "${formerAddress}" không khớp` : `"${text}" không khớp`;
  bad(key, `${where} xã, phường nào (hiện nay hay trước 01/07/2025) — ${hint}; ghi xã/phường hiện nay ở ô Xã/phường`);
  return undefined;
}
