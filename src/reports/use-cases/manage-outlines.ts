import type { Ctx, Db } from '../../app/context';
import { inTx } from '../../app/tx';
import { authorize } from '../../access/authorize';
import { decide } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import { unitScope } from '../../access/authorize';
import { AppError, notFound, versionConflict } from '../../shared/errors';
import type { OutlineDetail, OutlineSummary, OutlineVersionView } from '../../shared/api/reports';
import { docxToText } from '../../checker/docx-text';
import { flattenOutline, validateOutline, type OutlineTree } from '../domain/outline';
import { importOutlineText } from '../domain/outline-import';

/** Outlines are shared work documents: every signed-in user may read them (units must see what they answer). */
export async function listOutlines(ctx: Ctx): Promise<OutlineSummary[]> {
  const rows = await outlineRows(ctx.db).orderBy('o.updated_at', 'desc').execute();
  return rows.map(toSummary);
}

export async function getOutline(ctx: Ctx, id: string): Promise<OutlineDetail> {
  const row = await outlineRows(ctx.db).where('o.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Đề cương');
  const versions = await ctx.db
    .selectFrom('outline_version as v')
    .select(['v.id', 'v.outline_id', 'v.number', 'v.note', 'v.created_by_name', 'v.created_at', 'v.tree'])
    .select((eb) => eb.selectFrom('report_campaign as c').whereRef('c.outline_version_id', '=', 'v.id').select((e) => e.fn.countAll<string>().as('n')).as('campaigns'))
    .where('v.outline_id', '=', id)
    .orderBy('v.number', 'desc')
    .execute();
  const views = versions.map(toVersionView);
  const scope = await unitScope(ctx.db, row.owner_unit_id, ctx.today);
  return {
    ...toSummary(row),
    versions: views.map(({ tree: _t, ...v }) => v),
    latest: views[0]!,
    canEdit: decide(ctx.actor, 'outline.manage', scope, ctx.today).allowed,
  };
}

export async function getOutlineVersion(ctx: Ctx, id: string): Promise<OutlineVersionView> {
  const v = await ctx.db
    .selectFrom('outline_version as v')
    .select(['v.id', 'v.outline_id', 'v.number', 'v.note', 'v.created_by_name', 'v.created_at', 'v.tree'])
    .select((eb) => eb.selectFrom('report_campaign as c').whereRef('c.outline_version_id', '=', 'v.id').select((e) => e.fn.countAll<string>().as('n')).as('campaigns'))
    .where('v.id', '=', id)
    .executeTakeFirst();
  if (!v) throw notFound('Phiên bản đề cương');
  return toVersionView(v);
}

export async function createOutline(ctx: Ctx, input: { name: string; ownerUnitId: string; tree: OutlineTree; note?: string | null }): Promise<OutlineDetail> {
  await authorize(ctx, 'outline.manage', { unitId: input.ownerUnitId, mode: 'write' });
  await checkTree(ctx.db, input.tree);
  const id = await inTx(ctx, async (tx) => {
    const o = await tx.insertInto('outline').values({ owner_unit_id: input.ownerUnitId, name: input.name.trim() }).returning('id').executeTakeFirstOrThrow();
    await insertVersion(tx, ctx, o.id, 1, input.tree, input.note ?? null);
    await recordAudit(tx, ctx, { action: 'outline.create', entity: 'outline', entityId: o.id, orgUnitId: input.ownerUnitId, after: { name: input.name, sections: flattenOutline(input.tree).length } });
    return o.id;
  });
  return getOutline(ctx, id);
}

