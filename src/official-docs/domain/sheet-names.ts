/**
 * Excel refuses sheet names longer than 31 characters, containing []:*?/\ , starting or ending with
 * an apostrophe, equal (case-insensitively) to another sheet's name, or the reserved "History".
 */
const MAX = 31;

export function uniqueSheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw, i) => {
    const base = raw.replace(/[[\]:*?/\\]/g, ' ').replace(/\s+/g, ' ').trim().replace(/^'+|'+$/g, '').trim() || `Bảng ${i + 1}`;
    let name = [...base].slice(0, MAX).join('').trim();
    for (let n = 2; used.has(name.toLocaleLowerCase('vi')) || name.toLowerCase() === 'history'; n++) {
      const suffix = ` (${n})`;
      name = [...base].slice(0, MAX - suffix.length).join('').trim() + suffix;
    }
    used.add(name.toLocaleLowerCase('vi'));
    return name;
  });
}
