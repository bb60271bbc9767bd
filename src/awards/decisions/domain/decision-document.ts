import type { OfficialDocument, OfficialSignature, OfficialTable } from '../../../official-docs/domain/model';
import { formatNumberSymbol } from '../../../official-docs/domain/number-symbol';
import { formatViDate } from '../../../shared/vi-date';
import type { AwardSubjectKind } from '../../../db/schema';
import { article1Text } from './decision-text';

export interface DecisionDocInput {
  symbol: string;
  number: number | null;
  decisionDate: string | null;
  draftYear: number;
  parentBody: string | null;
  issuingBody: string;
  place: string;
  authorityLine: string;
  title: string;
  legalBases: string[];
  article1: string | null;
  article2: string | null;
  article3: string | null;
  recipients: string[];
  signature: OfficialSignature;
  /** "Chủ tịch Ủy ban nhân dân thành phố Cần Thơ", for the "(Kèm theo …)" line of the list. */
  decidingAuthority: string;
  items: {
    subjectKind: AwardSubjectKind;
    fullName: string;
    positionTitle: string | null;
    workplace: string | null;
    awardCode: string;
    awardName: string;
    revoked: boolean;
  }[];
}

/** A list this short reads inside Điều 1; a longer one goes to the attached list, as decisions do. */
export const INLINE_LIST_MAX = 10;

/**
 * The decision as its parts: the NĐ 30/2020 frame (header, tên loại QUYẾT ĐỊNH, trích yếu, Nơi nhận,
 * signature) plus what a decision has and a report does not: the authority line, the căn cứ, the
 * "QUYẾT ĐỊNH:" line and the numbered articles, and the list of awardees.
 */
export interface DecisionDoc {
  frame: OfficialDocument;
  authorityLine: string;
  legalBases: string[];
  articles: { label: string; text: string }[];
  list: { inline: boolean; title: string; subtitle: string; table: OfficialTable };
}

export function decisionDocument(d: DecisionDocInput): DecisionDoc {
  const numberSymbol = formatNumberSymbol({ number: d.number, typeAbbrev: null, bodyAbbrev: d.symbol });
  const frame: OfficialDocument = {
    parentBody: d.parentBody,
    issuingBody: d.issuingBody,
    numberSymbol,
    place: d.place,
    date: d.decisionDate,
    draftYear: d.draftYear,
    docTypeName: 'QUYẾT ĐỊNH',
    title: d.title,
    body: [],
    recipients: d.recipients,
    signature: d.signature,
  };
  const sorted = [...d.items].sort((a, b) => kindRank(a.subjectKind) - kindRank(b.subjectKind));
  const manyAwards = new Set(d.items.map((i) => i.awardName)).size > 1;
  const columns: OfficialTable['columns'] = [
    { label: 'TT', align: 'center', widthPct: 8 },
    { label: 'Tên tập thể, họ và tên cá nhân', align: 'left', widthPct: manyAwards ? 32 : 42 },
    { label: 'Chức vụ, đơn vị công tác', align: 'left' },
    ...(manyAwards ? [{ label: 'Hình thức khen thưởng', align: 'left' as const, widthPct: 25 }] : []),
  ];
  const rows = sorted.map((i, n) => [
    n + 1,
    i.revoked ? `${i.fullName} (đã thu hồi)` : i.fullName,
    [i.positionTitle, i.workplace].filter((s) => s && s.trim()).join(', ') || null,
    ...(manyAwards ? [i.awardName] : []),
  ]);
  const dateText = d.decisionDate ? formatViDate(d.decisionDate) : '     /     /' + d.draftYear;
  const numberText = numberSymbol.replace(/^Số:\s*/u, '');
  // A short list reads inside Điều 1 ("…, gồm:" then the table); a long one is attached.
  const inline = d.items.length <= INLINE_LIST_MAX;
  return {
    frame,
    authorityLine: d.authorityLine,
    legalBases: d.legalBases,
    articles: [
      { label: 'Điều 1.', text: d.article1?.trim() || (inline ? article1Text(d.items).replace(/ \(có danh sách kèm theo\)\.$/u, ', gồm:') : article1Text(d.items)) },
      { label: 'Điều 2.', text: d.article2?.trim() ?? '' },
      { label: 'Điều 3.', text: d.article3?.trim() ?? '' },
    ].filter((a) => a.text),
    list: {
      inline,
      title: 'Danh sách khen thưởng',
      subtitle: `(Kèm theo Quyết định số ${numberText} ngày ${dateText} của ${d.decidingAuthority})`,
      table: { columns, rows },
    },
  };
}

function kindRank(k: AwardSubjectKind): number {
  return k === 'tap_the' ? 0 : k === 'ho_gia_dinh' ? 1 : 2;
}
