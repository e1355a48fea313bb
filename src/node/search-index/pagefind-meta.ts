/**
 * Reads what the search page needs from a Pagefind metadata file (pagefind.<lang>_<hash>.pf_meta):
 * the word range of each index chunk, so the page can fetch the chunks a query needs before
 * Pagefind has started. The file is gzip, a "pagefind_dcd" signature, then CBOR; only the shape
 * of a chunk entry is relied on (an array of three strings: first word, last word, chunk name),
 * not where Pagefind places the list. Node only.
 */
import { gunzipSync } from "node:zlib";
import type { ChunkRange } from "../../lib/search/index-chunks.ts";

const SIGNATURE = "pagefind_dcd";

type Cbor = number | string | Uint8Array | Cbor[] | Map<Cbor, Cbor> | boolean | null | undefined;

/** A CBOR decoder for what Pagefind writes (definite lengths). */
function decode(bytes: Uint8Array): Cbor {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 0;
  const length = (info: number): number => {
    if (info < 24) return info;
    if (info === 24) return bytes[at++]!;
    if (info === 25) return view.getUint16((at += 2) - 2);
    if (info === 26) return view.getUint32((at += 4) - 4);
    if (info === 27) return Number(view.getBigUint64((at += 8) - 8));
    throw new Error(`CBOR: indefinite or reserved length (${info}) at byte ${at}`);
  };
  const item = (): Cbor => {
    const head = bytes[at++]!;
    const major = head >> 5;
    const info = head & 31;
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2: {
        const n = length(info);
        return bytes.subarray(at, (at += n));
      }
      case 3: {
        const n = length(info);
        return new TextDecoder().decode(bytes.subarray(at, (at += n)));
      }
      case 4:
        return Array.from({ length: length(info) }, item);
      case 5: {
        const map = new Map<Cbor, Cbor>();
        for (let n = length(info); n > 0; n--) map.set(item(), item());
        return map;
      }
      case 6:
        length(info);
        return item();
      default:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        if (info === 23) return undefined;
        // Half floats are skipped: nothing read here is one.
        if (info === 25) return void (at += 2);
        if (info === 26) return view.getFloat32((at += 4) - 4);
        if (info === 27) return view.getFloat64((at += 8) - 8);
        throw new Error(`CBOR: unsupported simple value ${info} at byte ${at}`);
    }
  };
  return item();
}

/**
 * The index chunks of one language's metadata file, in Pagefind's order: [first word, last word,
 * chunk name]. `chunkNames`: the chunk files that exist (without .pf_index), so only real
 * chunk entries are taken.
 */
export function indexChunkRanges(metaFile: Uint8Array, chunkNames: ReadonlySet<string>): ChunkRange[] {
  let raw = Uint8Array.from(metaFile);
  if (new TextDecoder().decode(raw.subarray(0, SIGNATURE.length)) !== SIGNATURE) raw = Uint8Array.from(gunzipSync(raw));
  if (new TextDecoder().decode(raw.subarray(0, SIGNATURE.length)) !== SIGNATURE)
    throw new Error("Pagefind metadata file lacks its signature: is it a .pf_meta file of Pagefind 1.x?");
  const ranges: ChunkRange[] = [];
  const walk = (node: Cbor): void => {
    if (!Array.isArray(node)) return;
    if (node.length === 3 && node.every((x) => typeof x === "string") && chunkNames.has(node[2] as string)) {
      ranges.push(node as ChunkRange);
      return;
    }
    for (const child of node) walk(child);
  };
  walk(decode(raw.subarray(SIGNATURE.length)));
  return ranges;
}
