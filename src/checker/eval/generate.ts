import type { Category } from '../domain/types';
import { floorTo, formatViNumber, roundTo } from '../domain/vi-number';
import { makeRng, type Rng } from './rng';
import type { Label } from './score';

/**
 * Synthetic reports with injected slips of every category, and their labels. Pure and seeded:
 * the same seed gives the same corpus. Clean paragraphs carry the traps real reports hold
 * (rounded and truncated percentages, ranges, rates, plans for later years, nested totals).
 */
export interface SyntheticReport {
  id: string;
  text: string;
  outline: string;
  date: string;
  labels: Label[];
}

type Piece = string | [string, Category];

const PLACES = ['Hậu Giang', 'Sóc Trăng', 'Bạc Liêu', 'Trà Vinh', 'Vĩnh Long', 'An Giang', 'Kiên Giang', 'Bến Tre', 'Tiền Giang', 'Cà Mau', 'Đồng Tháp', 'Long An'];
const COMMUNES = ['Tân Phú', 'Hòa An', 'Long Mỹ', 'Phú Hữu', 'Đông Thạnh', 'Vĩnh Viễn', 'Thạnh Xuân', 'Tân Bình', 'An Lạc', 'Mỹ Khánh', 'Nhơn Nghĩa', 'Trường Long', 'Hiệp Lợi', 'Đại Thành', 'Lái Hiếu', 'Phương Bình', 'Vị Thủy', 'Xà Phiên'];
const RATIO_NOUNS = ['xã', 'trường', 'hộ', 'đơn vị', 'thôn, ấp'];
const TYPOS_IN_TABLE: [string, string][] = [
  ['sản xuất', 'sản suất'], ['hỗ trợ', 'hổ trợ'], ['chia sẻ', 'chia sẽ'], ['sửa chữa', 'sửa chửa'], ['Mặt trận', 'Mật trận'], ['kinh nghiệm', 'kinh nghiệp'],
  ['pháp luật', 'phát luật'], ['năng lực', 'nồng lực'], ['gắn với', 'gán với'], ['sắp xếp', 'sáp xếp'], ['lồng ghép', 'lòng ghép'], ['triển khai', 'triễn khai'], ['bồi dưỡng', 'bồi dưởng'],
];
const TYPOS_OUTSIDE: [string, string][] = [['trách nhiệm', 'trách nhiện'], ['tổ chức', 'tổ chưc'], ['phấn đấu', 'phấn đâu']];

const vi = (n: number, dec = 0) => formatViNumber(n, dec);
const pad2 = (n: number) => String(n).padStart(2, '0');

class Writer {
  text = '';
  labels: Label[] = [];
  line(pieces: Piece[] = []): void {
    for (const p of pieces) {
      if (typeof p === 'string') this.text += p;
      else {
        this.labels.push({ start: this.text.length, end: this.text.length + p[0].length, category: p[1], quote: p[0] });
        this.text += p[0];
      }
    }
    this.text += '\n';
  }
}

interface Ctx {
  rng: Rng;
  year: number;
  month: number;
  day: number;
  place: string;
  communes: string[];
  /** Long sentences already written, for repeats. */
  written: string[];
  docNo: number;
  /** Template cases already used in this report, so that no wording repeats by accident. */
  used: Set<string>;
}

/** A case of a template not used yet in this report. */
function freshCase(c: Ctx, family: string, count: number): number {
  const free = Array.from({ length: count }, (_, k) => k).filter((k) => !c.used.has(`${family}:${k}`));
  const k = free.length ? c.rng.pick(free) : c.rng.int(0, count - 1);
  c.used.add(`${family}:${k}`);
  return k;
}

