import type { Database } from '../src/db/connect';
import type { Ctx } from '../src/app/context';
import { insertProposalAtSignature } from '../src/awards/decisions/testing/proposal-fixtures';
import { createDecision } from '../src/awards/decisions/use-cases/draft-decision';
import { issueDecision } from '../src/awards/decisions/use-cases/issue-decision';

type Timer = (n: number, fn: (i: number) => Promise<unknown>) => Promise<{ n: number; median_ms: number; p95_ms: number }>;

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Võ', 'Đặng', 'Bùi'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hùng', 'Lan', 'Mai', 'Nam'];

/**
 * Issuing a decision of N awardees (BENCH_DECISION_N, default 2,000; the issue's goal is under 2 s):
 * each run drafts a decision from a fresh dossier at "trình ký" whose nominees are all new to the
 * registry (the heaviest case: a subject and a record each), then times only the issue, which writes
 * subjects, records, links, the dossier's move and the audit rows in one transaction.
 */
export async function decisionsBench(database: Database, ctx: Ctx, time: Timer, runs = Number(process.env.BENCH_DECISION_RUNS ?? 5)): Promise<Record<string, unknown>[]> {
  const n = Number(process.env.BENCH_DECISION_N ?? 2000);
  const db = database.db;
  const canTho = (await db.selectFrom('org_unit').select('id').where('tree_version', '=', '2025').where('code', '=', '92').executeTakeFirstOrThrow()).id;
  const ward = (await db.selectFrom('org_unit').select('id').where('tree_version', '=', '2025').where('code', '=', '31340').executeTakeFirstOrThrow()).id;
  const drafts: { id: string; version: number }[] = [];
  for (let r = 0; r < runs; r++) {
    const p = await insertProposalAtSignature(db, {
      proposingUnitId: ward,
      receivingUnitId: canTho,
      title: `Bench ${r}`,
      year: 2025,
      nominees: Array.from({ length: n }, (_, i) => ({ name: `${SURNAMES[i % 8]} Văn ${GIVEN[(i >> 3) % 10]} ${r}-${i}`, council: 'dong_y' as const })),
    });
    const id = await createDecision(ctx, { decidingUnitId: canTho, year: 2025, proposalIds: [p.id], signerName: 'Người Ký' });
    const v = await db.selectFrom('award_decision').select('version').where('id', '=', id).executeTakeFirstOrThrow();
    drafts.push({ id, version: v.version });
  }
  const row = await time(runs, (i) => issueDecision(ctx, drafts[i]!.id, { version: drafts[i]!.version, number: 9000 + i, decisionDate: ctx.today }));
  return [{ name: 'decisions:issue', awardees: n, ...row }];
}

