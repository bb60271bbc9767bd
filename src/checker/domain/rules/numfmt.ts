import type { RawFinding } from '../types';
import { formatViNumber } from '../vi-number';
import { finding, head, quantitiesIn, shown, type Rule } from './rule-kit';

/** Spelling problems found while reading each number (grouping, glued words, mixed magnitudes). */
const spelledWrong: Rule = (doc) => {
  // Four-digit figures without a dot are only a slip when the report groups them elsewhere.
  const groupsFourDigits = doc.quantities.some((q) => /^\d\.\d{3}(?:,\d+)?$/.test(q.raw));
  const out: RawFinding[] = [];
  for (const q of doc.quantities) {
    for (const i of q.issues) {
      if (i.kind === 'ungrouped4' && !groupsFourDigits) continue;
      out.push(finding(i, 'NUMFMT', i.severity, i.message, i.suggestion));
    }
  }
  return out;
};

/** Stray spaces inside a number: "1.500. 000 đồng", "24, 43 tỷ", "1 234 567". */
const straySpaces: Rule = (doc) => {
  const out: RawFinding[] = [];
  const patterns = [
    /(?<![\d.,])\d{1,3}(?:\.\d{3})+(?:\.\s+|\s+\.\s*)\d{3}(?:\.\d{3})*(?![\d])/gu,
    /(?<![\d.,])\d{1,3}(?:\.\s+|\s+\.\s*)\d{3}(?:\.\d{3})+(?![\d])/gu,
    /(?<![\d.,])\d{1,3}\s*,\s+\d{1,3}(?=\s*(?:tỷ|triệu|nghìn|%))/gu,
    /(?<![\d.,])\d{1,3}(?: \d{3}){2,}(?![\d])/gu,
  ];
  for (const re of patterns) {
    for (const m of doc.text.matchAll(re)) {
      const compact = m[0].replace(/\s+/g, '');
      const fixed = /,/.test(compact) ? compact : compact.includes('.') ? compact : compact.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
      out.push(finding({ start: m.index, end: m.index + m[0].length }, 'NUMFMT', 'medium', `Số "${m[0]}" có dấu cách thừa bên trong.`, fixed));
    }
  }
  return out;
};

/** Plausible worth of one of a thing, in đồng: a total far outside means a digit group was lost or added. */
const WORTH: [RegExp, number, number][] = [
  [/^(?:căn|ngôi nhà|nhà)/u, 2e7, 3e9],
  [/^(?:suất học bổng|học bổng)/u, 1e5, 1e8],
  [/^(?:phần quà|suất quà|phần|suất)/u, 3e4, 3e7],
  [/^(?:con bò|con trâu|con heo|con lợn|con dê)/u, 1e6, 2e8],
  [/^(?:cây cầu|cầu)/u, 1e7, 5e11],
];

const implausibleMagnitude: Rule = (doc) => {
  const out: RawFinding[] = [];
  for (const s of doc.sentences) {
    if (doc.expired()) break;
    const qs = quantitiesIn(doc, s);
    qs.forEach((total, k) => {
      if (total.kind === 'money' && total.unit === 'đồng' && !total.magnitudeWord && total.value > 0 && total.value < 1000 && !total.per) {
        out.push(finding(total, 'NUMFMT', 'medium', `Số tiền ${shown(doc, total)} nhỏ bất thường; có thể thiếu hàng nghìn hoặc thiếu "triệu"/"tỷ".`, null));
        return;
      }
      if (total.kind === 'percent' && total.value > 100 && /chiếm\s*(?:tỷ lệ|tỉ lệ)?\s*$/u.test(doc.text.slice(Math.max(s.start, total.start - 20), total.start))) {
        out.push(finding(total, 'NUMFMT', 'medium', `Tỷ lệ "chiếm ${shown(doc, total)}" vượt 100%: một phần không thể lớn hơn toàn bộ.`, null));
        return;
      }
      if (total.kind !== 'money' || total.each || total.per || total.unit !== 'đồng') return;
      if (!/(?:trị giá|tổng|kinh phí|chi phí|số tiền)[^\d]{0,20}$/iu.test(doc.text.slice(Math.max(s.start, total.start - 30), total.start))) return;
      let count = qs.slice(Math.max(0, k - 8), k).reverse().find((q) => q.kind === 'count' && q.noun);
      if (!count) return;
      if (count.ratioNum !== null) count = doc.quantities[count.ratioNum]!;
      if (qs.slice(Math.max(0, k - 8), k).some((q) => q.start > count!.start && q.kind === 'money' && !q.each)) return;
      const worth = WORTH.find(([re]) => re.test(count!.noun ?? ''));
      if (!worth || count.value <= 0) return;
      const per = total.value / count.value;
      if (per * 10 >= worth[1] && per <= worth[2] * 10) return;
      out.push(
        finding(
          total,
          'NUMFMT',
          'medium',
          `Độ lớn không hợp lý: ${shown(doc, total)} cho ${shown(doc, count)} là ${formatViNumber(per, 0)} đồng mỗi ${head(count.noun)}; có thể viết sai đơn vị (thiếu "triệu" hoặc thừa, thiếu nhóm chữ số).`,
          null,
        ),
      );
    });
  }
  return out;
};

export const NUMFMT_RULES: Rule[] = [spelledWrong, straySpaces, implausibleMagnitude];
