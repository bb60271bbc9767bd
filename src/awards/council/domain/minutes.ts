import type { OfficialBlock, OfficialDocument, OfficialTable } from '../../../official-docs/domain/model';
import { formatNumberSymbol } from '../../../official-docs/domain/number-symbol';
import { issuingBodyOf, placeName } from '../../../reports/domain/official-export';
import type { BallotChoice, CouncilRole } from '../../../db/schema-council';
import { COUNCIL_ROLE_LABELS, formatRatio, fractionText, ruleText } from './labels';
import type { VoteRule } from './vote-rule';
import { reaches } from './tally';

export interface MinutesPerson {
  fullName: string;
  role: CouncilRole;
  positionTitle: string | null;
  /** Took part in the vote (cast at least one ballot). */
  voted: boolean;
}

export interface MinutesItem {
  nomineeName: string;
  unitName: string;
  awardName: string;
  rule: VoteRule;
  eligible: number;
  yes: number;
  no: number;
  result: BallotChoice;
  reason: string;
}

export interface MinutesInput {
  body: { name: string; kind: string };
  session: { title: string; meetingDate: string; location: string | null; closedAt: string | null };
  voters: MinutesPerson[];
  /** A non-voting secretary; a voting one is among the voters. */
  secretary: { fullName: string } | null;
  items: MinutesItem[];
}

const lowerFirst = (s: string) => (s ? s[0]!.toLocaleLowerCase('vi') + s.slice(1) : s);
const p = (text: string, italic = false): OfficialBlock => ({ kind: 'paragraph', text, ...(italic ? { italic } : {}) });

/** "14:05 ngày 21/11/2026" in Vietnam time. */
function closingTime(iso: string): string {
  const d = new Date(new Date(iso).getTime() + 7 * 3600_000);
  const hh = String(d.getUTCHours()).padStart(2, '0');
  const mm = String(d.getUTCMinutes()).padStart(2, '0');
  return `${hh} giờ ${mm} phút, ngày ${d.getUTCDate()}/${d.getUTCMonth() + 1}/${d.getUTCFullYear()}`;
}

/**
 * Biên bản of a closed session in the NĐ 30/2020 layout: who sat and who voted, the quorum, each
 * nominee's tally and result, the conclusion. Secret votes appear as counts only, never names.
 */
export function minutesDocument(m: MinutesInput, draftYear: number): OfficialDocument {
  const [y, mo, d] = m.session.meetingDate.split('-').map(Number) as [number, number, number];
  const chair = m.voters.find((v) => v.role === 'chu_tich');
  const secretary = m.secretary?.fullName ?? m.voters.find((v) => v.role === 'thu_ky')?.fullName ?? null;
  const took = m.voters.filter((v) => v.voted).length;
  // Inside a sentence a city or commune is written "thành phố Cần Thơ"; an agency keeps its capital.
  const bodyName = m.body.kind === 'agency' ? m.body.name : lowerFirst(m.body.name);
  const quorums = [...new Map(m.items.map((i) => [fractionText(i.rule.quorum), i.rule.quorum])).entries()];
  const quorumMet = quorums.every(([, q]) => reaches(took, m.voters.length, q, false));
  const body: OfficialBlock[] = [
    p(`Vào ngày ${d} tháng ${mo} năm ${y}, Hội đồng Thi đua - Khen thưởng ${bodyName} họp${m.session.location ? ` tại ${m.session.location}` : ''} và biểu quyết trực tuyến trên Hệ thống quản lý thi đua, khen thưởng để ${lowerFirst(m.session.title)}.`),
    { kind: 'heading', level: 1, numbering: 'I.', text: 'THÀNH PHẦN' },
    p(`Chủ trì: ${chair ? `${chair.fullName}, Chủ tịch Hội đồng` : '(Hội đồng không có Chủ tịch trong nhiệm kỳ vào ngày họp)'}.`),
    p(`Thư ký: ${secretary ?? '(chưa phân công)'}.`),
    p(`Tổng số thành viên Hội đồng có quyền biểu quyết: ${m.voters.length}; số thành viên tham gia biểu quyết: ${took} (${formatRatio(took, m.voters.length)}); vắng: ${m.voters.length - took}.`),
    ...(quorums.length ? [p(`Số thành viên tham gia biểu quyết ${quorumMet ? 'bảo đảm' : 'không bảo đảm'} tỉ lệ có mặt tối thiểu theo quy định (${quorums.map(([t]) => t).join('; ')} tổng số thành viên).`)] : []),
    { kind: 'table', table: attendanceTable(m.voters) },
    { kind: 'heading', level: 1, numbering: 'II.', text: 'NỘI DUNG VÀ KẾT QUẢ BIỂU QUYẾT' },
    p(`Hội đồng xem xét ${m.items.length} trường hợp được đề nghị khen thưởng. Nguyên tắc biểu quyết áp dụng:`),
    ...ruleLines(m.items).map((t) => p(`- ${t}`)),
    { kind: 'table', table: resultTable(m.items) },
    { kind: 'heading', level: 1, numbering: 'III.', text: 'KẾT LUẬN' },
    ...conclusion(m.items),
    p(
      `Kết quả biểu quyết được tổng hợp tự động từ phiếu biểu quyết trực tuyến của các thành viên${m.items.some((i) => i.rule.secret) ? '; đối với các trường hợp bỏ phiếu kín, biên bản chỉ ghi số phiếu, không ghi tên người bỏ phiếu' : ''}.` +
        (m.session.closedAt ? ` Phiên biểu quyết kết thúc lúc ${closingTime(m.session.closedAt)}.` : ''),
      true,
    ),
  ];
  return {
    parentBody: issuingBodyOf(m.body),
    issuingBody: 'HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG',
    numberSymbol: formatNumberSymbol({ number: null, typeAbbrev: 'BB', bodyAbbrev: 'HĐTĐKT' }),
    place: placeName(m.body.name),
    date: m.session.meetingDate,
    draftYear,
    docTypeName: 'BIÊN BẢN',
    title: `Họp Hội đồng Thi đua - Khen thưởng ${bodyName}`,
    body,
    recipients: ['Thành viên Hội đồng', 'Lưu: VT, Ban TĐKT'],
    signature: { prefix: 'TM.', authority: 'HỘI ĐỒNG', title: 'CHỦ TỊCH', signerName: chair?.fullName ?? '' },
  };
}

