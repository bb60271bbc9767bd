import type { Ctx } from '../../app/context';
import { renderOfficialDocx } from '../../official-docs/render-docx';
import { docxToPdf } from '../../official-docs/pdf';
import { tablesToXlsx } from '../../official-docs/xlsx-table';
import type { OfficialDocument } from '../../official-docs/domain/model';
import { pathsOn } from '../../org/org-queries';
import type { ReportContent } from '../../shared/api/reports';
import type { RichDoc } from '../../shared/rich-text-types';
import { campaignTree } from '../campaign-queries';
import { defaultMeta, documentTables, reportDocument, subjectOf, synthesisDocument } from '../domain/official-export';
import { loadReport } from '../report-access';
import { getSynthesis, synthesisTables } from './synthesis';
import { indicatorTables } from './read-reports';

export type ExportFormat = 'docx' | 'pdf' | 'xlsx';

export interface ExportedFile {
  bytes: Buffer;
  contentType: string;
  filename: string;
}

const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

async function render(doc: OfficialDocument, format: ExportFormat, baseName: string): Promise<ExportedFile> {
  const filename = `${baseName}.${format}`;
  if (format === 'xlsx') return { bytes: await tablesToXlsx(documentTables(doc).map((t) => ({ name: t.name, title: t.title, table: t.table }))), contentType: CONTENT_TYPES.xlsx, filename };
  const docx = await renderOfficialDocx(doc);
  if (format === 'docx') return { bytes: docx, contentType: CONTENT_TYPES.docx, filename };
  return { bytes: await docxToPdf(docx), contentType: CONTENT_TYPES.pdf, filename };
}

/** A unit's report in the official format, signed by the unit; the header is the unit's. */
export async function exportReport(ctx: Ctx, id: string, format: ExportFormat): Promise<ExportedFile> {
  const r = await loadReport(ctx, id);
  const unit = await ctx.db.selectFrom('org_unit').select(['id', 'name', 'kind']).where('id', '=', r.unit_id).executeTakeFirstOrThrow();
  const path = (await pathsOn(ctx.db, [{ id: unit.id, day: ctx.today }])).get(unit.id) ?? [];
  const parent = path.length > 1 ? path[path.length - 2]! : null;
  const meta = { ...defaultMeta(unit, parent, r.tree), title: subjectOf(r.tree.title), date: r.submitted_at ? isoDate(r.submitted_at) : null, recipients: ['Như trên', 'Lưu: VT'] };
  const doc = reportDocument({ meta, tree: r.tree, content: r.content as ReportContent, indicatorTables: await indicatorTables(ctx.db, r.tree, r.period_key, r.unit_id), draftYear: Number(ctx.today.slice(0, 4)) });
  return render(doc, format, fileBase(`Bao cao ${unit.name}`));
}

export async function exportSynthesis(ctx: Ctx, campaignId: string, format: ExportFormat): Promise<ExportedFile> {
  const s = await getSynthesis(ctx, campaignId);
  const c = await ctx.db.selectFrom('report_campaign').select(['outline_tree', 'title']).where('id', '=', campaignId).executeTakeFirstOrThrow();
  const sections: Record<string, RichDoc> = {};
  for (const sec of s.sections) sections[sec.key] = sec.edited ?? sec.generated;
  const doc = synthesisDocument({ meta: s.meta, tree: campaignTree(c), intro: s.intro, sections, tables: await synthesisTables(ctx, campaignId), draftYear: Number(ctx.today.slice(0, 4)) });
  return render(doc, format, fileBase(`Bao cao tong hop ${c.title}`));
}

const isoDate = (t: Date | string) => new Date(new Date(t).getTime() + 7 * 3600_000).toISOString().slice(0, 10);

/** An ASCII file name (headers), diacritics folded: "Báo cáo" → "Bao-cao". */
function fileBase(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .replace(/[^A-Za-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'bao-cao'
  );
}
