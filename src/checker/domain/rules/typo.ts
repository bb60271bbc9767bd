import type { RawFinding } from '../types';
import { finding, type Rule } from './rule-kit';

interface Typo {
  wrong: string;
  right: string;
  /** Extra condition on the surrounding text (before, after) for words that are right elsewhere. */
  when?: (before: string, after: string) => boolean;
}

/** Misspellings of the words TĐKT reports use every day; a table, so new ones are one line each. */
const TYPOS: Typo[] = [
  { wrong: 'thi đấu', right: 'thi đua', when: (b, a) => /^\s*[,-]?\s*khen thưởng/iu.test(a) || /(?:phong trào|luật|ban|hội đồng|cả nước|công tác|giao ước|cụm|khối)\s*$/iu.test(b) },
  { wrong: 'mật trận', right: 'mặt trận' },
  { wrong: 'sản suất', right: 'sản xuất' },
  { wrong: 'xuất học bổng', right: 'suất học bổng' },
  { wrong: 'xuất quà', right: 'suất quà' },
  { wrong: 'xuất cơm', right: 'suất cơm' },
  { wrong: 'mỗi xuất', right: 'mỗi suất' },
  { wrong: 'chia sẽ', right: 'chia sẻ' },
  { wrong: 'sửa chửa', right: 'sửa chữa' },
  { wrong: 'hổ trợ', right: 'hỗ trợ' },
  { wrong: 'giúp đở', right: 'giúp đỡ' },
  { wrong: 'quyễn', right: 'quyển' },
  { wrong: 'kinh nghiệp', right: 'kinh nghiệm' },
  { wrong: 'nơi nhậm', right: 'nơi nhận' },
  { wrong: 'noi nhậm', right: 'nơi nhận' },
  { wrong: 'phát luật', right: 'pháp luật' },
  { wrong: 'năm bắt', right: 'nắm bắt' },
  { wrong: 'nồng lực', right: 'năng lực' },
  { wrong: 'gán với', right: 'gắn với' },
  { wrong: 'sáp xếp', right: 'sắp xếp' },
  { wrong: 'lòng ghép', right: 'lồng ghép' },
  { wrong: 'thiểu hụt', right: 'thiếu hụt' },
  { wrong: 'đổi với', right: 'đối với', when: (b) => !/(?:trao|thay|hoán|chuyển)\s*$/iu.test(b) },
  { wrong: 'khen thưỡng', right: 'khen thưởng' },
  { wrong: 'khen thương', right: 'khen thưởng' },
  { wrong: 'tiên tiếng', right: 'tiên tiến' },
  { wrong: 'giãm nghèo', right: 'giảm nghèo' },
  { wrong: 'an xinh', right: 'an sinh' },
  { wrong: 'bảo hiễm', right: 'bảo hiểm' },
  { wrong: 'kế hoặch', right: 'kế hoạch' },
  { wrong: 'triễn khai', right: 'triển khai' },
  { wrong: 'sử lý', right: 'xử lý' },
  { wrong: 'suất sắc', right: 'xuất sắc' },
  { wrong: 'dang hiệu', right: 'danh hiệu' },
  { wrong: 'bồi dưởng', right: 'bồi dưỡng' },
  { wrong: 'tiêu biễu', right: 'tiêu biểu' },
  { wrong: 'điễn hình', right: 'điển hình' },
  { wrong: 'huân trương', right: 'huân chương' },
  { wrong: 'chiến sỉ', right: 'chiến sĩ' },
  { wrong: 'thấp sáng', right: 'thắp sáng' },
  { wrong: 'nuôi trông', right: 'nuôi trồng' },
  { wrong: 'cân nghèo', right: 'cận nghèo' },
  { wrong: 'hôi viên', right: 'hội viên' },
  { wrong: 'bống đèn', right: 'bóng đèn' },
  { wrong: 'quyết đinh', right: 'quyết định' },
  { wrong: 'nghị quyêt', right: 'nghị quyết' },
  { wrong: 'thàng phố', right: 'thành phố' },
  { wrong: 'thực hiên', right: 'thực hiện' },
  { wrong: 'tuyên chuyền', right: 'tuyên truyền' },
  { wrong: 'chánh nhiệm', right: 'trách nhiệm' },
  { wrong: 'trách nhiệp', right: 'trách nhiệm' },
  { wrong: 'ngan', right: 'ngang', when: (_b, a) => /^\s*\d/.test(a) },
  { wrong: 'để nghị', right: 'đề nghị', when: (_b, a) => !/^\s*(?:quyết|định)/iu.test(a) },
  { wrong: 'đế phát triển', right: 'để phát triển' },
  { wrong: 'lê', right: 'lễ', when: (_b, a) => /^\s+(?:khởi công|kỷ niệm|phát động|tuyên dương|trao|ra mắt|khánh thành|tổng kết|mít tinh)/iu.test(a) },
  { wrong: 'nông mới', right: 'nông thôn mới', when: (b) => /xây dựng\s*$/iu.test(b) },
];

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{M}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{M}])';
const COMPILED = TYPOS.map((t) => {
  const body = t.wrong.replace(/ /g, '\\s+') + BOUNDARY_AFTER;
  return { ...t, re: new RegExp(BOUNDARY_BEFORE + body, 'giu'), sticky: new RegExp(body, 'iuy') };
});

function keepCase(original: string, replacement: string): string {
  if (original === original.toUpperCase() && original !== original.toLowerCase()) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return replacement[0]!.toUpperCase() + replacement.slice(1);
  return replacement;
}

const misspelledTerms: Rule = (doc) => {
  const out: RawFinding[] = [];
  const lower = doc.text.toLowerCase();
  const sameLength = lower.length === doc.text.length;
  for (const t of COMPILED) {
    // A plain search for the first word is much cheaper than a Unicode regex over the whole report.
    const first = t.wrong.split(' ')[0]!;
    const hits: RegExpExecArray[] = [];
    if (sameLength) {
      for (let at = lower.indexOf(first); at >= 0; at = lower.indexOf(first, at + 1)) {
        t.sticky.lastIndex = at;
        const m = t.sticky.exec(doc.text);
        if (m && !/[\p{L}\p{M}]/u.test(doc.text[at - 1] ?? '')) hits.push(m);
      }
    } else hits.push(...doc.text.matchAll(t.re));
    for (const m of hits) {
      const before = doc.text.slice(Math.max(0, m.index - 30), m.index);
      const after = doc.text.slice(m.index + m[0].length, m.index + m[0].length + 30);
      if (t.when && !t.when(before, after)) continue;
      const right = keepCase(m[0], t.right);
      out.push(finding({ start: m.index, end: m.index + m[0].length }, 'TYPO', 'low', `Có lẽ viết sai: "${m[0].replace(/\s+/g, ' ')}" → "${right}".`, right));
    }
  }
  return out;
};

/** "đã đã", "của của": a function word typed twice. */
const repeatedWord: Rule = (doc) => {
  const out: RawFinding[] = [];
  const re = /(?<![\p{L}\p{M}])(đã|của|và|các|được|là|trong|cho|với|những|này|thì|để|theo|tại|về|một|có|đến|từ)\s+\1(?![\p{L}\p{M}])/giu;
  for (const m of doc.text.matchAll(re)) {
    out.push(finding({ start: m.index, end: m.index + m[0].length }, 'TYPO', 'low', `Lặp từ "${m[1]}".`, m[1]!));
  }
  return out;
};

export const TYPO_RULES: Rule[] = [misspelledTerms, repeatedWord];
