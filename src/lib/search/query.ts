/**
 * Queries as people type them, turned into what the index is asked. Pure and browser-safe:
 * the search page runs it on every query, unit tests run it on phrasings of their own.
 *
 * 1. Words typed with the Vietnamese keyboard switched off are rewritten into Vietnamese:
 *    Telex leftovers ("toir" → "tỏi", "nuowcs" → "nước", "dduowngf" → "đường") and VNI
 *    leftovers ("to3i" → "tỏi", "nu7o71c" → "nước"). The rule for a token, on the Vietnamese
 *    page only (English visitors type English):
 *    - it is left alone when it already reads as Vietnamese without marks ("toi", "duong",
 *      "quang"): a syllable built of a Vietnamese onset, vowel group and final consonant;
 *    - it is left alone when it is one of the English words in ENGLISH_LOOKALIKES (English
 *      words that would otherwise convert, such as "nuts" → "nút"), or a word of the
 *      catalogue's own names ("Mar" of Đăk Mar, "Dori");
 *    - otherwise it converts only when it carries a Telex or VNI key (a doubled vowel or "dd",
 *      a "w", a tone key s f r x j, or digits right after letters) and the converted text is
 *      one valid Vietnamese syllable. "garlic", "fish", "sauce", "sweets" stay as typed, since
 *      their conversion is no Vietnamese syllable.
 * 2. Words that carry no product meaning (FILLERS: "ở đâu", "giá … bao nhiêu", "mua", "bán …
 *    không", "có", "nào", "loại", "ngon"…) are dropped when at least one other word remains, so
 *    they neither empty the results (the index wants every word) nor swamp them.
 * The remaining words are what ranking.ts orders the results by.
 */
import { fold } from "../values/fold.ts";

const TONE_MARKS = ["", "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"] as const;
type Tone = 0 | 1 | 2 | 3 | 4 | 5; // none, sắc, huyền, hỏi, ngã, nặng

const ONSETS = new Set("b c ch d đ g gh gi h k kh l m n ng ngh nh p ph qu r s t th tr v x".split(" ").concat([""]));
const CODAS = new Set(["", "c", "ch", "m", "n", "ng", "nh", "p", "t"]);
/** Vowel groups that take no final consonant (they end in a glide, or are ia/ua/ưa). */
const OPEN_NUCLEI = new Set(
  "ai ao au ay âu ây eo êu ia iu oi ôi ơi ua ui ưa ưi ưu iêu yêu oai oay oeo uây uôi ươi ươu uya uyu".split(" "),
);
/** Vowel groups that need a final consonant. */
const CLOSED_NUCLEI = new Set("iê yê uô ươ uyê oă uâ".split(" "));
const NUCLEI = new Set([..."a ă â e ê i o ô ơ u ư y oa oe oo uê uy uơ".split(" "), ...OPEN_NUCLEI, ...CLOSED_NUCLEI]);
const VOWEL = /[aăâeêioôơuưy]/;

interface Syllable {
  onset: string;
  nucleus: string;
  coda: string;
}

/** "qu" and "gi" are onsets: "quả", "giá" (but "gì" has only the i). Moves that letter from the vowels to the onset. */
function splitOnset(onset: string, nucleus: string): [onset: string, nucleus: string] {
  if ((onset === "q" && nucleus.startsWith("u")) || (onset === "g" && nucleus.startsWith("i") && nucleus.length > 1))
    return [onset + nucleus[0], nucleus.slice(1)];
  return [onset, nucleus];
}

/** Splits an unmarked-tone syllable (letters a–z and ăâêôơưđ) into its parts; null if it is none. */
function parseSyllable(word: string): Syllable | null {
  const m = /^([^aăâeêioôơuưy]*)([aăâeêioôơuưy]+)([^aăâeêioôơuưy]*)$/.exec(word);
  if (!m) return null;
  const coda = m[3] ?? "";
  const [onset, nucleus] = splitOnset(m[1] ?? "", m[2] ?? "");
  if (!ONSETS.has(onset) || !NUCLEI.has(nucleus) || !CODAS.has(coda)) return null;
  if (coda !== "" && OPEN_NUCLEI.has(nucleus)) return null;
  if (coda === "" && CLOSED_NUCLEI.has(nucleus)) return null;
  return { onset, nucleus, coda };
}

