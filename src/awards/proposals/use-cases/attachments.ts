import { createHash } from 'node:crypto';
import type { Ctx } from '../../../app/context';
import { inTx } from '../../../app/tx';
import { recordAudit } from '../../../audit/record-audit';
import { AppError, notFound } from '../../../shared/errors';
import type { ProposalDetail } from '../../../shared/api/award-proposals';
import { inspectFile } from '../domain/attachment-file';
import { loadProposal, lockEditable, requireEditor } from '../proposal-access';
import { recheck } from './manage-proposals';
import { getProposal } from './read-proposals';

type Kind = 'to_trinh' | 'bien_ban_hoi_dong' | 'bao_cao_thanh_tich' | 'xac_nhan' | 'khac';

export async function uploadAttachment(ctx: Ctx, proposalId: string, q: { kind: Kind; fileName: string; nomineeId?: string | undefined }, bytes: Buffer): Promise<ProposalDetail> {
  const p = await loadProposal(ctx, proposalId);
  requireEditor(p);
  const verdict = inspectFile(q.fileName, bytes);
  if (!verdict.ok) throw new AppError(verdict.tooLarge ? 'PAYLOAD_TOO_LARGE' : 'VALIDATION', verdict.message);
  if (q.nomineeId && !(await ctx.db.selectFrom('award_proposal_nominee').select('id').where('id', '=', q.nomineeId).where('proposal_id', '=', proposalId).executeTakeFirst())) {
    throw notFound('Đối tượng đề nghị');
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await inTx(ctx, async (tx) => {
    await lockEditable(tx, proposalId);
    const row = await tx
      .insertInto('award_proposal_attachment')
      .values({ proposal_id: proposalId, nominee_id: q.nomineeId ?? null, kind: q.kind, file_name: verdict.fileName, mime: verdict.mime, size: bytes.length, sha256, content: bytes, uploaded_by: ctx.actor.userId || null })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'award_proposal.attach', entity: 'award_proposal', entityId: proposalId, orgUnitId: p.proposing_unit_id, after: { attachmentId: row.id, kind: q.kind, nomineeId: q.nomineeId ?? null, fileName: verdict.fileName, size: bytes.length, sha256 } });
  });
  await recheck(ctx, proposalId);
  return getProposal(ctx, proposalId);
}

export async function removeAttachment(ctx: Ctx, proposalId: string, attachmentId: string): Promise<ProposalDetail> {
  const p = await loadProposal(ctx, proposalId);
  requireEditor(p);
  await inTx(ctx, async (tx) => {
    await lockEditable(tx, proposalId);
    const gone = await tx.deleteFrom('award_proposal_attachment').where('id', '=', attachmentId).where('proposal_id', '=', proposalId).returning(['id', 'file_name', 'kind', 'sha256']).executeTakeFirst();
    if (!gone) throw notFound('Tài liệu đính kèm');
    await recordAudit(tx, ctx, { action: 'award_proposal.detach', entity: 'award_proposal', entityId: proposalId, orgUnitId: p.proposing_unit_id, before: { attachmentId, fileName: gone.file_name, kind: gone.kind, sha256: gone.sha256 } });
  });
  await recheck(ctx, proposalId);
  return getProposal(ctx, proposalId);
}

export async function readAttachment(ctx: Ctx, proposalId: string, attachmentId: string): Promise<{ fileName: string; mime: string; content: Buffer }> {
  await loadProposal(ctx, proposalId);
  const a = await ctx.db.selectFrom('award_proposal_attachment').select(['file_name', 'mime', 'content']).where('id', '=', attachmentId).where('proposal_id', '=', proposalId).executeTakeFirst();
  if (!a) throw notFound('Tài liệu đính kèm');
  return { fileName: a.file_name, mime: a.mime, content: a.content };
}