const communeOf = (c: Ctx) => c.rng.pick(c.communes);
const num = (c: Ctx, min: number, max: number) => c.rng.int(min, max);
/** A percentage as a report would show it: rounded or truncated to 0–2 decimals. */
function shownPct(c: Ctx, exact: number): string {
  const d = c.rng.int(0, 2);
  const v = c.rng.chance(0.5) ? roundTo(exact, d) : floorTo(exact, d);
  return vi(v, d);
}
/** A clearly wrong percentage (never a rounding of the exact one). */
function wrongPct(c: Ctx, exact: number): string {
  const delta = (c.rng.chance(0.5) ? 1 : -1) * c.rng.int(3, 25) * 0.5;
  const v = Math.max(0.5, exact + delta);
  return vi(roundTo(v, c.rng.int(0, 2)), 2);
}
function money(c: Ctx, v: number): string {
  const style = c.rng.int(0, 2);
  if (style === 0 || v < 1e6) return `${vi(v)} đồng`;
  if (style === 1 && v >= 1e9 && v % 1e7 === 0) return `${vi(v / 1e9, 2)} tỷ đồng`;
  if (v % 1e6 === 0) return `${vi(v / 1e6)} triệu đồng`;
  return `${vi(v)} đồng`;
}

// ---------------------------------------------------------------- ARITH
function ratioParagraph(c: Ctx, bad: boolean): Piece[] {
  const y = num(c, 20, 160);
  const x = num(c, 5, y - 1);
  const noun = c.rng.pick(RATIO_NOUNS);
  const exact = (x / y) * 100;
  const p = bad ? wrongPct(c, exact) : shownPct(c, exact);
  const forms = [`${x}/${y} ${noun} đạt chuẩn, đạt tỷ lệ ${p}%`, `${x}/${y} ${noun} hoàn thành (đạt ${p}%)`];
  // "chiếm" more than 100% would also be a NUMFMT slip; keep the injected defect to one category.
  if (Number(p.replace(',', '.')) < 100) forms.push(`${x}/${y} ${noun}, chiếm ${p}%`);
  const core = c.rng.pick(forms);
  return ['Lũy kế đến nay toàn tỉnh có ', bad ? [core, 'ARITH'] : core, '.'];
}

function moneyRatioParagraph(c: Ctx, bad: boolean): Piece[] {
  const b = num(c, 5, 40) * 1e8;
  const a = Math.round((b * num(c, 60, 240)) / 100 / 1e6) * 1e6;
  const exact = (a / b) * 100;
  const p = bad ? wrongPct(c, exact) : shownPct(c, exact);
  const core = `${vi(a)}/${vi(b)} đồng, đạt ${p}%`;
  return [c.rng.pick(['Vận động Quỹ vì người nghèo được ', 'Hiện vật quy ra tiền: ', 'Chương trình an sinh xã hội: ']), bad ? [core, 'ARITH'] : core, '.'];
}

function totalThenParts(c: Ctx, bad: boolean): Piece[] {
  if (c.rng.chance(0.5)) {
    const a = num(c, 3, 120);
    const b = num(c, 50, 1800);
    const t = bad ? a + b + c.rng.pick([-20, -9, -3, 4, 10, 31]) : a + b;
    const total = `${vi(t)} trường hợp`;
    return ['Chủ tịch UBND tỉnh đã khen thưởng ', bad ? [total, 'ARITH'] : total, ` cho ${vi(a)} tập thể và ${vi(b)} cá nhân có thành tích xuất sắc.`];
  }
  const parts = [num(c, 2, 60), num(c, 2, 60), num(c, 1, 20)].map((v) => v * 1e8 + num(c, 0, 9) * 1e7);
  const sum = parts.reduce((s, v) => s + v, 0);
  const t = bad ? sum + c.rng.pick([-3, -1, 2, 5]) * 1e8 : sum;
  const total = money(c, t);
  const nested = c.rng.chance(0.4) ? `, trong đó vốn đối ứng ${money(c, parts[1]! / 2)}` : '';
  return ['Tổng kinh phí thực hiện chương trình ', bad ? [total, 'ARITH'] : total, `, trong đó: ngân sách trung ương ${money(c, parts[0]!)}; ngân sách địa phương ${money(c, parts[1]!)}${nested}; vốn huy động xã hội hóa ${money(c, parts[2]!)}.`];
}

