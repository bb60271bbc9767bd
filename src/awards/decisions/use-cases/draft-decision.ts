import type { Ctx, Tx } from '../../../app/context';
import { inTx } from '../../../app/tx';
import { authorize } from '../../../access/authorize';
import { recordAudit } from '../../../audit/record-audit';
import type { AddProposalsBody, CreateDecisionBody, SetItemsBody, UpdateDecisionBody } from '../../../shared/api/award-decisions';
import { AppError, notFound } from '../../../shared/errors';
import { cleanText } from '../../../shared/vi-text';
import { assertDraft, assertVersion, loadDecision } from '../decision-access';
import { nomineeRows, rowsFromInput, type ItemRow } from '../decision-items';
import { decisionDefaults, defaultTitle } from '../domain/decision-text';
import { normalizeSymbol, symbolProblem } from '../domain/numbering';

const clean = (v: string | null | undefined) => (v ? cleanText(v) || null : null);

async function writeItems(tx: Tx, decisionId: string, rows: ItemRow[]): Promise<void> {
  await tx.deleteFrom('award_decision_item').where('decision_id', '=', decisionId).execute();
  for (let i = 0; i < rows.length; i += 1000) {
    await tx.insertInto('award_decision_item').values(rows.slice(i, i + 1000).map((r, j) => ({ ...r, decision_id: decisionId, position: i + j + 1 }))).execute();
  }
}

function headerColumns(b: Omit<UpdateDecisionBody, 'version'>) {
  const set: Record<string, unknown> = {};
  if (b.title !== undefined) set.title = cleanText(b.title);
  if (b.symbol !== undefined) {
    const symbol = normalizeSymbol(b.symbol);
    const problem = symbolProblem(symbol);
    if (problem) throw new AppError('VALIDATION', problem, [{ path: 'symbol', message: problem }]);
    set.symbol = symbol;
  }
  if (b.parentBody !== undefined) set.parent_body = clean(b.parentBody);
  if (b.issuingBody !== undefined) set.issuing_body = cleanText(b.issuingBody);
  if (b.place !== undefined) set.place = cleanText(b.place);
  if (b.decidingAuthority !== undefined) set.deciding_authority = cleanText(b.decidingAuthority);
  if (b.authorityLine !== undefined) set.authority_line = cleanText(b.authorityLine);
  if (b.legalBases !== undefined) set.legal_bases = JSON.stringify(b.legalBases.map(cleanText));
  if (b.article1 !== undefined) set.article1 = clean(b.article1);
  if (b.article2 !== undefined) set.article2 = clean(b.article2);
  if (b.article3 !== undefined) set.article3 = clean(b.article3);
  if (b.recipients !== undefined) set.recipients = JSON.stringify(b.recipients.map(cleanText));
  if (b.signerPrefix !== undefined) set.signer_prefix = b.signerPrefix;
  if (b.signerAuthority !== undefined) set.signer_authority = clean(b.signerAuthority);
  if (b.signerTitle !== undefined) set.signer_title = cleanText(b.signerTitle);
  if (b.signerName !== undefined) set.signer_name = clean(b.signerName);
  if (b.year !== undefined) set.year = b.year;
  if (b.movementId !== undefined) set.movement_id = b.movementId;
  if (b.roundKind !== undefined) set.round_kind = b.roundKind;
  return set;
}

