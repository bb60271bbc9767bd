import { Paragraph, type Table } from 'docx';
import type { OfficialSignature } from '../domain/model';
import { recipientLines } from '../domain/recipients';
import { borderlessTable } from './borderless';
import { centred, runs } from './text';
import { CLOSING_LEFT_WIDTH, CLOSING_RIGHT_WIDTH, SIZE } from './layout';

/** Room for the handwritten signature and the seal (ô 8), about 3 cm. */
const SIGNATURE_SPACE = 1700;

/** Ô 9 (Nơi nhận, left) and ô 7 (signature, right) side by side, kept on one page. */
export function closingBlock(recipients: string[], sig: OfficialSignature): Table {
  const lines = recipientLines(recipients);
  const left: Paragraph[] = lines.length
    ? [
        new Paragraph({ spacing: { before: 0, after: 0 }, children: runs('Nơi nhận:', { bold: true, italics: true, size: SIZE.recipientsLabel }) }),
        ...lines.map((l) => new Paragraph({ spacing: { before: 0, after: 0 }, children: runs(l, { size: SIZE.recipients }) })),
      ]
    : [];
  const upper = (s: string | null | undefined) => (s ?? '').trim().toLocaleUpperCase('vi');
  const actingFor = [sig.prefix ?? '', upper(sig.authority)].filter((s) => s !== '').join(' ');
  const right: Paragraph[] = [
    ...(actingFor ? [centred(runs(actingFor, { bold: true, size: SIZE.signature }))] : []),
    centred(runs(upper(sig.title), { bold: true, size: SIZE.signature })),
    centred(runs(sig.signerName.trim(), { bold: true, size: SIZE.signature }), { spacing: { before: SIGNATURE_SPACE, after: 0 } }),
  ];
  return borderlessTable([CLOSING_LEFT_WIDTH, CLOSING_RIGHT_WIDTH], [[left, right]]);
}
