import type { Ctx, Db } from '../../../app/context';
import { inTx } from '../../../app/tx';
import { recordAudit } from '../../../audit/record-audit';
import { AppError } from '../../../shared/errors';
import type { RuleView, VoteSettingBody, VoteSettingsResponse } from '../../../shared/api/award-council';
import { formOfCode } from '../../registry/award-forms';
import { ruleText } from '../domain/labels';
import { DEFAULT_VOTE_RULES, voteSettingProblems, type LocalVoteSetting, type ResolvedVoteRule, type VoteRule } from '../domain/vote-rule';
import { loadCouncil } from '../council-access';

export function awardLabel(code: string | null): string {
  if (code === null) return 'Mọi danh hiệu, hình thức';
  return formOfCode(code)?.name ?? code;
}

export async function localSettings(db: Db, councilId: string): Promise<(LocalVoteSetting & { version: number })[]> {
  const rows = await db.selectFrom('council_vote_setting').selectAll().where('council_id', '=', councilId).orderBy('valid_from', 'desc').execute();
  return rows.map((r) => ({
    id: r.id, awardCode: r.award_code, validFrom: r.valid_from, validTo: r.valid_to, note: r.note, version: r.version,
    quorum: { num: r.quorum_num, den: r.quorum_den }, threshold: { num: r.threshold_num, den: r.threshold_den },
    strict: r.threshold_strict, base: r.threshold_base, secret: r.secret, tieBreakByChair: r.tie_break_by_chair,
  }));
}

export function ruleViewOf(r: ResolvedVoteRule): RuleView {
  return { quorum: r.quorum, threshold: r.threshold, strict: r.strict, base: r.base, secret: r.secret, tieBreakByChair: r.tieBreakByChair, text: ruleText(r), source: r.source, confirmed: r.confirmed, origin: r.origin };
}

export async function getVoteSettings(ctx: Ctx, councilId: string): Promise<VoteSettingsResponse> {
  const { council } = await loadCouncil(ctx, councilId);
  return {
    local: (await localSettings(ctx.db, council.id)).map((s) => ({ ...s, awardName: awardLabel(s.awardCode), text: ruleText(s) })),
    defaults: DEFAULT_VOTE_RULES.map((d) => ({
      awards: d.awardCodes ? d.awardCodes.map(awardLabel).join('; ') : 'Các danh hiệu, hình thức còn lại',
      validFrom: d.validFrom, validTo: d.validTo, text: ruleText(d), source: d.source, confirmed: d.confirmed,
    })),
  };
}

/** A council's own dated rule; it applies to sessions held within its dates that open after it is saved. */
export async function addVoteSetting(ctx: Ctx, councilId: string, body: VoteSettingBody): Promise<VoteSettingsResponse> {
  const { council } = await loadCouncil(ctx, councilId, 'manage');
  const problems = voteSettingProblems({ quorum: body.quorum, threshold: body.threshold, validFrom: body.validFrom, validTo: body.validTo ?? null });
  if (problems.length) throw new AppError('VALIDATION', problems.join(' '));
  if (body.awardCode && !formOfCode(body.awardCode)) throw new AppError('VALIDATION', `Không có danh hiệu, hình thức mã "${body.awardCode}" trong danh mục.`, [{ path: 'awardCode', message: 'Mã không có trong danh mục.' }]);
  const rule: VoteRule = { quorum: body.quorum, threshold: body.threshold, strict: body.strict ?? false, base: body.base, secret: body.secret, tieBreakByChair: body.tieBreakByChair ?? false };
  await inTx(ctx, async (tx) => {
    const row = await tx
      .insertInto('council_vote_setting')
      .values({
        council_id: council.id, award_code: body.awardCode ?? null, valid_from: body.validFrom, valid_to: body.validTo ?? null,
        quorum_num: rule.quorum.num, quorum_den: rule.quorum.den, threshold_num: rule.threshold.num, threshold_den: rule.threshold.den,
        threshold_strict: rule.strict, threshold_base: rule.base, secret: rule.secret, tie_break_by_chair: rule.tieBreakByChair, note: body.note ?? null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await recordAudit(tx, ctx, { action: 'council.vote_setting.add', entity: 'council_vote_setting', entityId: row.id, orgUnitId: council.org_unit_id, after: row });
  });
  return getVoteSettings(ctx, council.id);
}
