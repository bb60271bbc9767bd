/** Vietnamese number writing: "." groups thousands, "," separates decimals ("1.234.567,5"). */

export function formatViNumber(value: number, maxDecimals = 2): string {
  if (!Number.isFinite(value)) return String(value);
  const negative = value < 0;
  const fixed = Math.abs(value).toFixed(maxDecimals);
  let [int = '0', frac = ''] = fixed.split('.');
  frac = frac.replace(/0+$/, '');
  int = int.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${int}${frac ? `,${frac}` : ''}`;
}

/** "1.234.567,5" → 1234567.5; null when the text is not a well-formed Vietnamese number. */
export function parseViNumber(text: string): number | null {
  const t = text.trim();
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(t) || /^\d+(?:,\d+)?$/.test(t)) {
    return Number(t.replace(/\./g, '').replace(',', '.'));
  }
  return null;
}

/** Digits shown after the decimal comma ("51,26" → 2). */
export function shownDecimals(text: string): number {
  const i = text.indexOf(',');
  return i < 0 ? 0 : text.length - i - 1;
}

const MAGNITUDE_NAMES: [number, string][] = [
  [1e9, 'tỷ'],
  [1e6, 'triệu'],
];

/** A money amount the way reports write it: "1,45 tỷ đồng", "510 triệu đồng", "200.000 đồng". */
export function formatMoney(value: number): string {
  for (const [m, name] of MAGNITUDE_NAMES) {
    if (Math.abs(value) >= m) return `${formatViNumber(value / m, 3)} ${name} đồng`;
  }
  return `${formatViNumber(value, 0)} đồng`;
}

/** A percentage with as many decimals as the report showed, at least two when it is not whole. */
export function formatPercent(value: number, decimals = 2): string {
  return `${formatViNumber(value, decimals)}%`;
}

export function floorTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.floor(value * f + 1e-9) / f;
}

export function roundTo(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f + 1e-9) / f;
}

/**
 * Whether a stated figure agrees with the exact one once rounding or truncation of its last shown
 * digit is allowed: 51,26 may be written 51,2 or 51,3 or 51, not 52.
 */
export function agreesWhenShown(stated: number, exactLow: number, exactHigh: number, decimals: number): boolean {
  const eps = 10 ** -(decimals + 6);
  const lo = Math.min(floorTo(exactLow, decimals), roundTo(exactLow, decimals));
  const hi = Math.max(roundTo(exactHigh, decimals), floorTo(exactHigh, decimals));
  return stated >= lo - eps && stated <= hi + eps;
}
