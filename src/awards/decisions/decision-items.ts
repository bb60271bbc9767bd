import type { Insertable } from 'kysely';
import type { Ctx, Db, Tx } from '../../app/context';
import type { AwardDecisionItemTable } from '../../db/schema-decisions';
import type { DecisionItemInput } from '../../shared/api/award-decisions';
import { AppError, forbidden, notFound } from '../../shared/errors';
import { cleanText } from '../../shared/vi-text';
import { GRADE_LABELS, formOfCode, gradeOfCode } from '../registry/award-forms';
import { registryAncestry } from '../registry/registry-scope';
import { chooseAward } from '../registry/use-cases/record-award';

export type ItemRow = Omit<Insertable<AwardDecisionItemTable>, 'decision_id' | 'position'>;

/** Nominees returned, refused, or sent on to the level above are not decided here. */
export const CLOSED: ReadonlySet<string> = new Set(['tra_lai', 'khong_dat', 'chuyen_cap_tren']);

const clean = (v: string | null | undefined) => (v ? cleanText(v) || null : null);

/**
 * A dossier is decided by one decision: issuing moves it to "quyết định", so a second draft holding
 * the rest of its nominees could never be issued. While a dossier is on one draft it goes on no other.
 */
export async function assertNotOnOtherDraft(db: Db | Tx, proposals: { id: string; title: string }[], exceptDecisionId: string | null): Promise<void> {
  if (proposals.length === 0) return;
  const other = await db
    .selectFrom('award_decision_item as i')
    .innerJoin('award_decision as d', 'd.id', 'i.decision_id')
    .select(['i.proposal_id', 'd.title'])
    .where('i.proposal_id', 'in', proposals.map((p) => p.id))
    .where('d.state', '=', 'du_thao')
    .$if(exceptDecisionId !== null, (q) => q.where('d.id', '<>', exceptDecisionId!))
    .limit(1)
    .executeTakeFirst();
  if (other) {
    const p = proposals.find((x) => x.id === other.proposal_id)!;
    throw new AppError('CONFLICT', `Hồ sơ "${p.title}" đang nằm trong dự thảo quyết định "${other.title}". Mỗi hồ sơ chỉ được đưa vào một dự thảo; hãy bổ sung vào dự thảo đó hoặc bỏ hồ sơ khỏi dự thảo đó trước.`);
  }
}

/**
 * The nominees a decision lists from a dossier at "trình ký": those the council approved, or every
 * nominee still in the running when the dossier needed no vote. Nominees already awarded, or already
 * on another draft, are left out so nobody is decided twice.
 */
export async function nomineeRows(db: Db | Tx, decidingUnitId: string, decisionYear: number, proposalIds: string[], achievement: string | null, exceptDecisionId: string | null): Promise<ItemRow[]> {
  if (proposalIds.length === 0) return [];
  const proposals = await db.selectFrom('award_proposal').select(['id', 'title', 'state', 'receiving_unit_id', 'proposing_unit_id', 'year']).where('id', 'in', proposalIds).execute();
  for (const id of proposalIds) {
    const p = proposals.find((x) => x.id === id);
    if (!p) throw notFound('Hồ sơ đề nghị khen thưởng');
    if (p.receiving_unit_id !== decidingUnitId) throw new AppError('VALIDATION', `Hồ sơ "${p.title}" không gửi đến đơn vị ra quyết định.`);
    if (p.state !== 'trinh_ky') throw new AppError('CONFLICT', `Hồ sơ "${p.title}" không ở bước trình ký.`);
  }
  await assertNotOnOtherDraft(db, proposals, exceptDecisionId);
  const nominees = await db.selectFrom('award_proposal_nominee').selectAll().where('proposal_id', 'in', proposalIds).orderBy('proposal_id').orderBy('position').execute();
  const taken = new Set(
    (await db.selectFrom('award_decision_item as i').innerJoin('award_decision as d', 'd.id', 'i.decision_id')
      .select('i.nominee_id').where('i.proposal_id', 'in', proposalIds).where('d.state', '=', 'du_thao')
      .$if(exceptDecisionId !== null, (q) => q.where('d.id', '<>', exceptDecisionId!)).execute()).map((r) => r.nominee_id),
  );
  const out: ItemRow[] = [];
  for (const p of proposalIds.map((id) => proposals.find((x) => x.id === id)!)) {
    const own = nominees.filter((n) => n.proposal_id === p.id);
    const voted = own.some((n) => n.council_result !== null);
    for (const n of own) {
      const awardable = voted ? n.council_result === 'dong_y' : !CLOSED.has(n.state);
      if (!awardable || n.award_record_id || taken.has(n.id)) continue;
      const form = formOfCode(n.award_code);
      const grade = form?.graded ? (n.grade ?? gradeOfCode(n.award_code)) : null;
      out.push({
        proposal_id: p.id,
        nominee_id: n.id,
        subject_id: n.subject_id,
        subject_kind: n.subject_kind,
        full_name: n.full_name,
        position_title: n.position_title,
        workplace: n.workplace,
        org_unit_id: n.org_unit_id,
        proposing_unit_id: p.proposing_unit_id,
        worker_category: n.worker_category,
        award_code: n.award_code,
        award_name: form ? (grade ? `${form.name} ${GRADE_LABELS[grade]}` : form.name) : n.award_code,
        grade,
        level: form?.level ?? 'co_so',
        year: p.year ?? decisionYear,
        achievement,
      });
    }
  }
  return out;
}