function partsThenTotal(c: Ctx, bad: boolean): Piece[] {
  const items = [num(c, 50, 900) * 1e6, num(c, 20, 700) * 1e6, num(c, 5, 90) * 1e6];
  const sum = items.reduce((s, v) => s + v, 0);
  const t = bad ? sum + c.rng.pick([-150, -40, 60, 220]) * 1e6 : sum;
  const total = money(c, t);
  return [`Hỗ trợ người dân gồm: ${vi(num(c, 100, 5000))} suất quà trị giá ${money(c, items[0]!)}, ${vi(num(c, 100, 9000))} suất cơm trị giá ${money(c, items[1]!)}, tiền mặt ${money(c, items[2]!)}, tổng trị giá `, bad ? [total, 'ARITH'] : total, '.'];
}

function unitPrice(c: Ctx, bad: boolean): Piece[] {
  const [thing, each, lo, hi] = c.rng.pick([
    ['suất học bổng', 'mỗi suất', 5, 30],
    ['phần quà', 'mỗi phần quà trị giá', 3, 10],
    ['căn nhà đại đoàn kết', 'mỗi căn', 400, 800],
  ] as const);
  const n = num(c, 10, 400);
  const p = num(c, lo, hi) * 1e5;
  const t = bad ? n * p + c.rng.pick([-5, -2, 3, 10]) * p : n * p;
  const total = `${vi(t)} đồng`;
  return [`Trao ${n} ${thing}, ${each} ${vi(p)} đồng, tổng trị giá `, bad ? [total, 'ARITH'] : total, '.'];
}

function remainderParagraph(c: Ctx, bad: boolean): Piece[] {
  const y = c.rng.pick([19, 19, 20, 6, 10]);
  const x = num(c, 1, y - 1);
  const left = bad ? y - x + c.rng.pick([-2, -1, 1, 2]) : y - x;
  const rest = `còn ${pad2(Math.max(1, left))} tiêu chí chưa đạt`;
  if (bad && Math.max(1, left) === y - x) return remainderParagraph(c, bad);
  return [`Xã ${communeOf(c)} đạt ${x}/${y} tiêu chí nông thôn mới nâng cao, `, bad ? [rest, 'ARITH'] : rest, '.'];
}

function planParagraph(c: Ctx, bad: boolean): Piece[] {
  const b = num(c, 10, 80);
  const a = num(c, Math.ceil(b * 0.6), Math.ceil(b * 1.5));
  const exact = (a / b) * 100;
  const p = bad ? wrongPct(c, exact) : shownPct(c, exact);
  const core = `${p}% kế hoạch`;
  return [`Xây dựng ${a} căn nhà tình thương cho hộ nghèo, đạt `, bad ? [core, 'ARITH'] : core, ` (kế hoạch là ${b} căn).`];
}

function growthParagraph(c: Ctx, bad: boolean): Piece[] {
  const base = num(c, 800, 9000);
  const cur = Math.round(base * (1 + num(c, -15, 30) / 100));
  const exact = ((cur - base) / base) * 100;
  const word = exact >= 0 ? 'tăng' : 'giảm';
  const p = bad ? vi(Math.abs(exact) + c.rng.pick([2, 3.5, 6, 9]), 1) : shownPct(c, Math.abs(exact));
  const core = `${word} ${p}%`;
  return [`Thu ngân sách trên địa bàn ước đạt ${vi(cur)} tỷ đồng, `, bad ? [core, 'ARITH'] : core, ` so với cùng kỳ (cùng kỳ năm ${c.year - 1}: ${vi(base)} tỷ đồng).`];
}

function namedList(c: Ctx, bad: boolean): Piece[] {
  const k = num(c, 2, 6);
  const names = c.rng.shuffle([...COMMUNES]).slice(0, k);
  const n = bad ? k + c.rng.pick([-1, 1, 2]) : k;
  const list = `${names.slice(0, -1).join(', ')} và ${names.at(-1)}`;
  const core = `${pad2(n)} xã: ${list}`;
  return ['Năm nay có ', bad ? [core, 'ARITH'] : core, ' được công nhận đạt chuẩn nông thôn mới kiểu mẫu.'];
}

