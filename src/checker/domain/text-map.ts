/**
 * Rules work on NFC text; findings must point into the text exactly as received. This keeps the
 * correspondence: NFD clusters shrink when composed, so every normalised index remembers where its
 * cluster started in the original.
 */
export interface NormalizedText {
  text: string;
  /** For each UTF-16 index of `text` (and one past the end), the UTF-16 index in the original. Null = identity. */
  toOriginal: Int32Array | null;
}

const CLUSTER = /\P{M}\p{M}*|\p{M}+/gsu;
const HAS_MARK = /\p{M}/u;

/** Same-length replacements that only make patterns simpler (no-break and odd spaces become spaces). */
function simplify(s: string): string {
  return s.replace(/[\u00a0\u2007\u202f]/g, ' ');
}

export function normalizeWithMap(original: string): NormalizedText {
  if (!HAS_MARK.test(original)) return { text: simplify(original), toOriginal: null };
  const parts: string[] = [];
  const map: number[] = [];
  for (const m of original.matchAll(CLUSTER)) {
    const n = m[0].length === 1 ? m[0] : m[0].normalize('NFC');
    parts.push(n);
    for (let k = 0; k < n.length; k++) map.push(m.index);
  }
  map.push(original.length);
  return { text: simplify(parts.join('')), toOriginal: Int32Array.from(map) };
}

/** Maps UTF-16 indices of a string to code-point indices (what the API promises). */
export function codePointIndexer(s: string): (utf16: number) => number {
  if (!/[\uD800-\uDFFF]/.test(s)) return (i) => i;
  const prefix = new Int32Array(s.length + 1);
  let cp = 0;
  for (let i = 0; i < s.length; i++) {
    prefix[i] = cp;
    const c = s.charCodeAt(i);
    // The low half of a pair belongs to the same code point as its high half.
    if (!(c >= 0xdc00 && c <= 0xdfff && i > 0 && s.charCodeAt(i - 1) >= 0xd800 && s.charCodeAt(i - 1) <= 0xdbff)) cp++;
    else prefix[i] = cp - 1;
  }
  prefix[s.length] = cp;
  return (i) => prefix[Math.max(0, Math.min(s.length, i))]!;
}

/** Code-point offsets → UTF-16 indices (for clients that slice JS strings). */
export function utf16Indexer(s: string): (codePoint: number) => number {
  if (!/[\uD800-\uDFFF]/.test(s)) return (i) => i;
  const starts: number[] = [];
  for (let i = 0; i < s.length; i++) {
    starts.push(i);
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) i++;
  }
  starts.push(s.length);
  return (cp) => starts[Math.max(0, Math.min(starts.length - 1, cp))]!;
}