/** A new draft for a deciding unit, from dossiers at "trình ký", typed awardees, or both. */
export async function createDecision(ctx: Ctx, body: CreateDecisionBody): Promise<string> {
  await authorize(ctx, 'award.decide', { unitId: body.decidingUnitId, mode: 'write' });
  const unit = await ctx.db.selectFrom('org_unit').select(['id', 'name', 'kind']).where('id', '=', body.decidingUnitId).executeTakeFirst();
  if (!unit) throw notFound('Đơn vị');
  const year = body.year ?? Number(ctx.today.slice(0, 4)) - 1;
  const fromProposals = await nomineeRows(ctx.db, unit.id, year, body.proposalIds ?? [], clean(body.achievement), null);
  const typed = await rowsFromInput(ctx, unit.id, year, body.items ?? [], null);
  const rows = [...fromProposals, ...typed];
  const d = decisionDefaults(unit);
  return inTx(ctx, async (tx) => {
    const created = await tx
      .insertInto('award_decision')
      .values({
        deciding_unit_id: unit.id,
        symbol: d.symbol,
        parent_body: d.parentBody,
        issuing_body: d.issuingBody,
        place: d.place,
        deciding_authority: d.decidingAuthority,
        authority_line: d.authorityLine,
        title: defaultTitle(rows.map((r) => r.award_name)),
        legal_bases: JSON.stringify(d.legalBases),
        article2: d.article2,
        article3: d.article3,
        recipients: JSON.stringify(d.recipients),
        signer_prefix: d.signerPrefix,
        signer_authority: d.signerAuthority,
        signer_title: d.signerTitle,
        year,
        created_by: ctx.actor.userId || null,
        ...headerColumns(body),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeItems(tx, created.id, rows);
    await recordAudit(tx, ctx, { action: 'award_decision.create', entity: 'award_decision', entityId: created.id, orgUnitId: unit.id, after: { items: rows.length, proposals: body.proposalIds ?? [] } });
    return created.id;
  });
}

async function bump(tx: Tx, id: string, version: number, set: Record<string, unknown>) {
  const updated = await tx.updateTable('award_decision').set((eb) => ({ ...set, version: eb('version', '+', 1), updated_at: new Date() })).where('id', '=', id).where('version', '=', version).where('state', '=', 'du_thao').returning('id').executeTakeFirst();
  if (!updated) throw new AppError('VERSION_CONFLICT', 'Dự thảo đã được người khác thay đổi sau khi bạn mở. Vui lòng tải lại để xem bản mới nhất; thay đổi của bạn chưa được lưu.');
}

export async function updateDecision(ctx: Ctx, id: string, body: UpdateDecisionBody): Promise<void> {
  const row = await loadDecision(ctx, id, 'write');
  assertDraft(row);
  assertVersion(row, body.version);
  const { version, ...rest } = body;
  const set = headerColumns(rest);
  await inTx(ctx, async (tx) => {
    await bump(tx, id, version, set);
    await recordAudit(tx, ctx, { action: 'award_decision.update', entity: 'award_decision', entityId: id, orgUnitId: row.deciding_unit_id, after: set });
  });
}

/** Replaces the whole list (the editor sends it back in order). */
export async function setItems(ctx: Ctx, id: string, body: SetItemsBody): Promise<void> {
  const row = await loadDecision(ctx, id, 'write');
  assertDraft(row);
  assertVersion(row, body.version);
  const rows = await rowsFromInput(ctx, row.deciding_unit_id, row.year, body.items, id);
  await inTx(ctx, async (tx) => {
    await bump(tx, id, body.version, {});
    await writeItems(tx, id, rows);
    await recordAudit(tx, ctx, { action: 'award_decision.items', entity: 'award_decision', entityId: id, orgUnitId: row.deciding_unit_id, after: { items: rows.length } });
  });
}

/** Appends the awardable nominees of more dossiers at "trình ký". */
export async function addProposals(ctx: Ctx, id: string, body: AddProposalsBody): Promise<void> {
  const row = await loadDecision(ctx, id, 'write');
  assertDraft(row);
  assertVersion(row, body.version);
  const existing = await ctx.db.selectFrom('award_decision_item').select(['nominee_id', 'position']).where('decision_id', '=', id).execute();
  const have = new Set(existing.map((e) => e.nominee_id));
  const rows = (await nomineeRows(ctx.db, row.deciding_unit_id, row.year, body.proposalIds, clean(body.achievement), id)).filter((r) => !have.has(r.nominee_id!));
  const start = existing.reduce((m, e) => Math.max(m, e.position), 0);
  await inTx(ctx, async (tx) => {
    await bump(tx, id, body.version, {});
    for (let i = 0; i < rows.length; i += 1000) {
      await tx.insertInto('award_decision_item').values(rows.slice(i, i + 1000).map((r, j) => ({ ...r, decision_id: id, position: start + i + j + 1 }))).execute();
    }
    await recordAudit(tx, ctx, { action: 'award_decision.items', entity: 'award_decision', entityId: id, orgUnitId: row.deciding_unit_id, after: { added: rows.length, proposals: body.proposalIds } });
  });
}

export async function deleteDraft(ctx: Ctx, id: string): Promise<void> {
  const row = await loadDecision(ctx, id, 'write');
  assertDraft(row);
  await inTx(ctx, async (tx) => {
    await tx.deleteFrom('award_decision').where('id', '=', id).where('state', '=', 'du_thao').execute();
    await recordAudit(tx, ctx, { action: 'award_decision.delete', entity: 'award_decision', entityId: id, orgUnitId: row.deciding_unit_id, before: { title: row.title } });
  });
}
