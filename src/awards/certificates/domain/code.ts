/**
 * Verification codes: 16 random bytes (128 bits) written in RFC 4648 base32 without padding, 26
 * characters that survive being read aloud or typed from paper (no 0/1/8/9 to confuse with O/I/B/g).
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
export const CODE_BYTES = 16;
export const CODE_LENGTH = 26;
const FORMAT = /^[A-Z2-7]{26}$/;

export function codeFromBytes(bytes: Uint8Array): string {
  if (bytes.length !== CODE_BYTES) throw new Error(`a code needs ${CODE_BYTES} bytes`);
  let bits = 0;
  let value = 0;
  let out = '';
  for (const b of bytes) {
    value = (value << 8) | b;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  if (bits > 0) out += ALPHABET[(value << (5 - bits)) & 31];
  return out;
}

/** A code as typed or scanned: case, spaces and dashes do not matter; null when it cannot be one. */
export function normalizeCode(raw: string): string | null {
  const c = raw.replace(/[\s-]/g, '').toUpperCase();
  return FORMAT.test(c) ? c : null;
}

/** "ABCD EFGH …" for people to read on paper. */
export function groupedCode(code: string): string {
  return code.replace(/(.{4})(?=.)/g, '$1 ');
}
