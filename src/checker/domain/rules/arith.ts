import type { Doc } from '../document';
import type { Quantity } from '../quantities';
import type { Span } from '../segments';
import { agreesWhenShown, formatViNumber, roundTo } from '../vi-number';
import type { RawFinding } from '../types';
import { finding, head, quantitiesIn, shown, trustworthy, type Rule } from './rule-kit';

const pct = (v: number, decimals: number) => `${formatViNumber(v, Math.max(decimals, 2))}%`;
const suggestPct = (v: number, decimals: number) => `${formatViNumber(roundTo(v, decimals), decimals)}%`;

/** "61/119 xã, đạt tỷ lệ 51,26%", "2.434.000.000 đ/1.400.000.000 đ, đạt 173,8%". */
const ratioPercent: Rule = (doc) => {
  const out: RawFinding[] = [];
  const qs = doc.quantities;
  qs.forEach((num) => {
    if (num.ratioDen === null || num.kind === 'percent' || doc.expired()) return;
    const den = qs[num.ratioDen]!;
    const p = qs[num.ratioDen + 1];
    if (!p || p.kind !== 'percent' || p.approx || !trustworthy(num) || !trustworthy(den) || den.value <= 0) return;
    const between = doc.text.slice(den.end, p.start);
    if (between.length > 70 || /[.;]\s|\d/.test(between) || !/^[\s,(:=-]*(?:[\p{L}\s,(]{0,50}?(?:đạt|tỷ lệ|tỉ lệ|chiếm|bằng|=)[\s:]*|\(\s*)?$/u.test(between)) return;
    const lo = ((num.value - num.slack) / (den.value + den.slack)) * 100;
    const hi = ((num.value + num.slack) / Math.max(1e-9, den.value - den.slack)) * 100;
    const exact = (num.value / den.value) * 100;
    if (agreesWhenShown(p.number, lo, hi, p.decimals)) return;
    out.push(
      finding(
        { start: num.start, end: p.end },
        'ARITH',
        'high',
        `Tỷ lệ không khớp với số liệu: ${shown(doc, num)}/${shown(doc, den)} = ${pct(exact, p.decimals)}, không phải ${shown(doc, p)}.`,
        suggestPct(exact, p.decimals),
      ),
    );
  });
  return out;
};

/** "Tổng số 1.520 hồ sơ, đã giải quyết 1.498 hồ sơ (đạt 98,55%)": a share of a total stated earlier. */
const shareOfTotal: Rule = (doc) => {
  const out: RawFinding[] = [];
  for (const s of doc.sentences) {
    if (doc.expired()) break;
    const qs = quantitiesIn(doc, s);
    qs.forEach((p, k) => {
      if (p.kind !== 'percent' || p.approx || k === 0) return;
      if (!/(?:đạt|chiếm|tỷ lệ|tỉ lệ|bằng|\()\s*$/u.test(doc.text.slice(Math.max(s.start, p.start - 12), p.start))) return;
      const part = qs[k - 1]!;
      if (part.kind === 'percent' || part.ratioNum !== null || part.ratioDen !== null || part.each || part.per || p.start - part.end > 40 || /[;.]/.test(doc.text.slice(part.end, p.start))) return;
      const whole = qs.slice(Math.max(0, k - 8), k - 1).reverse().find((q) => q.kind === part.kind && q.unit === part.unit && head(q.noun) === head(part.noun) && q.value > part.value && /(?:tổng số|tổng|trên tổng số|trong số)\s*$/iu.test(doc.text.slice(Math.max(s.start, q.start - 16), q.start)));
      if (!whole || !trustworthy(whole) || !trustworthy(part)) return;
      const exact = (part.value / whole.value) * 100;
      if (agreesWhenShown(p.number, exact, exact, p.decimals)) return;
      out.push(finding({ start: part.start, end: p.end }, 'ARITH', 'high', `Tỷ lệ không khớp với số liệu: ${shown(doc, part)} / ${shown(doc, whole)} = ${pct(exact, p.decimals)}, không phải ${shown(doc, p)}.`, suggestPct(exact, p.decimals)));
    });
  }
  return out;
};

/** "đạt 120% kế hoạch (kế hoạch là 30 căn)" with the achieved figure stated before. */
const planPercent: Rule = (doc) => {
  const out: RawFinding[] = [];
  for (const s of doc.sentences) {
    if (doc.expired()) break;
    const text = doc.text.slice(s.start, s.end);
    const plan = /(?:kế hoạch|KH)\s*(?:là|:|giao|đề ra)?\s*(\d[\d.,]*)/u.exec(text);
    if (!plan) continue;
    const qs = quantitiesIn(doc, s);
    const base = qs.find((q) => q.start === s.start + plan.index + plan[0].length - plan[1]!.length);
    if (!base || base.kind === 'percent' || base.value <= 0) continue;
    for (const p of qs) {
      if (p.kind !== 'percent' || p.approx) continue;
      const after = doc.text.slice(p.end, p.end + 25);
      if (!/^\s*(?:so với\s+)?(?:kế hoạch|KH)/u.test(after) || !/đạt\s*$/u.test(doc.text.slice(Math.max(s.start, p.start - 12), p.start))) continue;
      const actual = [...qs].reverse().find((q) => q.start < p.start && q.start > p.start - 400 && q !== base && q.kind === base.kind && q.ratioNum === null && (base.kind !== 'count' || head(q.noun) === head(base.noun)) && (base.unit === q.unit || base.kind === 'count'));
      if (!actual || !trustworthy(actual) || !trustworthy(base)) continue;
      const exact = (actual.value / base.value) * 100;
      const lo = ((actual.value - actual.slack) / (base.value + base.slack)) * 100;
      const hi = ((actual.value + actual.slack) / Math.max(1e-9, base.value - base.slack)) * 100;
      if (agreesWhenShown(p.number, lo, hi, p.decimals)) continue;
      out.push(finding({ start: p.start, end: p.end }, 'ARITH', 'high', `Tỷ lệ đạt kế hoạch không khớp: ${shown(doc, actual)} / ${shown(doc, base)} (kế hoạch) = ${pct(exact, p.decimals)}, không phải ${shown(doc, p)}.`, suggestPct(exact, p.decimals)));
    }
  }
  return out;
};

/** "đạt 5.200 tỷ đồng, tăng 4% so với cùng kỳ (cùng kỳ: 5.000 tỷ đồng)". */
const growthPercent: Rule = (doc) => {
  const out: RawFinding[] = [];
  for (const c of doc.clauses) {
    if (doc.expired()) break;
    const qs = quantitiesIn(doc, c);
    for (let k = 0; k < qs.length; k++) {
      const p = qs[k]!;
      if (p.kind !== 'percent' || p.approx) continue;
      const dir = /(tăng|giảm)\s*(?:thêm\s*)?$/u.exec(doc.text.slice(Math.max(c.start, p.start - 12), p.start));
      if (!dir) continue;
      const tail = doc.text.slice(p.end, c.end);
      if (!/^\s*so\s+(?:với\s+)?(?:cùng kỳ|năm trước|kỳ trước|năm \d{4}|\d+ tháng)/u.test(tail)) continue;
      const current = qs.slice(Math.max(0, k - 8), k).reverse().find((q) => q.kind !== 'percent' && !q.yearLike && !q.each && q.per === null);
      const base = qs.slice(k + 1, k + 9).find((q) => q.kind !== 'percent' && !q.yearLike && !q.each && q.per === null);
      if (!current || !base || current.kind !== base.kind || current.unit !== base.unit || (current.kind === 'count' && head(current.noun) !== head(base.noun) && base.noun !== null)) continue;
      // The base must be introduced as the earlier period's figure, not a new fact.
      if (!/(?:cùng kỳ|năm trước|kỳ trước|năm \d{4})[^\d;]{0,30}$/u.test(doc.text.slice(p.end, base.start))) continue;
      if (!trustworthy(current) || !trustworthy(base) || base.value <= 0) continue;
      const sign = dir[1] === 'tăng' ? 1 : -1;
      const exact = (sign * (current.value - base.value) / base.value) * 100;
      const lo = (sign * (current.value - sign * current.slack - (base.value + sign * base.slack)) / (base.value + sign * base.slack)) * 100;
      const hi = (sign * (current.value + sign * current.slack - (base.value - sign * base.slack)) / Math.max(1e-9, base.value - sign * base.slack)) * 100;
      if (agreesWhenShown(p.number, Math.min(lo, hi), Math.max(lo, hi), p.decimals)) continue;
      const word = dir[1];
      const [big, small] = sign > 0 ? [current, base] : [base, current];
      const message =
        exact < 0
          ? `Hướng thay đổi sai: ${shown(doc, current)} so với ${shown(doc, base)} là ${word === 'tăng' ? 'giảm' : 'tăng'} ${pct(Math.abs(exact), p.decimals)}, không phải ${word} ${shown(doc, p)}.`
          : `Tỷ lệ ${word} không khớp: (${shown(doc, big)} − ${shown(doc, small)}) / ${shown(doc, base)} = ${pct(exact, p.decimals)}, không phải ${shown(doc, p)}.`;
      out.push(finding({ start: p.start, end: p.end }, 'ARITH', 'high', message, exact < 0 ? null : suggestPct(exact, p.decimals)));
    }
  }
  return out;
};

const PARTIAL_LIST = /…|\.\.\.|v\.v|như\s*:|một số|tiêu biểu|chủ yếu|điển hình|nổi bật|ví dụ|khác\b/u;
const BREAKDOWN = /^[\p{L}\s,]{0,60}?(?:,\s*|\s)(?:trong đó(?:\s+có)?|bao gồm|gồm(?:\s+có)?|cụ thể|chia ra|cho|với)\s*(:?)\s*|^(?:\s+[\p{L}]+){0,4}\s*(\()\s*(?:trong đó(?:\s+có)?|gồm|bao gồm)?\s*:?\s*/u;

function compatible(total: Quantity, part: Quantity): boolean {
  if (part.kind === 'percent' || part.each || part.per !== null || part.yearLike || part.rangeWith !== null || part.ratioNum !== null) return false;
  if (total.kind === 'money') return part.kind === 'money' && part.unit === total.unit;
  if (total.kind === 'measure') return part.kind === 'measure' && part.unit === total.unit;
  return part.kind === 'count' && part.noun !== null;
}

function sumCheck(doc: Doc, total: Quantity, parts: Quantity[], span: Span, all: Quantity[] = parts): RawFinding | null {
  if (parts.length < 2 || !trustworthy(total) || parts.some((p) => !trustworthy(p))) return null;
  const sum = parts.reduce((a, p) => a + p.value, 0);
  const sumAll = all.reduce((a, p) => a + p.value, 0);
  const tol = total.slack + parts.reduce((a, p) => a + p.slack, 0) + 1e-6 * Math.max(1, total.value);
  if (Math.abs(sum - total.value) <= tol || Math.abs(sumAll - total.value) <= tol) return null;
  if (total.approx) return null;
  const show = (v: number) => (total.kind === 'money' && total.magnitude >= 1e6 ? `${formatViNumber(v / total.magnitude, 3)} ${total.magnitudeWord}` : formatViNumber(v, 3));
  return finding(
    span,
    'ARITH',
    'high',
    `Tổng không khớp với các phần: ${parts.map((p) => shown(doc, p)).join(' + ')} = ${show(sum)}${total.unit && total.kind !== 'count' ? ` ${total.unit}` : ''}, không phải ${shown(doc, total)}.`,
    show(sum) + (total.unit && total.kind !== 'count' ? ` ${total.unit}` : ''),
  );
}

/** A total followed by its parts: "116 cụm, khối (11 cụm và 105 khối)", "1,439 tỷ đồng, trong đó: …". */
const totalThenParts: Rule = (doc) => {
  const out: RawFinding[] = [];
  for (const s of doc.sentences) {
    if (doc.expired()) break;
    const qs = quantitiesIn(doc, s);
    for (const total of qs) {
      if (total.kind === 'percent' || total.each || total.per !== null || total.yearLike || total.ratioNum !== null || total.ratioDen !== null || total.rangeWith !== null) continue;
      const m = BREAKDOWN.exec(doc.text.slice(total.end, Math.min(s.end, total.end + 120)));
      if (!m || /\d/.test(m[0])) continue;
      const from = total.end + m[0].length;
      const paren = !!m[2];
      // Lists longer than this are not one breakdown; the bound also keeps the rule linear.
      let to = Math.min(s.end, from + 2000);
      if (paren) {
        const close = doc.text.indexOf(')', from);
        if (close < 0 || close > to) continue;
        to = close;
      } else if (!m[1]) {
        const stop = doc.text.slice(from, to).search(/[;(]/);
        if (stop >= 0) to = from + stop;
      }
      const segment = doc.text.slice(from, to);
      if (PARTIAL_LIST.test(segment) || /^\s*(?:có\s+)?(?:hơn|trên|khoảng)/u.test(segment)) continue;
      // "(tăng 42 đoàn … so với cùng kỳ)" compares, it does not split.
      if (paren && /so với|cùng kỳ|tăng|giảm/u.test(segment)) continue;
      const parts: Quantity[] = [];
      const all: Quantity[] = [];
      let nestedUntil = -1;
      for (const q of quantitiesIn(doc, { start: from, end: to })) {
        if (!compatible(total, q)) continue;
        all.push(q);
        if (q.start < nestedUntil) continue;
        parts.push(q);
        const nested = /^[^;]{0,60}?,?\s*(?:trong đó|gồm|bao gồm)(?![\p{L}])/u.exec(doc.text.slice(q.end, to));
        if (nested) {
          const semi = doc.text.indexOf(';', q.end);
          nestedUntil = semi > 0 && semi < to ? semi : to;
        }
      }
      // "21 người … gồm: 21 quan tài, 21 phần đồ" lists what each got, it does not split the total.
      // "215 cá nhân (… 01 tập thể và 06 cá nhân; …)": when some parts count the same thing, only they split the total.
      const sameThing = total.kind === 'count' ? parts.filter((p) => head(p.noun) === head(total.noun)) : [];
      const split = sameThing.length ? sameThing : parts;
      if (total.kind === 'count' && split.some((p) => p.value >= total.value)) continue;
      const f = sumCheck(doc, total, split, { start: total.start, end: total.end }, sameThing.length ? sameThing : all);
      if (f) out.push(f);
    }
  }
  return out;
};

/** Parts listed first, total last: "…, tiền mặt 20.000.000đ, tổng trị giá 2,053 tỷ." */
const partsThenTotal: Rule = (doc) => {
  const out: RawFinding[] = [];
  const qs = doc.quantities;
  const totals = new Map<Quantity, boolean>();
  const isTotal = (q: Quantity) => {
    let t = totals.get(q);
    if (t === undefined) totals.set(q, (t = /tổng[\p{L}\s]{0,40}$/iu.test(doc.text.slice(Math.max(0, q.start - 45), q.start))));
    return t;
  };
  for (const total of qs) {
    if (doc.expired()) break;
    if (total.kind !== 'money' && total.kind !== 'count') continue;
    const s = doc.sentenceOf(total.start);
    const lead = doc.text.slice(Math.max(s.start, total.start - 60), total.start);
    const kw = /(?:tổng cộng|tổng số|tổng giá trị|tổng trị giá|tổng kinh phí|tổng số tiền|tổng)(?:[\p{L}\s]{0,50}?)(?:là|được|:)?\s*$/iu.exec(lead);
    if (!kw || /[,;.:]/.test(kw[0].slice(5))) continue;
    const after = doc.text.slice(total.end, Math.min(s.end, total.end + 120));
    if (BREAKDOWN.test(after) && /^[^.;]{0,40}(?:trong đó|gồm|\()/u.test(after)) continue;
    const sentenceLead = doc.text.slice(Math.max(s.start, total.start - 1500), total.start);
    let scope: Span;
    const opensSentence = /^\W*tổng/iu.test(doc.text.slice(s.start, s.start + 12));
    // Only "Tổng cộng …" sums what came before; "Tổng chi ngân sách …" names a figure of its own.
    if (opensSentence && !/^\W*tổng cộng/iu.test(doc.text.slice(s.start, s.start + 16))) continue;
    if (opensSentence) {
      // "Tổng cộng … là X." sums the previous sentences of the same paragraph.
      const line = doc.lineOf(total.start);
      scope = { start: Math.max(line.contentStart, s.start - 1500), end: s.start };
    } else {
      const cut = Math.max(sentenceLead.lastIndexOf(':'), sentenceLead.lastIndexOf(';'));
      scope = { start: total.start - sentenceLead.length + cut + 1, end: total.start };
    }
    const candidates = quantitiesIn(doc, scope).filter((q) => compatible(total, q) && q !== total);
    const parts: Quantity[] = [];
    for (const q of candidates) {
      // Earlier totals and the parts they already summed do not count again.
      if (isTotal(q)) {
        parts.length = 0;
        continue;
      }
      if (total.kind === 'count' && head(q.noun) !== head(total.noun)) continue;
      parts.push(q);
    }
    if (parts.length < 2 || PARTIAL_LIST.test(doc.text.slice(scope.start, total.start))) continue;
    const f = sumCheck(doc, total, parts, { start: total.start, end: total.end });
    if (f) out.push(f);
  }
  return out;
};

/** "15/19 tiêu chí, còn 04 tiêu chí", "tổng số 50 con bò, … 26 con bò, còn lại 24 con bò". */
const remainder: Rule = (doc) => {
  const out: RawFinding[] = [];
  const qs = doc.quantities;
  qs.forEach((n, i) => {
    if (doc.expired() || n.kind !== 'count' || !/còn(?:\s+lại)?\s*(?:là|:)?\s*$/u.test(doc.text.slice(Math.max(0, n.start - 12), n.start))) return;
    const line = doc.lineOf(n.start);
    const before: Quantity[] = [];
    for (let k = i - 1; k >= 0 && qs[k]!.start >= Math.max(line.start, n.start - 800); k--) if (qs[k]!.kind === 'count') before.unshift(qs[k]!);
    const ratio = [...before].reverse().find((q) => q.ratioDen !== null && (head(qs[q.ratioDen]!.noun) === head(n.noun) || !n.noun));
    let whole: Quantity | undefined;
    let done: Quantity | undefined;
    if (ratio) {
      done = ratio;
      whole = qs[ratio.ratioDen!]!;
    } else {
      const same = before.filter((q) => n.noun && head(q.noun) === head(n.noun) && !q.each && q.ratioNum === null);
      if (same.length !== 2 || same[0]!.value <= same[1]!.value) return;
      [whole, done] = same as [Quantity, Quantity];
    }
    if (!whole || !done || !trustworthy(whole) || !trustworthy(done) || n.approx) return;
    const expected = whole.value - done.value;
    if (Math.abs(expected - n.value) < 1e-9) return;
    out.push(finding(n, 'ARITH', 'high', `Số còn lại không khớp: ${shown(doc, whole)} − ${shown(doc, done)} = ${formatViNumber(expected)}, không phải ${shown(doc, n)}.`, formatViNumber(expected)));
  });
  return out;
};

/** "356 suất học bổng, mỗi suất 500.000đ, trị giá 178.000.000đ". */
const unitPriceTimesCount: Rule = (doc) => {
  const out: RawFinding[] = [];
  const qs = doc.quantities;
  qs.forEach((price, i) => {
    if (doc.expired() || !price.each || price.kind !== 'money' || price.ratioNum !== null) return;
    if (price.rangeWith !== null && price.rangeWith < i) return;
    const s = doc.sentenceOf(price.start);
    const upper = price.rangeWith !== null ? qs[price.rangeWith]! : null;
    const prior: Quantity[] = [];
    for (let k = i - 1; k >= 0 && qs[k]!.start >= Math.max(s.start, price.start - 600); k--) prior.unshift(qs[k]!);
    let count = [...prior].reverse().find((q) => q.kind === 'count' && !q.yearLike && q.noun !== null);
    if (!count || prior.some((q) => q.start > count!.start && q.kind === 'money')) return;
    if (count.ratioNum !== null) count = qs[count.ratioNum]!;
    const from = (upper ? price.rangeWith! : i) + 1;
    const after = qs.slice(from, from + 12).filter((q) => q.start < s.end);
    const total = after.find((q) => q.kind === 'money' && !q.each && q.per === null && q.unit === price.unit);
    if (!total || !/(?:trị giá|tổng|kinh phí|chi phí|số tiền|thành tiền)[^\d]{0,25}$/iu.test(doc.text.slice(Math.max(s.start, total.start - 40), total.start))) return;
    if (after.some((q) => q.start < total.start && q.kind === 'count')) return;
    if (![count, price, total, ...(upper ? [upper] : [])].every(trustworthy) || total.approx === 'about' || count.approx) return;
    const n = count.value;
    const lo = n * (price.value - price.slack);
    const hi = n * ((upper ?? price).value + (upper ?? price).slack);
    const tol = total.slack + 1e-6 * total.value;
    const ok = price.approx === 'over' ? total.value + tol >= lo : price.approx === 'under' ? total.value - tol <= hi : total.value + tol >= lo && total.value - tol <= hi;
    if (ok || price.approx === 'about') return;
    const expected = n * price.value;
    const message = upper
      ? `Tổng không khớp với đơn giá: ${shown(doc, total)} / ${shown(doc, count)} = ${formatViNumber(total.value / n, 0)} đồng mỗi ${head(count.noun) ?? 'đơn vị'}, ngoài khoảng ${shown(doc, price)} – ${shown(doc, upper)}.`
      : `Tổng không khớp với đơn giá: ${shown(doc, count)} × ${shown(doc, price)} = ${formatViNumber(expected, 0)} đồng, không phải ${shown(doc, total)}.`;
    out.push(finding({ start: total.start, end: total.end }, 'ARITH', 'high', message, upper ? null : `${formatViNumber(expected, 0)} đồng`));
  });
  return out;
};

/** Counts that announce a list of names: "04 phường: Hiệp Lợi, Hiệp Thành, Lái Hiếu, Ngã Bảy". */
const namedListCount: Rule = (doc) => {
  const out: RawFinding[] = [];
  for (const q of doc.quantities) {
    if (doc.expired()) break;
    if (q.kind !== 'count' || !q.noun || q.value < 2 || q.value > 40 || q.decimals || q.ratioNum !== null || q.ratioDen !== null) continue;
    const s = doc.sentenceOf(q.start);
    const lead = /^\s*[\p{L}\s]{1,60}?(?:\s*(?:gồm|bao gồm|là)\s*:?|\s*:|\s*\()\s*/u.exec(doc.text.slice(q.end, Math.min(s.end, q.end + 80)));
    if (!lead || /\d/.test(lead[0])) continue;
    const paren = lead[0].trimEnd().endsWith('(');
    const from = q.end + lead[0].length;
    let to = Math.min(s.end, from + 400);
    const body = doc.text.slice(from, to);
    const stop = paren ? body.indexOf(')') : body.search(/[;(]|\s+và\s+\d|\n/u);
    if (paren && stop < 0) continue;
    if (stop >= 0) to = from + stop;
    const items = splitItems(doc.text.slice(from, to));
    if (!items || items.length < 2 || items.length === q.value) continue;
    if (PARTIAL_LIST.test(doc.text.slice(q.end, to)) || /\s(?:và|,)\s*$/.test(doc.text.slice(from, to))) continue;
    out.push(finding({ start: q.start, end: to }, 'ARITH', 'medium', `Số lượng không khớp với danh sách: nêu ${shown(doc, q)} nhưng liệt kê ${items.length} (${items.join('; ')}).`, `${String(items.length).padStart(q.raw.length, '0')}`));
  }
  return out;
};

/** Top-level items of a list of names, or null when it is not one (figures, long phrases). */
function splitItems(list: string): string[] | null {
  const items: string[] = [];
  let depth = 0;
  let quote = false;
  let cur = '';
  const push = () => {
    const t = cur.trim();
    if (t) items.push(t);
    cur = '';
  };
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (c === '“' || (c === '"' && !quote)) quote = true;
    else if (c === '”' || (c === '"' && quote)) quote = false;
    if (c === '(') depth++;
    if (c === ')') depth = Math.max(0, depth - 1);
    if (!quote && depth === 0 && (c === ',' || (c === ' ' && list.startsWith(' và ', i)))) {
      push();
      if (c === ' ') i += 3;
      continue;
    }
    cur += c;
  }
  push();
  // The sentence goes on after the last name ("… và Xà Phiên được công nhận"): keep the name only.
  const last = items.at(-1);
  if (last) {
    const name = /^["“(]?\p{Lu}[\p{L}\p{M}]*(?:\s+(?:\p{Lu}[\p{L}\p{M}]*|\d+))*/u.exec(last);
    if (name && name[0].length < last.length && /^\s+\p{Ll}/u.test(last.slice(name[0].length))) items[items.length - 1] = name[0];
  }
  const clean = items.filter((t) => t.length > 0);
  if (clean.some((t) => /^\d/.test(t) || t.split(/\s+/).length > 8 || /\d[\d.,]*\s*(?:đồng|đ|triệu|tỷ|%)/u.test(t))) return null;
  // Names start with a capital or a quotation mark; plain prose is not a list.
  if (clean.some((t) => !/^["“(]?\p{Lu}/u.test(t))) return null;
  return clean;
}

export const ARITH_RULES: Rule[] = [ratioPercent, shareOfTotal, planPercent, growthPercent, totalThenParts, partsThenTotal, remainder, unitPriceTimesCount, namedListCount];