/** Vowel groups as typed without marks: "uo" may be uô or ươ, "ie" iê. Made at the first need, not when the page's script loads. */
let bareNuclei: Set<string> | undefined;

/** True when `word` (lower case a–z, no marks) reads as one Vietnamese syllable typed without marks. */
export function isSyllable(word: string): boolean {
  const m = /^([^aeiouy]*)([aeiouy]+)([^aeiouy]*)$/.exec(word);
  if (!m) return false;
  const coda = m[3] ?? "";
  const [onset, nucleus] = splitOnset(m[1] ?? "", m[2] ?? "");
  bareNuclei ??= new Set([...NUCLEI].map((n) => fold(n)));
  return ONSETS.has(onset) && bareNuclei.has(nucleus) && CODAS.has(coda);
}

/**
 * A word typed without its spaces, split back into the syllables it joins: "lyson" → "ly son",
 * "mangden" → "mang den", "anhai" → "an hai". Each part must be a syllable typed without marks,
 * and each after the first must start with a consonant (joined syllables are read at their
 * consonants: "thanhoa" is "than hoa", not "thanh oa"); two or three parts. Undefined when the word is a syllable itself or
 * splits no such way ("cashew", "garlic"). The search page tries it only when the word as typed
 * found nothing.
 */
export function splitJoined(word: string, parts = 3): string | undefined {
  const w = word.toLowerCase();
  if (!/^[a-z]{4,}$/.test(w) || isSyllable(w)) return undefined;
  const startsWithConsonant = (part: string) => !/^[aeiouy]/.test(part);
  for (let i = Math.min(w.length - 2, 7); i >= 2; i--) {
    const head = w.slice(0, i);
    const tail = w.slice(i);
    if (!isSyllable(head) || !startsWithConsonant(tail)) continue;
    if (isSyllable(tail)) return `${head} ${tail}`;
    const rest = parts > 2 ? splitJoined(tail, parts - 1) : undefined;
    if (rest) return `${head} ${rest}`;
  }
  return undefined;
}

/** Every word of `query` that splitJoined splits, split; undefined when none does. */
export function splitJoinedQuery(query: string): string | undefined {
  let changed = false;
  const words = query.split(/\s+/).map((word) => {
    const split = splitJoined(word);
    if (split) changed = true;
    return split ?? word;
  });
  return changed ? words.join(" ") : undefined;
}

/** The vowel of the nucleus that carries the tone mark (index within the nucleus). */
function toneIndex({ nucleus, coda }: Syllable): number {
  const marked = [...nucleus].findLastIndex((c) => "ăâêôơư".includes(c));
  if (marked >= 0) return nucleus.startsWith("ươ") ? 1 : marked;
  if (nucleus.length === 1) return 0;
  if (coda !== "" || ["oa", "oe", "uy"].includes(nucleus)) return nucleus.length - 1;
  if (nucleus.length === 3) return 1;
  return 0;
}

function withTone(syl: Syllable, tone: Tone): string | null {
  // A stop (c, ch, p, t) takes only sắc or nặng.
  if (["c", "ch", "p", "t"].includes(syl.coda) && tone !== 0 && tone !== 1 && tone !== 5) return null;
  const i = toneIndex(syl);
  const n = [...syl.nucleus];
  n[i] = (n[i]! + TONE_MARKS[tone]).normalize("NFC");
  return syl.onset + n.join("") + syl.coda;
}

const TELEX_TONES: Record<string, Tone> = { s: 1, f: 2, r: 3, x: 4, j: 5 };

/** Applies Telex's letter keys (dd, aa, ee, oo, aw, ow, uw, w) to a token without its tone key. */
function telexLetters(word: string): string {
  let s = word.replace(/^dd/, "đ");
  // A "w" typed after the final consonant belongs to the vowels: "nuocw" = "nuowc".
  const late = /^([^aeiouy]*[aeiouy]+)([^aeiouyw]+)w$/.exec(s);
  if (late) s = `${late[1]}w${late[2]}`;
  s = s
    .replace(/uow|uwow|uwo/g, "ươ")
    .replace(/aa/g, "â")
    .replace(/ee/g, "ê")
    .replace(/oo/g, "ô")
    .replace(/aw/g, "ă")
    .replace(/ow/g, "ơ")
    .replace(/uw/g, "ư")
    .replace(/w/g, "ư");
  return s;
}