// ---------------------------------------------------------------- NUMFMT
function numfmtParagraph(c: Ctx): Piece[] {
  const v = num(c, 1000, 99999) * 1e5;
  const kind = freshCase(c, 'numfmt', 7);
  const full = vi(v);
  let bad: string;
  switch (kind) {
    case 0: {
      const digits = String(v);
      bad = `${digits.slice(0, 1)}.${digits.slice(1, 3)}.${digits.slice(3)}`;
      bad = `${bad} đồng`;
      break;
    }
    case 1:
      bad = `${full} ${c.rng.pick(['tỷ', 'triệu'])} đồng`;
      break;
    case 2:
      bad = `${num(c, 2, 90)}tỷ${num(c, 100, 900)} triệu đồng`;
      break;
    case 3:
      bad = `${String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ',')} đồng`;
      break;
    case 4:
      bad = `${full.replace(/\.(\d{3})$/, '. $1')} đồng`;
      break;
    case 5:
      return [`Tổ chức khám, cấp thuốc miễn phí cho `, [`${num(c, 10000, 99999)}`, 'NUMFMT'], ' lượt người.'];
    default: {
      const n = num(c, 12, 90);
      return [`Xây dựng ${n} căn nhà đại đoàn kết cho hộ nghèo, tổng kinh phí `, [`${vi(num(c, 1, 9) * 1e6)} đồng`, 'NUMFMT'], '.'];
    }
  }
  return [c.rng.pick(['Vận động các nhà hảo tâm ủng hộ được ', 'Tổng vốn điều lệ của các hợp tác xã là ', 'Giải ngân vốn đầu tư công đạt ']), [bad, 'NUMFMT'], '.'];
}

// ---------------------------------------------------------------- DATE
function dateParagraph(c: Ctx): Piece[] {
  const Y = c.year;
  switch (freshCase(c, 'date', 8)) {
    case 0: {
      const [d, m] = c.rng.pick([[31, 4], [31, 6], [31, 9], [30, 2], [29, 2], [32, 5]] as const);
      if (d === 29 && Y % 4 === 0) return dateParagraph(c);
      const s = c.rng.chance(0.5) ? `${d}/${m}/${Y}` : `ngày ${d} tháng ${m} năm ${Y}`;
      return ['Hội nghị sơ kết được tổ chức vào ', c.rng.chance(0.5) ? 'ngày ' : '', [s, 'DATE'], ' tại hội trường Ủy ban nhân dân.'];
    }
    case 1: {
      const s = c.rng.chance(0.5) ? `ngày ${num(c, 1, 28)} tháng ${num(c, 1, 12)} tháng ${Y}` : `ngày ${num(c, 1, 28)} ngày ${num(c, 1, 12)} năm ${Y}`;
      return ['Tờ trình được gửi cơ quan thẩm định ', [s, 'DATE'], '.'];
    }
    case 2: {
      const digits = String(Y).split('');
      const wrong = `${digits[0]}${digits[2]}${digits[1]}${digits[3]}`;
      const bad = Number(wrong) > Y + 30 ? wrong : `${Number(digits[0]) + 1}${digits.slice(1).join('')}`;
      return ['Năm ', [bad, 'DATE'], ', đã tổ chức thành công các hoạt động hưởng ứng phong trào.'];
    }
    case 3:
      return ['Ban hành kế hoạch vận động quỹ vì người nghèo ', [`năm ${String(Y).slice(0, 3)}`, 'DATE'], '; tổ chức triển khai đến các xã, phường.'];
    case 4:
      return [`Tổng mức bán lẻ hàng hóa ước đạt ${vi(num(c, 1000, 9000))} tỷ đồng, tăng ${vi(num(c, 2, 15))}% so với `, [`cùng kỳ năm ${Y}`, "DATE"], "."];
    case 5: {
      const s = `ngày ${num(c, 1, 28)}/${num(c, 1, 12)}/${Y + 1}`;
      return [`Thực hiện Kế hoạch số ${num(c, 10, 300)}/KH-UBND `, [s, 'DATE'], ' của UBND tỉnh về triển khai công tác thi đua, khen thưởng.'];
    }
    case 6:
      return ['Năm ', [`${Y + c.rng.int(2, 4)}`, 'DATE'], ', thành phố đã tổ chức thành công hội thao và đạt giải nhất toàn đoàn.'];
    default: {
      const a = c.rng.pick([2020, 2021, 2024]);
      return [
        `Bầu cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ ${a}-${a + 5} được tổ chức an toàn. Đại biểu nhiệm kỳ ${a}-${a + 5} tích cực tham gia giám sát. Các tổ chức đăng ký thi đua chào mừng đại hội `,
        [`nhiệm kỳ ${a} - ${a + 4}`, 'DATE'],
        '.',
      ];
    }
  }
}

