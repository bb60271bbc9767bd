import { sql } from 'kysely';
import type { Ctx, Tx } from '../../../app/context';
import { inTx } from '../../../app/tx';
import { recordAudit } from '../../../audit/record-audit';
import type { IssueDecisionBody } from '../../../shared/api/award-decisions';
import { AppError } from '../../../shared/errors';
import { cleanText } from '../../../shared/vi-text';
import { moveProposal } from '../../proposals/move-proposal';
import { insertRecords, insertSubjects, type RecordInsert, type SubjectInsert } from '../../registry/registry-writes';
import { assertDraft, assertVersion, loadDecision } from '../decision-access';
import { assertNotOnOtherDraft, outOfReach, unitReach } from '../decision-items';
import { formatDecisionNumber } from '../domain/numbering';
import { issueProblems } from '../domain/validate-issue';

/**
 * Signs the decision into the registry, all in one transaction: each awardee is matched to a registry
 * subject (the one chosen, the nominee's, or a new one), an award record is written per awardee, the
 * nominees point at their records, the dossiers move to "quyết định", and the decision is frozen.
 * Any failure on the way leaves nothing behind. Rows travel in batches so 2,000 awardees stay fast.
 */
export async function issueDecision(ctx: Ctx, id: string, body: IssueDecisionBody): Promise<void> {
  const head = await loadDecision(ctx, id, 'write');
  assertDraft(head);
  assertVersion(head, body.version);
  await inTx(ctx, async (tx) => {
    const d = await tx.selectFrom('award_decision').selectAll().where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
    assertDraft(d);
    assertVersion(d, body.version);
    const signerName = body.signerName !== undefined ? (body.signerName ? cleanText(body.signerName) : null) : d.signer_name;
    const items = await tx.selectFrom('award_decision_item').selectAll().where('decision_id', '=', id).orderBy('position').execute();
    const year = Number(body.decisionDate.slice(0, 4));
    const used = await sql<{ number: number }>`
      select number from award_decision where deciding_unit_id = ${d.deciding_unit_id} and symbol = ${d.symbol}
        and number is not null and extract(year from decision_date) = ${year} and id <> ${id}`.execute(tx);
    // A nominee matched to the registry after drafting (by the council or the board) keeps that match.
    const nomineeIds = items.flatMap((i) => (i.nominee_id ? [i.nominee_id] : []));
    const nominees = nomineeIds.length ? await tx.selectFrom('award_proposal_nominee').select(['id', 'subject_id', 'award_record_id', 'full_name', 'birth_year', 'birth_date', 'id_number', 'gender']).where('id', 'in', nomineeIds).forUpdate().execute() : [];
    const nomineeById = new Map(nominees.map((n) => [n.id, n]));
    const subjectOf = (i: (typeof items)[number]) => i.subject_id ?? (i.nominee_id ? (nomineeById.get(i.nominee_id)?.subject_id ?? null) : null);
    const problems = issueProblems({
      number: body.number,
      symbol: d.symbol,
      decisionDate: body.decisionDate,
      today: ctx.today,
      signerName,
      items: items.map((i) => ({ position: i.position, fullName: i.full_name, orgUnitId: i.org_unit_id, subjectId: subjectOf(i), awardCode: i.award_code, year: i.year })),
      usedNumbers: used.rows.map((r) => Number(r.number)),
    });
    // Awards enter the registries of the deciding unit and the units below it, never another unit's.
    const reach = unitReach(tx, d.deciding_unit_id, ctx.today);
    const chosen = [...new Set(items.map(subjectOf).filter((s): s is string => !!s))];
    const subjectUnit = new Map(chosen.length ? (await tx.selectFrom('award_subject').select(['id', 'org_unit_id']).where('id', 'in', chosen).execute()).map((s) => [s.id, s.org_unit_id]) : []);
    for (const i of items) {
      const su = subjectOf(i);
      const line = `Dòng ${i.position} (${i.full_name})`;
      if (!(await reach(i.org_unit_id))) throw outOfReach(`${line}: đơn vị của người được khen`);
      if (!(await reach(i.proposing_unit_id))) throw outOfReach(`${line}: đơn vị đề nghị`);
      const unitOfSubject = su ? subjectUnit.get(su) : undefined;
      if (unitOfSubject && !(await reach(unitOfSubject))) throw outOfReach(`${line}: đối tượng trong sổ khen thưởng`);
    }
    for (const i of items) if (i.nominee_id && nomineeById.get(i.nominee_id)?.award_record_id) problems.push({ path: `items.${i.position}`, message: `${i.full_name} đã được khen thưởng theo một quyết định khác.` });
    if (problems.length) throw new AppError('VALIDATION', `Chưa thể ban hành: ${problems.map((p) => p.message).join(' ')}`, problems);

    const proposalIds = [...new Set(items.flatMap((i) => (i.proposal_id ? [i.proposal_id] : [])))];
    const proposals = proposalIds.length
      ? await tx.selectFrom('award_proposal').select(['id', 'title', 'state', 'version', 'proposing_unit_id', 'receiving_unit_id', 'movement_id', 'round_kind']).where('id', 'in', proposalIds).forUpdate().execute()
      : [];
    for (const p of proposals) {
      if (p.state !== 'trinh_ky' || p.receiving_unit_id !== d.deciding_unit_id) throw new AppError('CONFLICT', `Hồ sơ "${p.title}" không còn ở bước trình ký; hãy cập nhật lại danh sách.`);
    }
    await assertNotOnOtherDraft(tx, proposals, id);
    const proposalById = new Map(proposals.map((p) => [p.id, p]));

    // Same subject, same award, same year already in the registry: the same achievement twice.
    const known = items.map(subjectOf);
    const knownIds = [...new Set(known.filter((s): s is string => !!s))];
    if (knownIds.length) {
      const dupes = await sql<{ subject_id: string; award_code: string; year: number }>`
        select r.subject_id, r.award_code, r.year from award_record r
        join unnest(${known.map((s) => s ?? null)}::uuid[], ${items.map((i) => i.award_code)}::text[], ${items.map((i) => i.year)}::int[]) as x(subject_id, award_code, year)
          on r.subject_id = x.subject_id and r.award_code = x.award_code and r.year = x.year
        where r.revoked_at is null`.execute(tx);
      if (dupes.rows.length) {
        const names = items.filter((i, n) => dupes.rows.some((r) => r.subject_id === known[n] && r.award_code === i.award_code && r.year === i.year)).map((i) => i.full_name);
        throw new AppError('CONFLICT', `Đã có trong sổ khen thưởng cùng hình thức, cùng năm: ${names.slice(0, 5).join(', ')}${names.length > 5 ? ` và ${names.length - 5} người khác` : ''}.`);
      }
    }

    const fresh: SubjectInsert[] = [];
    const subjectIds = items.map((i, n) => {
      if (known[n]) return known[n]!;
      // Personal data of a new person comes from the dossier; it stays in the registry, never on certificates.
      const nm = i.nominee_id && i.subject_kind === 'ca_nhan' ? nomineeById.get(i.nominee_id) : undefined;
      fresh.push({ kind: i.subject_kind, fullName: i.full_name, position: i.position_title, workplace: i.workplace, orgUnitId: i.org_unit_id, workerCategory: i.worker_category, birthYear: nm?.birth_date ? Number(nm.birth_date.slice(0, 4)) : (nm?.birth_year ?? null), birthDate: nm?.birth_date ?? null, idNumber: nm?.id_number ?? null, gender: nm?.gender ?? null });
      return null;
    });
    const created = await insertSubjects(tx, fresh);
    let k = 0;
    const subjects = subjectIds.map((s) => s ?? created[k++]!);
    const decisionNumber = formatDecisionNumber(body.number, d.symbol);
    const records: RecordInsert[] = items.map((i, n) => {
      const p = i.proposal_id ? proposalById.get(i.proposal_id) : undefined;
      return {
        subjectId: subjects[n]!,
        subjectKind: i.subject_kind,
        workerCategory: i.worker_category,
        awardCode: i.award_code,
        awardName: i.award_name,
        grade: i.grade,
        level: i.level,
        year: i.year,
        decisionNumber,
        decisionDate: body.decisionDate,
        decidingAuthority: d.deciding_authority,
        movementId: p ? p.movement_id : d.movement_id,
        roundKind: p ? p.round_kind : d.round_kind,
        orgUnitId: i.proposing_unit_id,
        source: 'decision',
        note: null,
        createdBy: ctx.actor.userId || null,
      };
    });
    const recordIds = await insertRecords(tx, records);
    await sql`
      update award_decision_item i set subject_id = x.subject_id, award_record_id = x.record_id
      from unnest(${items.map((i) => i.id)}::uuid[], ${subjects}::uuid[], ${recordIds}::uuid[]) as x(id, subject_id, record_id)
      where i.id = x.id`.execute(tx);
    const linked = items.flatMap((i, n) => (i.nominee_id ? [{ nominee: i.nominee_id, subject: subjects[n]!, record: recordIds[n]! }] : []));
    if (linked.length) {
      await sql`
        update award_proposal_nominee n set subject_id = coalesce(n.subject_id, x.subject_id), award_record_id = x.record_id, version = n.version + 1, updated_at = now()
        from unnest(${linked.map((l) => l.nominee)}::uuid[], ${linked.map((l) => l.subject)}::uuid[], ${linked.map((l) => l.record)}::uuid[]) as x(id, subject_id, record_id)
        where n.id = x.id`.execute(tx);
    }
    await tx
      .updateTable('award_decision')
      .set((eb) => ({ state: 'ban_hanh', number: body.number, decision_number: decisionNumber, decision_date: body.decisionDate, signer_name: signerName, issued_at: new Date(), issued_by: ctx.actor.userId || null, version: eb('version', '+', 1), updated_at: new Date() }))
      .where('id', '=', id)
      .execute();
    for (const p of proposals) await moveProposal(tx, ctx, p, 'quyet_dinh', `Quyết định số ${decisionNumber}`);
    await auditRecords(tx, ctx, id, decisionNumber, records, recordIds);
    await recordAudit(tx, ctx, { action: 'award_decision.issue', entity: 'award_decision', entityId: id, orgUnitId: d.deciding_unit_id, after: { decision_number: decisionNumber, decision_date: body.decisionDate, items: items.length, new_subjects: created.length, proposals: proposalIds } });
  });
}