function attendanceTable(voters: MinutesPerson[]): OfficialTable {
  return {
    columns: [{ label: 'STT', align: 'center', widthPct: 8 }, { label: 'Họ và tên', widthPct: 30 }, { label: 'Chức danh trong Hội đồng', widthPct: 22 }, { label: 'Chức vụ', widthPct: 25 }, { label: 'Tham gia biểu quyết', align: 'center' }],
    rows: voters.map((v, i) => [i + 1, v.fullName, COUNCIL_ROLE_LABELS[v.role], v.positionTitle ?? '', v.voted ? 'Có' : 'Vắng']),
  };
}

function resultTable(items: MinutesItem[]): OfficialTable {
  return {
    columns: [
      { label: 'STT', align: 'center', widthPct: 6 }, { label: 'Cá nhân, tập thể được đề nghị', widthPct: 28 }, { label: 'Hình thức đề nghị', widthPct: 20 },
      { label: 'Đồng ý', align: 'right', widthPct: 9 }, { label: 'Không đồng ý', align: 'right', widthPct: 10 }, { label: 'Tỉ lệ đồng ý', align: 'right', widthPct: 11 }, { label: 'Kết quả', align: 'center' },
    ],
    rows: items.map((it, i) => {
      const base = it.rule.base === 'tong_so' ? it.eligible : it.yes + it.no;
      return [i + 1, `${it.nomineeName} (${it.unitName})`, `${it.awardName}${it.rule.secret ? ' (bỏ phiếu kín)' : ''}`, it.yes, it.no, formatRatio(it.yes, base), it.result === 'dong_y' ? 'Đạt' : 'Không đạt'];
    }),
    footnotes: [baseNote(items)],
  };
}

function baseNote(items: MinutesItem[]): string {
  const all = items.every((i) => i.rule.base === 'tong_so');
  const none = items.every((i) => i.rule.base === 'tham_gia');
  if (all) return 'Tỉ lệ đồng ý tính trên tổng số thành viên Hội đồng có quyền biểu quyết.';
  if (none) return 'Tỉ lệ đồng ý tính trên số thành viên tham gia biểu quyết.';
  return 'Tỉ lệ đồng ý tính trên tổng số thành viên Hội đồng có quyền biểu quyết; riêng hình thức có nguyên tắc tính trên số thành viên tham gia biểu quyết thì tính trên số đó.';
}

/** One line per distinct rule, naming the awards it governs. */
function ruleLines(items: MinutesItem[]): string[] {
  const byRule = new Map<string, Set<string>>();
  for (const it of items) {
    const key = ruleText(it.rule);
    (byRule.get(key) ?? byRule.set(key, new Set()).get(key)!).add(it.awardName);
  }
  return [...byRule].map(([rule, awards]) => `${[...awards].join(', ')}: ${lowerFirst(rule)}`);
}

function conclusion(items: MinutesItem[]): OfficialBlock[] {
  const passed = items.filter((i) => i.result === 'dong_y');
  const failed = items.filter((i) => i.result !== 'dong_y');
  const out: OfficialBlock[] = [p(`Hội đồng thống nhất đề nghị khen thưởng ${passed.length}/${items.length} trường hợp đạt tỉ lệ biểu quyết theo quy định${passed.length ? ':' : '.'}`)];
  for (const it of passed) out.push(p(`- ${it.nomineeName} (${it.unitName}): ${it.awardName}.`));
  if (failed.length) {
    out.push(p(`Không đề nghị khen thưởng ${failed.length} trường hợp:`));
    for (const it of failed) out.push(p(`- ${it.nomineeName} (${it.unitName}): ${it.awardName}. ${it.reason}`));
  }
  return out;
}
