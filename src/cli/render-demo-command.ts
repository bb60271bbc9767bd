import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { connect } from '../db/connect';
import { migrate } from '../db/migrate';
import { readDvhcDir } from '../org/dvhc/import-dvhc';
import { DEMO_PROVINCES, seedDemo } from '../demo/seed-demo';
import { SYSTEM_ACTOR } from '../accounts/actor-loader';
import { docxToPdf, pdfPageToPng } from '../official-docs/pdf';
import { exportSynthesis } from '../reports/use-cases/export-documents';
import { todayInVietnam } from '../shared/vi-date';
import { PROJECT_ROOT, readConfig } from './config';

/**
 * Renders page 1 of the demo synthesis (the Tây Nam Bộ cluster, 2021) to PNG, to look at the
 * official layout: seeds the demo into a throwaway embedded database, exports the DOCX, converts
 * it with LibreOffice and rasterises page 1 with pdftoppm.
 */
export async function runRenderDemo(args: string[]): Promise<number> {
  const out = path.resolve(args[0] ?? path.join(PROJECT_ROOT, '.data', 'demo-synthesis-page1.png'));
  const database = await connect({});
  try {
    await migrate(database);
    await seedDemo(database.db, await readDvhcDir(readConfig().dvhcDir), { provinces: DEMO_PROVINCES });
    const c = await database.db.selectFrom('report_campaign').select('id').where('period_key', '=', '2021-H1').executeTakeFirstOrThrow();
    const root = await database.db.selectFrom('org_unit').select('id').where('kind', '=', 'national').executeTakeFirstOrThrow();
    const ctx = { db: database.db, actor: { ...SYSTEM_ACTOR, assignments: [{ id: 'render', role: 'admin' as const, orgUnitId: root.id, groupId: null, validFrom: null, validTo: null }] }, meta: { ip: null, userAgent: 'thidua render-demo' }, today: todayInVietnam() };
    const docx = await exportSynthesis(ctx, c.id, 'docx');
    mkdirSync(path.dirname(out), { recursive: true });
    const docxPath = out.replace(/\.png$/i, '') + '.docx';
    writeFileSync(docxPath, docx.bytes);
    const pdf = await docxToPdf(docx.bytes);
    writeFileSync(out.replace(/\.png$/i, '') + '.pdf', pdf);
    writeFileSync(out, await pdfPageToPng(pdf, 1, 110));
    console.log(`Đã tạo ${out} (kèm ${path.basename(docxPath)} và tệp PDF).`);
    return 0;
  } finally {
    await database.close();
  }
}