// ---------------------------------------------------------------- REF
function refParagraph(c: Ctx, w: Writer): Piece[] {
  const n = num(c, 100, 4000);
  const d = `${num(c, 1, 28)}/${num(c, 1, 12)}/${c.year - 1}`;
  switch (freshCase(c, 'ref', 5)) {
    case 0:
      return ['Thực hiện Hướng dẫn số ', [`${n}/HĐ-${c.rng.pick(['SNV', 'BTĐKT', 'UBND'])}`, 'REF'], ` ngày ${d} về khen thưởng thành tích trong phong trào thi đua.`];
    case 1:
      return ['Triển khai ', [`Quyết định số ${n}/QĐ-TTg ngày ${d} của Chính phủ`, 'REF'], ' phê duyệt chương trình mỗi xã một sản phẩm.'];
    case 2:
      w.line([`Tiếp tục thực hiện Chỉ thị số ${pad2(num(c, 1, 40))}-CT/TW ngày 15/5/2016 của Bộ Chính trị về đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.`]);
      {
        const prev = /Chỉ thị số (\d+)-CT\/TW/.exec(w.text.slice(-300))![1]!;
        return ['Các cấp ủy tổ chức sơ kết việc thực hiện Chỉ thị số ', [`${prev}/CT-TW`, 'REF'], ' ngày 15/5/2016 của Bộ Chính trị.'];
      }
    case 3: {
      const [dd, mm] = [num(c, 1, 28), num(c, 1, 12)];
      w.line([`UBND tỉnh ban hành Kế hoạch số ${n}/KH-UBND ngày ${dd}/${mm}/${c.year} về tổ chức phong trào thi đua năm ${c.year}.`]);
      return [`Qua triển khai Kế hoạch số ${n}/KH-UBND `, [`ngày ${dd}/${mm}/${c.year - 1}`, 'REF'], ', các đơn vị đã đăng ký giao ước thi đua.'];
    }
    default:
      return ['Căn cứ ', [`Quyết định số ${n}/KH-UBND`, 'REF'], ` ngày ${d} của UBND tỉnh, các đơn vị tổ chức thực hiện.`];
  }
}

// ---------------------------------------------------------------- DUP
function dupParagraph(c: Ctx): Piece[] {
  const kind = freshCase(c, 'dup', 3);
  const long = c.written.filter((s) => s.split(' ').length >= 14 && !/\d{1,2}\/\d{1,2}\/\d{4}/.test(s));
  if (kind === 0 && long.length) {
    const s = c.rng.pick(long);
    return ['- ', [s, 'DUP']];
  }
  if (kind === 1) {
    const n1 = num(c, 2, 9);
    const v1 = num(c, 100, 400);
    const n2 = n1 + c.rng.pick([-1, 1, 2]);
    const v2 = v1 + c.rng.pick([-60, -30, 40]);
    return [
      `Sửa chữa ${pad2(n1)} cây cầu giao thông nông thôn ở xã ${c.communes[0]} và xã ${c.communes[1]} tổng trị giá ${v1} triệu đồng. Đồng thời vận động `,
      [`sửa chữa ${pad2(n2)} cây cầu giao thông nông thôn ở xã ${c.communes[0]} và xã ${c.communes[1]} tổng trị giá ${v2} triệu đồng`, 'DUP'],
      '.',
    ];
  }
  const awards = ['Huân chương Lao động hạng Ba', 'Bằng khen của Thủ tướng Chính phủ', 'Cờ thi đua của Chính phủ', 'Chiến sĩ thi đua cấp tỉnh', 'Bằng khen của Chủ tịch UBND tỉnh', 'Danh hiệu Tập thể lao động xuất sắc'];
  const picked = c.rng.shuffle([...awards]).slice(0, 4);
  const twice = picked[c.rng.int(0, 2)]!;
  const pieces: Piece[] = ['Kết quả khen thưởng trong kỳ: '];
  picked.forEach((a, i) => pieces.push(`${pad2(num(c, 1, 90))} ${a}`, i < picked.length - 1 ? ', ' : ''));
  pieces.push(', ', [`${num(c, 10, 99)} ${twice}`, 'DUP'], '.');
  return pieces;
}

