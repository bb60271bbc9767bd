/**
 * Folds Vietnamese text to a search key: NFC-normalised, lower case, diacritics removed, đ→d.
 * Mirrors the database's f_search_key() so that client-side filtering and SQL search agree.
 */
export function searchKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Seeds and pasted Word text contain decomposed (NFD) Vietnamese; everything is stored NFC. */
export function cleanText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/** Escapes LIKE wildcards so user input is matched literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