/**
 * A token typed in Telex with the input method off, in Vietnamese; null when it is not one.
 * The tone key counts when typed last ("toir"), or right after the vowels before the final
 * consonant ("huyfnh", "nuowsc"); there s and r, common in English ("best", "born"), count only
 * in a word that also has a letter key (w, aa, dd…). A tone key alone needs three letters
 * ("or", "if" stay English).
 */
export function fromTelex(token: string): string | null {
  if (!/^[a-z]+$/.test(token)) return null;
  const candidates: [string, Tone][] = [];
  const last = TELEX_TONES[token.at(-1)!];
  if (last !== undefined) candidates.push([token.slice(0, -1), last]);
  const inner = /^([^aeiouy]*[aeiouyw]+)([sfrxj])([^aeiouy]+)$/.exec(token);
  if (inner) candidates.push([inner[1]! + inner[3]!, TELEX_TONES[inner[2]!]!]);
  const innerKey = inner?.[2];
  candidates.push([token, 0]);
  for (const [rest, tone] of candidates) {
    const letters = telexLetters(rest);
    const keyed = letters !== rest;
    const lastKey = rest === token.slice(0, -1);
    if (!keyed && (tone === 0 || token.length < 3 || (!lastKey && (innerKey === "s" || innerKey === "r")))) continue;
    const syl = parseSyllable(letters);
    const out = syl && withTone(syl, tone);
    if (out) return out;
  }
  return null;
}

const VNI_TONES: Record<string, Tone> = { "1": 1, "2": 2, "3": 3, "4": 4, "5": 5 };
const VNI_LETTERS: Record<string, Record<string, string>> = {
  "6": { a: "â", e: "ê", o: "ô" },
  "7": { o: "ơ", u: "ư" },
  "8": { a: "ă" },
  "9": { d: "đ" },
};

/** A token typed in VNI with the input method off ("to3i", "nu7o71c", "d9u7o7ng2"); null when it is not one. */
export function fromVni(token: string): string | null {
  if (!/^[a-z][a-z0-9]*$/.test(token) || !/[a-z][0-9]/.test(token) || token.replace(/[0-9]/g, "").length < 2) return null;
  let tone: Tone = 0;
  const letters: string[] = [];
  for (const c of token) {
    if (c in VNI_TONES) {
      if (tone !== 0 || !letters.some((l) => VOWEL.test(l))) return null;
      tone = VNI_TONES[c]!;
    } else if (c in VNI_LETTERS) {
      const map = VNI_LETTERS[c]!;
      // The key marks the nearest letter before it that it can mark ("uo7" marks both: "ươ").
      const at = letters.findLastIndex((l) => l in map);
      if (at < 0) return null;
      letters[at] = map[letters[at]!]!;
      if (c === "7" && letters[at] === "ơ" && letters[at - 1] === "u") letters[at - 1] = "ư";
    } else if (/[0-9]/.test(c)) return null;
    else letters.push(c);
  }
  const syl = parseSyllable(letters.join(""));
  return syl && withTone(syl, tone);
}

/**
 * English words that read as Telex ("nuts" → "nút", "bus" → "bú"): left as typed. The unit
 * tests check every word of the English content against the converter, so a new one shows up.
 */
export const ENGLISH_LOOKALIKES = new Set(
  (
    "air as bags bar bars bee been beef boats bow box bus buys cans car cow cups days deer does door dots far fox " +
    "gas has hats her how is its jars keep keeps looms low mats max mix moon nets noon nor now nuts own owns pair " +
    "pans per pots raw rooms roots row runs says see seen sets six soon tar tax this tons too tour town towns us vats war was"
  ).split(" "),
);

/** The words of the catalogue's names (products, places and their former names, producers…), folded. */
export function knownWords(names: string[]): Set<string> {
  return new Set(names.flatMap((n) => fold(n).split(/[^\p{L}\p{N}]+/u)).filter(Boolean));
}

/** What readToken asks of the known words: only whether one is known (a Set, or a lazy lookup). */
export type KnownWords = Pick<ReadonlySet<string>, "has">;

/**
 * The known words of `names`, folded only when a token first needs them: most queries are
 * syllables or marked words and never do, and a slow phone's page start is spared the work.
 */
export function lazyKnownWords(names: string[]): KnownWords {
  let known: Set<string> | undefined;
  return { has: (word) => (known ??= knownWords(names)).has(word) };
}