// ---------------------------------------------------------------- TYPO
function typoParagraph(c: Ctx): Piece[] {
  const [right, wrong] = c.rng.chance(0.85) ? c.rng.pick(TYPOS_IN_TABLE) : c.rng.pick(TYPOS_OUTSIDE);
  void right;
  return ['Các cơ quan, đơn vị tiếp tục ', [wrong, 'TYPO'], ' các nội dung theo kế hoạch đề ra, bảo đảm tiến độ và hiệu quả.'];
}

// ---------------------------------------------------------------- clean traps
function cleanParagraph(c: Ctx, pick: number): string {
  const Y = c.year;
  switch (pick) {
    case 0:
      return `Thu nhập bình quân đạt từ ${num(c, 300, 600)} triệu đồng - ${num(c, 700, 950)} triệu đồng/ha, cao hơn trồng lúa khoảng ${num(c, 3, 6)} lần.`;
    case 1:
      return `Phấn đấu đến năm ${Y + num(c, 1, 6)}, toàn tỉnh có 100% xã đạt chuẩn nông thôn mới, tầm nhìn đến năm 2045 trở thành tỉnh phát triển khá của vùng.`;
    case 2:
      return `Thực hiện Chương trình mục tiêu quốc gia giai đoạn 2021-2025, thành phố triển khai Mô hình 4.0 thanh toán không dùng tiền mặt tại chợ trên tuyến Quốc lộ 1A và hỗ trợ người dân sau dịch Covid-19.`;
    case 3: {
      const a = num(c, 3, 80);
      const b = num(c, 100, 900);
      return `Đã khen thưởng ${vi(a + b)} trường hợp, gồm ${a} tập thể và ${vi(b)} cá nhân; tổ chức ${num(c, 2, 9)} hội nghị với ${vi(num(c, 1000, 9000))} lượt người tham dự.`;
    }
    case 4: {
      const parts = [num(c, 20, 400), num(c, 20, 400), num(c, 20, 400)];
      return `Vận động tiền mặt ${parts[0]} triệu đồng; quà tặng ${parts[1]} triệu đồng; xây dựng ${num(c, 2, 20)} căn nhà, mỗi căn trị giá ${num(c, 40, 80)} triệu đồng; công trình phúc lợi ${parts[2]} triệu đồng. Tổng cộng trong đợt cao điểm là ${vi((parts[0]! + parts[1]! + parts[2]!) * 1e6)} đồng.`;
    }
    case 5: {
      const y = num(c, 30, 200);
      const x = num(c, 10, y);
      return `Có ${x}/${y} trường đạt chuẩn quốc gia, đạt tỷ lệ ${shownPct(c, (x / y) * 100)}%; tỷ lệ tham gia bảo hiểm y tế ước đạt ${vi(num(c, 800, 990) / 10, 1)}%.`;
    }
    case 6:
      return `Hội nghị tổng kết được tổ chức ngày ${num(c, 1, 28)}/${num(c, 1, Math.max(1, c.month - 1))}/${Y}, biểu dương ${num(c, 10, 90)} tập thể và ${num(c, 10, 200)} cá nhân tiêu biểu.`;
    case 7:
      return `Kim ngạch xuất khẩu ước đạt ${vi(num(c, 100, 2000) / 10, 1)} triệu USD, tăng ${vi(num(c, 10, 150) / 10, 1)}% so với cùng kỳ năm ${Y - 1}.`;
    case 8: {
      const per = num(c, 2, 6) * 1e5;
      const n = num(c, 50, 500);
      return `Trao ${n} suất học bổng cho học sinh nghèo vượt khó, mỗi suất ${vi(per)} đồng, tổng trị giá ${vi(n * per)} đồng.`;
    }
    case 9:
      return `Theo mục 2.1 của kế hoạch, các đơn vị đăng ký thi đua trước ngày 15/3/${Y}; số liệu tổng hợp tại Phụ lục III kèm theo báo cáo này.`;
    case 10: {
      const lo = num(c, 2, 5) * 1e6;
      const hi = lo + num(c, 2, 5) * 1e6;
      const n = num(c, 10, 40);
      return `Tổ hùn vốn giúp ${n} hộ hội viên khó khăn, mỗi hộ từ ${vi(lo)} đồng đến ${vi(hi)} đồng, trị giá ${vi(n * Math.round((lo + hi) / 2 / 1e5) * 1e5)} đồng.`;
    }
    case 11: {
      const a = num(c, 5, 20);
      const b = num(c, 5, 20);
      return `Số vụ tai nạn giao thông giảm ${a} vụ, số người bị thương giảm ${b} người so với cùng kỳ; tiếp ${vi(num(c, 1000, 5000))} lượt công dân.`;
    }
    case 12:
      return `Tổng lượt khách du lịch đạt ${vi(num(c, 1000, 9000) * 1000)} lượt, doanh thu ${vi(num(c, 100, 9000) / 10, 1)} tỷ đồng, đạt ${num(c, 40, 60)}% kế hoạch năm.`;
    default:
      return `Ủy ban Mặt trận Tổ quốc và các đoàn thể ${c.rng.pick(['phối hợp tuyên truyền sâu rộng', 'tích cực vận động', 'chủ động tham gia'])} trong cán bộ, đảng viên và Nhân dân về ý nghĩa của phong trào thi đua "Vì người nghèo - Không để ai bị bỏ lại phía sau" giai đoạn 2021 - 2025.`;
  }
}