/** Versions are immutable (a report pins the version it answered); an edit makes the next version. */
export async function addOutlineVersion(ctx: Ctx, id: string, input: { tree: OutlineTree; note?: string | null; version: number }): Promise<OutlineDetail> {
  const o = await ctx.db.selectFrom('outline').selectAll().where('id', '=', id).executeTakeFirst();
  if (!o) throw notFound('Đề cương');
  await authorize(ctx, 'outline.manage', { unitId: o.owner_unit_id, mode: 'write' });
  await checkTree(ctx.db, input.tree);
  await inTx(ctx, async (tx) => {
    const bumped = await tx
      .updateTable('outline')
      .set((eb) => ({ version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', id)
      .where('version', '=', input.version)
      .returning('version')
      .executeTakeFirst();
    if (!bumped) throw versionConflict();
    const last = await tx.selectFrom('outline_version').select((eb) => eb.fn.max('number').as('n')).where('outline_id', '=', id).executeTakeFirstOrThrow();
    const number = Number(last.n ?? 0) + 1;
    await insertVersion(tx, ctx, id, number, input.tree, input.note ?? null);
    await recordAudit(tx, ctx, { action: 'outline.version', entity: 'outline', entityId: id, orgUnitId: o.owner_unit_id, after: { number, note: input.note ?? null } });
  });
  return getOutline(ctx, id);
}

export function importOutline(input: { text: string } | { docx: Uint8Array }) {
  const text = 'text' in input ? input.text : docxToText(input.docx);
  let parsed;
  try {
    parsed = importOutlineText(text);
  } catch (err) {
    throw new AppError('VALIDATION', err instanceof Error ? err.message : 'Không đọc được đề cương.');
  }
  if (!parsed.tree.sections.length) {
    throw new AppError('VALIDATION', 'Không tìm thấy mục nào có đánh số (I., 1., a), …) trong văn bản; hãy kiểm tra lại nội dung đề cương.');
  }
  return { tree: parsed.tree, warnings: parsed.warnings, citedDocument: parsed.citedDocument ?? null, issues: validateOutline(parsed.tree) };
}

async function checkTree(db: Db, tree: OutlineTree): Promise<void> {
  const issues = validateOutline(tree).map((i) => ({ path: `tree.${i.path}`, message: i.message }));
  const bound: { path: string; label: string; setId: string }[] = [];
  const walk = (sections: OutlineTree['sections'], prefix: string) =>
    sections.forEach((s, i) => {
      if (s.indicatorSetId) bound.push({ path: `${prefix}.${i}`, label: `${s.numbering} ${s.title}`.trim(), setId: s.indicatorSetId });
      walk(s.children, `${prefix}.${i}.children`);
    });
  walk(tree.sections, 'tree.sections');
  if (bound.length) {
    const found = new Set((await db.selectFrom('indicator_set').select('id').where('id', 'in', [...new Set(bound.map((b) => b.setId))]).execute()).map((r) => r.id));
    for (const b of bound) if (!found.has(b.setId)) issues.push({ path: `${b.path}.indicatorSetId`, message: `Mục ${b.label}: bộ chỉ tiêu không tồn tại.` });
  }
  if (issues.length) throw new AppError('VALIDATION', 'Đề cương chưa hợp lệ, hãy sửa các mục được đánh dấu.', issues);
}

async function insertVersion(tx: Db, ctx: Ctx, outlineId: string, number: number, tree: OutlineTree, note: string | null) {
  await tx
    .insertInto('outline_version')
    .values({ outline_id: outlineId, number, tree: JSON.stringify(tree), note, created_by: ctx.actor.userId || null, created_by_name: ctx.actor.fullName })
    .execute();
}

function outlineRows(db: Db) {
  return db
    .selectFrom('outline as o')
    .innerJoin('org_unit as u', 'u.id', 'o.owner_unit_id')
    .innerJoin('outline_version as v', (j) => j.onRef('v.outline_id', '=', 'o.id'))
    .where((eb) => eb('v.number', '=', eb.selectFrom('outline_version as v2').whereRef('v2.outline_id', '=', 'o.id').select((e) => e.fn.max('v2.number').as('m'))))
    .select(['o.id', 'o.name', 'o.owner_unit_id', 'u.name as owner_name', 'o.version', 'o.updated_at', 'v.id as version_id', 'v.number', 'v.created_at as version_created_at', 'v.tree']);
}

type OutlineRowSel = { id: string; name: string; owner_unit_id: string; owner_name: string; version: number; updated_at: Date; version_id: string; number: number; version_created_at: Date; tree: unknown };

function toSummary(r: OutlineRowSel): OutlineSummary {
  return {
    id: r.id,
    name: r.name,
    ownerUnit: { id: r.owner_unit_id, name: r.owner_name },
    latestVersion: { id: r.version_id, number: r.number, createdAt: new Date(r.version_created_at).toISOString(), sectionCount: flattenOutline(r.tree as OutlineTree).length },
    version: r.version,
    updatedAt: new Date(r.updated_at).toISOString(),
  };
}

function toVersionView(v: { id: string; outline_id: string; number: number; note: string | null; created_by_name: string | null; created_at: Date; tree: unknown; campaigns: string | number | null }): OutlineVersionView {
  return {
    id: v.id,
    outlineId: v.outline_id,
    number: v.number,
    note: v.note,
    createdBy: v.created_by_name,
    createdAt: new Date(v.created_at).toISOString(),
    tree: v.tree as OutlineTree,
    campaignCount: Number(v.campaigns ?? 0),
  };
}