/**
 * One typed token in Vietnamese: converted when it is a Telex or VNI leftover, else as typed.
 * `known`: words of the catalogue's own names (knownWords), never converted ("Mar" of Đăk Mar).
 */
export function readToken(token: string, known: KnownWords = new Set()): string {
  const lower = token.toLowerCase();
  if (!/^[a-z0-9]+$/.test(lower) || isSyllable(lower) || ENGLISH_LOOKALIKES.has(lower) || known.has(lower)) return token;
  return fromVni(lower) ?? fromTelex(lower) ?? token;
}

/**
 * Words and phrases with no product meaning, matched on the folded text. Chosen from how
 * shoppers ask (where to buy, how much, is it sold, which kind is good) and from the catalogue's
 * names: a word that can also be part of a product name when written without marks ("dau" =
 * dầu, oil; "gia" = gia vị, spice; "co" = cô đơn; "ban" = bạn) is only dropped inside its
 * question frame ("o dau", "gia … bao nhieu", "ban/co … khong") or when typed with its marks.
 */
const FILLER_PHRASES = [
  "o dau",
  "tai dau",
  "cho nao",
  "bao nhieu",
  "the nao",
  "nhu the nao",
  "loai nao",
  "ngon nhat",
  "tot nhat",
  "dia chi",
  "gia re",
];
/**
 * Filler words, as typed (lower case): with their marks, and bare where the bare spelling is no
 * product word ("mua" stays a filler, but "mùa" is a season; "tìm" is, "tím" of "hành tím" not).
 */
const FILLER_WORDS = new Set(
  (
    "mua khong không nào nao loại loai ngon nhất nhat muốn muon được duoc ạ ơi shop " +
    "ở đâu giá bán có tôi mình cho và với của là thì tìm cần hỏi"
  ).split(" "),
);
/** Bare spellings dropped only when a word of their question frame is in the query too. */
const FRAMED: Record<string, string[]> = { gia: ["bao"], ban: ["khong", "dau"], co: ["khong"] };

export interface ReadQuery {
  /** What Pagefind is asked: the product words, Telex/VNI leftovers rewritten. */
  term: string;
  /** The product words, folded, for ranking.ts. */
  words: string[];
}

/** Reads a query as typed into the product words to search for. */
export function readQuery(query: string, locale: "vi" | "en" = "vi", known: KnownWords = new Set()): ReadQuery {
  const raw = query.normalize("NFC").split(/\s+/).filter(Boolean);
  const tokens = locale === "vi" ? raw.map((t) => readToken(t, known)) : raw;
  const folded = tokens.map(fold);
  const drop = new Set<number>();
  if (locale === "vi") {
    for (const phrase of FILLER_PHRASES) {
      const parts = phrase.split(" ");
      for (let i = 0; i + parts.length <= folded.length; i++)
        if (parts.every((p, j) => folded[i + j] === p)) parts.forEach((_, j) => drop.add(i + j));
    }
    tokens.forEach((t, i) => {
      const lower = t.toLowerCase();
      const frame = FRAMED[lower];
      if (FILLER_WORDS.has(lower)) drop.add(i);
      else if (frame?.some((w) => folded.includes(w))) drop.add(i);
    });
  }
  let kept = tokens.filter((_, i) => !drop.has(i));
  if (kept.length === 0) kept = tokens;
  return { term: kept.join(" "), words: kept.map(fold) };
}

/**
 * A vowel pair at a word's end whose tone Vietnamese writes in two places, both in use ("hòa" and
 * "hoà", "thủy" and "thuỷ"): such a word may be spelled either way in the catalogue.
 */
const TWO_WAY_TONE = /(?:o[àáảãạ]|[òóỏõọ]a|o[èéẻẽẹ]|[òóỏõọ]e|u[ỳýỷỹỵ]|[ùúủũụ]y)$/;

/**
 * True when the query's marks tell words apart and the index should match them as typed: a word
 * carries a tone or vowel mark, or đ ("cá" is fish, not the "cà" of cà phê; "bò" is beef, not
 * "bột" or "Bờ Y"), and no word's tone could be written in another place (TWO_WAY_TONE). Words
 * typed bare still match every marked spelling. Words of `term` are as readQuery gives them.
 */
export function marksMatter(term: string): boolean {
  const words = term.normalize("NFC").toLowerCase().split(/\s+/).filter(Boolean);
  return words.some((w) => w !== fold(w)) && !words.some((w) => TWO_WAY_TONE.test(w));
}
