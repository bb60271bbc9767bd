import { searchKey } from '../../../shared/vi-text';
import { formatViDate } from '../../../shared/vi-date';
import { symbolProblem } from './numbering';

export interface IssueCheckItem {
  position: number;
  fullName: string;
  orgUnitId: string;
  subjectId: string | null;
  awardCode: string;
  year: number;
}

export interface IssueCheckInput {
  number: number;
  symbol: string;
  decisionDate: string;
  today: string;
  signerName: string | null;
  items: readonly IssueCheckItem[];
  /** Numbers already given to decisions of the same body, ký hiệu and year. */
  usedNumbers: readonly number[];
}

export interface IssueProblem {
  path: string;
  message: string;
}

/**
 * Everything that must hold before a decision is signed into the registry. All problems are
 * reported at once so the specialist fixes the draft in one pass.
 */
export function issueProblems(input: IssueCheckInput): IssueProblem[] {
  const out: IssueProblem[] = [];
  const sym = symbolProblem(input.symbol);
  if (sym) out.push({ path: 'symbol', message: sym });
  if (!Number.isInteger(input.number) || input.number < 1) out.push({ path: 'number', message: 'Số quyết định phải là số nguyên dương.' });
  else if (input.usedNumbers.includes(input.number)) out.push({ path: 'number', message: `Số ${input.number} năm ${input.decisionDate.slice(0, 4)} đã được dùng cho một quyết định khác.` });
  if (input.decisionDate > input.today) out.push({ path: 'decisionDate', message: `Ngày ký ${formatViDate(input.decisionDate)} ở sau ngày hôm nay.` });
  if (!input.signerName?.trim()) out.push({ path: 'signerName', message: 'Chưa có họ tên người ký.' });
  if (input.items.length === 0) out.push({ path: 'items', message: 'Quyết định chưa có ai trong danh sách khen thưởng.' });
  const decisionYear = Number(input.decisionDate.slice(0, 4));
  const seen = new Map<string, number>();
  for (const i of input.items) {
    if (i.year > decisionYear) out.push({ path: `items.${i.position}`, message: `${i.fullName}: thành tích năm ${i.year} không thể được khen bằng quyết định năm ${decisionYear}.` });
    // One achievement is rewarded once (the law's principles of khen thưởng): one subject, one award, one year.
    const who = i.subjectId ?? `${i.orgUnitId}|${searchKey(i.fullName)}`;
    const key = `${who}|${i.awardCode}|${i.year}`;
    const first = seen.get(key);
    if (first !== undefined) out.push({ path: `items.${i.position}`, message: `${i.fullName} có hai lần trong danh sách (dòng ${first} và ${i.position}) với cùng hình thức, cùng năm.` });
    else seen.set(key, i.position);
  }
  return out;
}