/**
 * One audit row per record, as a record typed by hand gets, written in one statement: the rows the
 * audit writer builds one by one take longer than the records themselves for a 2,000-name decision.
 */
async function auditRecords(tx: Tx, ctx: Ctx, decisionId: string, decisionNumber: string, records: RecordInsert[], ids: string[]): Promise<void> {
  const actorName = ctx.actor.fullName ? `${ctx.actor.fullName} (${ctx.actor.username})` : ctx.actor.username;
  await sql`
    insert into audit_log (actor_id, actor_name, action, entity, entity_id, org_unit_id, after, ip, user_agent)
    select ${ctx.actor.userId || null}::uuid, ${actorName}::text, 'award.record', 'award_record', x.id::text, x.unit,
      jsonb_build_object('subject_id', x.subject, 'award_code', x.code, 'year', x.year, 'decision_number', ${decisionNumber}::text, 'decision_id', ${decisionId}::text),
      ${ctx.meta.ip}::text, ${ctx.meta.userAgent?.slice(0, 500) ?? null}::text
    from unnest(${ids}::uuid[], ${records.map((r) => r.orgUnitId)}::uuid[], ${records.map((r) => r.subjectId)}::uuid[], ${records.map((r) => r.awardCode)}::text[], ${records.map((r) => r.year)}::int[])
      as x(id, unit, subject, code, year)`.execute(tx);
}