type DefectMaker = (c: Ctx, w: Writer) => Piece[];
const ARITH_TEMPLATES = [ratioParagraph, moneyRatioParagraph, totalThenParts, partsThenTotal, unitPrice, remainderParagraph, planParagraph, growthParagraph, namedList];
const DEFECTS: [Category, DefectMaker, number?][] = [
  ...ARITH_TEMPLATES.map((t, k) => ['ARITH', (c: Ctx) => t(c, true), k] as [Category, DefectMaker, number]),
  ['NUMFMT', (c) => numfmtParagraph(c)],
  ['NUMFMT', (c) => numfmtParagraph(c)],
  ['DATE', (c) => dateParagraph(c)],
  ['DATE', (c) => dateParagraph(c)],
  ['DUP', (c) => dupParagraph(c)],
  ['DUP', (c) => dupParagraph(c)],
  ['REF', (c, w) => refParagraph(c, w)],
  ['TYPO', (c) => typoParagraph(c)],
];

const OUTLINE_ITEMS: { heading: string; children: string[] }[] = [
  { heading: 'I. ĐẶC ĐIỂM, TÌNH HÌNH CHUNG', children: [] },
  {
    heading: 'II. KẾT QUẢ THỰC HIỆN PHONG TRÀO THI ĐUA',
    children: [
      '1. Công tác lãnh đạo, chỉ đạo, quán triệt và tuyên truyền về phong trào',
      '2. Kết quả giảm nghèo bền vững và chăm lo an sinh xã hội',
      '3. Công tác phát hiện, bồi dưỡng, nhân rộng gương điển hình tiên tiến',
      '4. Công tác khen thưởng tập thể, cá nhân có thành tích',
      '5. Công tác kiểm tra, giám sát việc thực hiện phong trào',
    ],
  },
  { heading: 'III. ĐÁNH GIÁ CHUNG', children: ['1. Ưu điểm', '2. Hạn chế và nguyên nhân'] },
  { heading: 'IV. KIẾN NGHỊ, ĐỀ XUẤT', children: [] },
];

