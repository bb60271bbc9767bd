import { formatViDate } from '../shared/vi-date';
import { DOC_TYPES } from './domain/doc-types';

export const docTypeName = (code: string): string => DOC_TYPES.find((t) => t.code === code)?.name ?? code;

/** The way reports cite a document: "Kế hoạch số 91/KH-UBND ngày 12/5/2022 của UBND tỉnh Hậu Giang". */
export function citationText(d: { docType: string; numberSymbol: string | null; issuedOn: string | null; issuerName: string }): string {
  const parts = [docTypeName(d.docType)];
  if (d.numberSymbol) parts.push(`số ${d.numberSymbol}`);
  if (d.issuedOn) parts.push(`ngày ${formatViDate(d.issuedOn)}`);
  parts.push(`của ${d.issuerName}`);
  return parts.join(' ');
}
