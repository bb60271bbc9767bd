import type { Ctx } from '../../../app/context';
import { renderDecisionDocx } from '../decision-docx';
import { loadDecision } from '../decision-access';
import { decisionDocument } from '../domain/decision-document';

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The decision as a DOCX (NĐ 30/2020): a draft prints blanks for the number and date. */
export async function exportDecisionDocx(ctx: Ctx, id: string): Promise<{ bytes: Buffer; filename: string }> {
  const d = await loadDecision(ctx, id, 'read');
  const items = await ctx.db.selectFrom('award_decision_item').selectAll().where('decision_id', '=', id).orderBy('position').execute();
  const doc = decisionDocument({
    symbol: d.symbol,
    number: d.number,
    decisionDate: d.decision_date,
    draftYear: Number(ctx.today.slice(0, 4)),
    parentBody: d.parent_body,
    issuingBody: d.issuing_body,
    place: d.place,
    authorityLine: d.authority_line,
    title: d.title,
    legalBases: (d.legal_bases as string[] | null) ?? [],
    article1: d.article1,
    article2: d.article2,
    article3: d.article3,
    recipients: (d.recipients as string[] | null) ?? [],
    signature: { prefix: d.signer_prefix, authority: d.signer_authority, title: d.signer_title, signerName: d.signer_name ?? '' },
    decidingAuthority: d.deciding_authority,
    items: items.map((i) => ({ subjectKind: i.subject_kind, fullName: i.full_name, positionTitle: i.position_title, workplace: i.workplace, awardCode: i.award_code, awardName: i.award_name, revoked: !!i.revoked_at })),
  });
  const bytes = await renderDecisionDocx(doc);
  const base = d.number ? `Quyet-dinh-${d.number}-${d.decision_date?.slice(0, 4)}` : 'Du-thao-quyet-dinh';
  return { bytes, filename: `${base}.docx` };
}