/** One synthetic report; about a third of its paragraphs carry an injected slip. */
export function generateReport(seed: number): SyntheticReport {
  const rng = makeRng(seed);
  const year = rng.int(2019, 2025);
  const month = rng.pick([6, 7, 11, 12]);
  const day = rng.int(5, 28);
  const place = rng.pick(PLACES);
  const c: Ctx = { rng, year, month, day, place, communes: rng.shuffle([...COMMUNES]), written: [], docNo: seed, used: new Set() };
  const w = new Writer();
  w.line([`ỦY BAN NHÂN DÂN TỈNH ${place.toUpperCase()}`]);
  w.line([`${place}, ngày ${day} tháng ${month} năm ${year}`]);
  w.line();
  w.line(['BÁO CÁO']);
  w.line([`Kết quả thực hiện phong trào thi đua "Vì người nghèo - Không để ai bị bỏ lại phía sau" năm ${year}`]);
  // Which outline items the report leaves out.
  const missing = new Set<string>();
  if (rng.chance(0.6)) missing.add(rng.pick(OUTLINE_ITEMS[1]!.children));
  if (rng.chance(0.3)) missing.add('IV. KIẾN NGHỊ, ĐỀ XUẤT');
  const defects = rng.shuffle([...DEFECTS]).slice(0, rng.int(7, 11));
  let di = 0;
  // Each clean template is used once per report: real reports do not repeat a paragraph on purpose.
  const arithUsed = new Set(defects.map((d) => d[2]).filter((k) => k !== undefined));
  const cleanArith = ARITH_TEMPLATES.filter((_, k) => !arithUsed.has(k)).map((t) => (cc: Ctx) => t(cc, false));
  const cleanPool: ((c: Ctx) => Piece[])[] = rng.shuffle([...cleanArith, ...Array.from({ length: 14 }, (_, k) => (cc: Ctx) => [cleanParagraph(cc, k)])]);
  const emitBody = (n: number) => {
    for (let i = 0; i < n; i++) {
      const r = rng.next();
      let pieces: Piece[];
      if ((r < 0.38 || !cleanPool.length) && di < defects.length) pieces = defects[di++]![1](c, w);
      else if (cleanPool.length) pieces = cleanPool.pop()!(c);
      else continue;
      w.line(pieces);
      const plain = pieces.map((p) => (typeof p === 'string' ? p : p[0])).join('');
      if (!pieces.some((p) => typeof p !== 'string')) c.written.push(plain.replace(/^- /, ''));
    }
  };
  for (const item of OUTLINE_ITEMS) {
    if (missing.has(item.heading)) continue;
    w.line([item.heading]);
    if (!item.children.length) emitBody(rng.int(1, 3));
    for (const child of item.children) {
      if (missing.has(child)) continue;
      w.line([child]);
      emitBody(rng.int(1, 3));
    }
  }
  while (di < defects.length) {
    const pieces = defects[di++]![1](c, w);
    w.line(pieces);
  }
  w.line([`Trên đây là báo cáo kết quả thực hiện phong trào thi đua năm ${year} của UBND tỉnh ${place}./.`]);
  for (const m of missing) w.labels.push({ start: 0, end: w.text.length, category: 'STRUCT', quote: m });
  const outline = ['ĐỀ CƯƠNG BÁO CÁO', ...OUTLINE_ITEMS.flatMap((i) => [i.heading, ...i.children])].join('\n');
  return {
    id: `synthetic-${seed}`,
    text: w.text,
    outline,
    date: `${year}-${pad2(month)}-${pad2(day)}`,
    labels: w.labels.sort((a, b) => a.start - b.start),
  };
}

export function generateCorpus(count: number, seed = 2024): SyntheticReport[] {
  return Array.from({ length: count }, (_, i) => generateReport(seed * 1000 + i));
}