/**
 * Whether units lie within a deciding unit's reach: the unit itself or below it, units merged into it
 * in 2025 included (registryAncestry places an ended unit under its successors too). Answers are kept
 * per unit so a long list asks once per unit.
 */
export function unitReach(db: Db | Tx, decidingUnitId: string, today: string) {
  const known = new Map<string, Promise<boolean>>();
  return (unitId: string): Promise<boolean> => {
    let hit = known.get(unitId);
    if (!hit) {
      hit = unitId === decidingUnitId ? Promise.resolve(true) : registryAncestry(db as Db, unitId, today).then((a) => a.includes(decidingUnitId));
      known.set(unitId, hit);
    }
    return hit;
  };
}

export type UnitReach = ReturnType<typeof unitReach>;

export const outOfReach = (who: string) => forbidden(`${who} không thuộc phạm vi của đơn vị ra quyết định; chỉ được khen thưởng đơn vị mình và các đơn vị trực thuộc.`);

/** A typed awardee, or one picked from the registry (subjectId): the award resolved against the catalogue. */
export async function typedRow(ctx: Ctx, input: DecisionItemInput, decisionYear: number, index: number, reach: UnitReach): Promise<ItemRow> {
  const at = (path: string, message: string) => new AppError('VALIDATION', `Dòng ${index + 1}: ${message}`, [{ path: `items.${index}.${path}`, message }]);
  const subject = input.subjectId ? await ctx.db.selectFrom('award_subject').selectAll().where('id', '=', input.subjectId).executeTakeFirst() : undefined;
  if (input.subjectId && !subject) throw at('subjectId', 'Không tìm thấy đối tượng trong sổ khen thưởng.');
  const kind = subject?.kind ?? input.subjectKind;
  const fullName = subject?.full_name ?? clean(input.fullName);
  const unit = subject?.org_unit_id ?? input.orgUnitId;
  if (!kind) throw at('subjectKind', 'Chưa chọn cá nhân, tập thể hay hộ gia đình.');
  if (!fullName) throw at('fullName', 'Chưa có họ tên hoặc tên tập thể.');
  if (!unit) throw at('orgUnitId', 'Chưa chọn đơn vị.');
  if (!input.awardName && !input.awardCode) throw at('awardName', 'Chưa chọn hình thức khen thưởng.');
  const proposing = input.proposingUnitId ?? unit;
  const line = `Dòng ${index + 1}`;
  if (subject && !(await reach(subject.org_unit_id))) throw outOfReach(`${line}: đối tượng "${subject.full_name}"`);
  if (!(await reach(unit))) throw outOfReach(`${line}: đơn vị của người được khen`);
  if (!(await reach(proposing))) throw outOfReach(`${line}: đơn vị đề nghị`);
  const award = chooseAward({ awardCode: input.awardCode, awardName: input.awardName ?? input.awardCode ?? '', grade: input.grade ?? null, level: input.level }, kind);
  return {
    proposal_id: null,
    nominee_id: null,
    subject_id: subject?.id ?? null,
    subject_kind: kind,
    full_name: fullName,
    position_title: clean(input.positionTitle) ?? subject?.position ?? null,
    workplace: clean(input.workplace) ?? subject?.workplace ?? null,
    org_unit_id: unit,
    proposing_unit_id: proposing,
    worker_category: input.workerCategory ?? subject?.worker_category ?? null,
    award_code: award.code,
    award_name: award.name,
    grade: award.grade,
    level: award.level,
    year: input.year ?? decisionYear,
    achievement: clean(input.achievement),
  };
}

/**
 * The list as the editor sends it: nominees keep what the dossier says (only the achievement line
 * and the title may be retouched); typed rows are resolved one by one.
 */
export async function rowsFromInput(ctx: Ctx, decidingUnitId: string, decisionYear: number, inputs: DecisionItemInput[], decisionId: string | null): Promise<ItemRow[]> {
  const nomineeIds = inputs.flatMap((i) => (i.nomineeId ? [i.nomineeId] : []));
  const byNominee = new Map<string, ItemRow>();
  if (nomineeIds.length) {
    const proposalIds = [...new Set((await ctx.db.selectFrom('award_proposal_nominee').select('proposal_id').where('id', 'in', nomineeIds).execute()).map((r) => r.proposal_id))];
    for (const r of await nomineeRows(ctx.db, decidingUnitId, decisionYear, proposalIds, null, decisionId)) byNominee.set(r.nominee_id!, r);
  }
  const out: ItemRow[] = [];
  const reach = unitReach(ctx.db, decidingUnitId, ctx.today);
  for (const [index, input] of inputs.entries()) {
    if (input.nomineeId) {
      const row = byNominee.get(input.nomineeId);
      if (!row) throw new AppError('VALIDATION', `Dòng ${index + 1}: người được đề nghị không còn có thể đưa vào quyết định (đã được khen, không được Hội đồng đồng ý, hoặc đã có trong dự thảo khác).`, [{ path: `items.${index}.nomineeId`, message: 'Không thể đưa vào quyết định.' }]);
      out.push({ ...row, achievement: input.achievement === undefined ? row.achievement : clean(input.achievement), position_title: clean(input.positionTitle) ?? row.position_title, workplace: clean(input.workplace) ?? row.workplace });
    } else {
      out.push(await typedRow(ctx, input, decisionYear, index, reach));
    }
  }
  return out;
}
