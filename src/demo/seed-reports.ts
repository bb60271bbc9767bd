import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Ctx } from '../app/context';
import { richFromPlainText } from '../shared/rich-text';
import type { ReportContent, SynthesisMeta } from '../shared/api/reports';
import { AWARD_COLUMNS, type OutlineSection, type OutlineTree } from '../reports/domain/outline';
import { importOutlineText } from '../reports/domain/outline-import';
import { createOutline } from '../reports/use-cases/manage-outlines';
import { createCampaign } from '../reports/use-cases/manage-campaigns';
import { saveReport } from '../reports/use-cases/save-report';
import { transitionReport } from '../reports/use-cases/transition-report';
import { composeCampaignSynthesis, saveSynthesis } from '../reports/use-cases/synthesis';

const data = (name: string) => fileURLToPath(new URL(`./data/${name}`, import.meta.url));
const json = <T>(name: string): T => JSON.parse(readFileSync(data(name), 'utf8')) as T;

/** Runs a step as if on a past day, then dates what it wrote to that day (the demo replays 2021 and 2023). */
const onDay = (ctx: Ctx, day: string): Ctx => ({ ...ctx, today: day });
const at = (day: string, time = '09:00') => new Date(`${day}T${time}:00+07:00`);

async function dateReport(ctx: Ctx, reportId: string, times: { submitted?: string; accepted?: string }) {
  if (times.submitted) await ctx.db.updateTable('report').set({ first_submitted_at: at(times.submitted), submitted_at: at(times.submitted) }).where('id', '=', reportId).execute();
  if (times.accepted) await ctx.db.updateTable('report').set({ accepted_at: at(times.accepted, '15:00') }).where('id', '=', reportId).execute();
  const moments: Record<string, Date | undefined> = { da_nop: times.submitted ? at(times.submitted) : undefined, da_duyet: times.accepted ? at(times.accepted, '15:00') : undefined };
  for (const [state, when] of Object.entries(moments)) {
    if (when) await ctx.db.updateTable('workflow_transition').set({ at: when }).where('entity', '=', 'report').where('entity_id', '=', reportId).where('to_state', '=', state).execute();
  }
  await ctx.db.updateTable('report_revision').set({ created_at: at(times.submitted ?? '2023-10-01'), updated_at: at(times.submitted ?? '2023-10-01') }).where('report_id', '=', reportId).execute();
}

function mapTree(tree: OutlineTree, fn: (s: OutlineSection) => OutlineSection): OutlineTree {
  const walk = (s: OutlineSection): OutlineSection => fn({ ...s, children: s.children.map(walk) });
  return { ...tree, sections: tree.sections.map(walk) };
}

const text = (paragraphs: string[]) => ({ text: richFromPlainText(paragraphs.join('\n')) });

async function reportOf(ctx: Ctx, campaignId: string, unitId: string) {
  return ctx.db.selectFrom('report').select(['id', 'version']).where('campaign_id', '=', campaignId).where('unit_id', '=', unitId).executeTakeFirstOrThrow();
}

/** Writes, submits and (optionally) accepts a report on the given days, the way the unit and the board would. */
async function fileReport(ctx: Ctx, campaignId: string, unitId: string, content: ReportContent, days: { saved: string; submitted?: string; accepted?: string }) {
  const r = await reportOf(ctx, campaignId, unitId);
  // The unit's own officer writes and submits; the requesting body (the seeding admin) only reviews.
  const writer: Ctx = { ...ctx, actor: { ...ctx.actor, fullName: 'Cán bộ thi đua (dữ liệu mẫu)', assignments: [{ id: 'demo-writer', role: 'unit_officer', orgUnitId: unitId, groupId: null, validFrom: null, validTo: null }] } };
  const saved = await saveReport(onDay(writer, days.saved), r.id, { version: r.version, content, autosave: false });
  if (!days.submitted) return r.id;
  const submitted = await transitionReport(onDay(writer, days.submitted), r.id, { to: 'da_nop', version: saved.version, confirm: true });
  if (days.accepted) await transitionReport(onDay(ctx, days.accepted), r.id, { to: 'da_duyet', version: submitted.version });
  await dateReport(ctx, r.id, days);
  return r.id;
}

/**
 * Hậu Giang's 2023 campaign on outline 004 (Công văn 3959/UBND-VXNV): Ngã Bảy answers with seed
 * 000's content placed under the outline's sections; Vị Thanh sends a short report late; Long Mỹ is
 * still drafting; the others have not opened theirs. The synthesis is composed from what was accepted.
 */
export async function seedHauGiangCampaign(ctx: Ctx, refs: { hauGiangId: string; ngaBayCityId: string; requestDocumentId: string | null; poorSetId: string; poorMovementId: string }) {
  const imported = importOutlineText(readFileSync(data('outline-004.txt'), 'utf8'));
  // The board binds the poverty results section to the movement's indicator set when reviewing the import.
  const tree = mapTree(imported.tree, (s) => (s.key === 'II.3' ? { ...s, kind: 'indicator_table', indicatorSetId: refs.poorSetId } : s));
  const outline = await createOutline(onDay(ctx, '2023-09-20'), { name: 'Đề cương báo cáo Phong trào "Vì người nghèo" và các phong trào do Thủ tướng phát động (kèm Công văn 3959)', ownerUnitId: refs.hauGiangId, tree, note: 'Nhập từ văn bản đề cương kèm Công văn số 3959/UBND-VXNV.' });
  const children = await ctx.db
    .selectFrom('org_parent as p')
    .innerJoin('org_unit as u', 'u.id', 'p.child_id')
    .select(['u.id', 'u.name'])
    .where('p.parent_id', '=', refs.hauGiangId)
    .where('u.kind', '!=', 'agency')
    .where((eb) => eb.or([eb('p.valid_from', 'is', null), eb('p.valid_from', '<=', '2023-09-22')]))
    .where((eb) => eb.or([eb('p.valid_to', 'is', null), eb('p.valid_to', '>=', '2023-09-22')]))
    .execute();
  const campaign = await createCampaign(onDay(ctx, '2023-09-22'), {
    title: 'Báo cáo triển khai thực hiện Phong trào thi đua "Vì người nghèo - Không để ai bị bỏ lại phía sau" và các phong trào thi đua do Thủ tướng Chính phủ phát động năm 2023',
    requesterUnitId: refs.hauGiangId,
    outlineVersionId: outline.latest.id,
    periodKey: '2023',
    movementId: refs.poorMovementId,
    requestDocumentId: refs.requestDocumentId,
    deadline: '2023-10-10',
    graceDays: 3,
    recipientUnitIds: children.map((c) => c.id),
    open: true,
  });
  await ctx.db.updateTable('report_campaign').set({ opened_at: at('2023-09-22'), created_at: at('2023-09-22') }).where('id', '=', campaign.id).execute();
  await ctx.db.updateTable('workflow_transition').set({ at: at('2023-09-22') }).where('entity', '=', 'report_campaign').where('entity_id', '=', campaign.id).execute();

  const ngaBay = json<{ sections: Record<string, { paragraphs: string[] }>; lists: Record<string, Record<string, string | number | null>[]> }>('report-ngabay-2023.json');
  const content: ReportContent = { sections: {} };
  for (const [key, s] of Object.entries(ngaBay.sections)) content.sections[key] = text(s.paragraphs);
  for (const [key, rows] of Object.entries(ngaBay.lists)) content.sections[key] = { ...content.sections[key], rows };
  await fileReport(ctx, campaign.id, refs.ngaBayCityId, content, { saved: '2023-10-06', submitted: '2023-10-09', accepted: '2023-10-16' });

  const byName = (part: string) => children.find((c) => c.name.includes(part));
  const viThanh = byName('Vị Thanh');
  if (viThanh) {
    await fileReport(ctx, campaign.id, viThanh.id, {
      sections: {
        I: text(['Thành phố Vị Thanh là trung tâm hành chính của tỉnh, có 09 đơn vị hành chính cấp xã, gồm 05 phường và 04 xã.']),
        'II.1': text(['Thành ủy, UBND thành phố ban hành kế hoạch triển khai Phong trào thi đua "Vì người nghèo - Không để ai bị bỏ lại phía sau" giai đoạn 2021 - 2025; lồng ghép với Chương trình mục tiêu quốc gia giảm nghèo bền vững.']),
        'II.5': { rows: [{ hinh_thuc: 'Giấy khen của Chủ tịch UBND thành phố', cap: 'Cấp huyện', so_tap_the: 8, so_ho_gia_dinh: 3, so_ca_nhan: 21 }] },
        'IV.1.a': text(['Phong trào được triển khai đồng bộ, có sự tham gia của cả hệ thống chính trị.']),
        'IV.1.b': text(['Việc nhân rộng mô hình giảm nghèo còn chậm.']),
      },
    }, { saved: '2023-10-11', submitted: '2023-10-12', accepted: '2023-10-17' });
  }
  const longMy = byName('Long Mỹ');
  if (longMy) {
    await fileReport(ctx, campaign.id, longMy.id, { sections: { I: text(['Thị xã Long Mỹ có 09 đơn vị hành chính cấp xã.']) } }, { saved: '2023-10-08' });
  }
  await composeCampaignSynthesis(onDay(ctx, '2023-10-18'), campaign.id);
  const synth = await ctx.db.selectFrom('synthesis').select(['version', 'meta']).where('campaign_id', '=', campaign.id).executeTakeFirstOrThrow();
  await saveSynthesis(onDay(ctx, '2023-10-18'), campaign.id, {
    version: synth.version,
    meta: { ...(synth.meta as SynthesisMeta), place: 'Hậu Giang', recipients: ['Ban Thi đua - Khen thưởng Trung ương', 'TT. Tỉnh ủy, TT. HĐND tỉnh', 'Lưu: VT, NCTH'], signature: { prefix: 'KT.', authority: 'CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', signerName: 'Trương Cảnh Tuyên' } },
  });
  return campaign.id;
}

const TNB_OUTLINE = `ĐỀ CƯƠNG
Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2021 của các tỉnh trong Cụm thi đua các tỉnh Tây Nam Bộ
I. KẾT QUẢ TỔ CHỨC CÁC PHONG TRÀO THI ĐUA
1. Phong trào thi đua "Cả nước chung sức xây dựng nông thôn mới" (số xã đạt chuẩn nông thôn mới lũy kế đến nay)
2. Các hoạt động nổi bật trong 6 tháng đầu năm của tỉnh
II. CÔNG TÁC KHEN THƯỞNG
1. Kết quả khen thưởng 6 tháng đầu năm (nêu cụ thể số lượng theo từng hình thức khen thưởng)
III. ĐÁNH GIÁ CHUNG
1. Ưu điểm
2. Hạn chế
IV. KIẾN NGHỊ, ĐỀ XUẤT`;

/** Award counts by form, as seed 003 totals them for the cluster (its second "Huân chương Độc lập" is read as Huân chương Lao động). */
const TNB_AWARD_TOTALS: [string, number][] = [
  ['Danh hiệu Anh hùng Lao động', 1],
  ['Danh hiệu Bà mẹ Việt Nam anh hùng', 82],
  ['Huân chương Độc lập các hạng', 19],
  ['Huân chương Lao động các hạng', 86],
  ['Huân chương kháng chiến các hạng', 53],
  ['Huy chương kháng chiến các hạng', 9],
  ['Cờ thi đua của Chính phủ', 62],
  ['Bằng khen của Thủ tướng Chính phủ', 731],
  ['Danh hiệu Tập thể Lao động xuất sắc', 3204],
  ['Cờ thi đua của UBND tỉnh', 707],
  ['Danh hiệu Chiến sĩ thi đua cấp tỉnh', 389],
  ['Bằng khen của Chủ tịch UBND tỉnh', 24550],
];

/**
 * Seed 003 gives only the cluster's totals; the per-province figures below are an illustrative
 * split of them (the appendix with the real breakdown is not in the seed). The system adds them up.
 */
function splitAcross(total: number, parts: number, index: number): number {
  const weights = Array.from({ length: parts }, (_, i) => 1 + ((i * 7) % 5));
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  shares[0]! += total - shares.reduce((a, b) => a + b, 0);
  return shares[index]!;
}

/** The Tây Nam Bộ cluster's 2021 six-month campaign: 12 provinces report, the synthesis adds up to seed 003's figures. */
export async function seedTnbCampaign(ctx: Ctx, refs: { groupId: string; requesterId: string; members: { id: string; name: string }[]; ruralSetId: string }) {
  const imported = importOutlineText(TNB_OUTLINE);
  const awardColumns = [AWARD_COLUMNS[0]!, { key: 'so_truong_hop', label: 'Số trường hợp', type: 'number' as const }];
  const tree = mapTree(imported.tree, (s) => (s.key === 'I.1' ? { ...s, kind: 'indicator_table', indicatorSetId: refs.ruralSetId } : s.key === 'II.1' ? { ...s, kind: 'list', columns: awardColumns } : s));
  const outline = await createOutline(onDay(ctx, '2021-05-20'), { name: 'Đề cương báo cáo sơ kết 6 tháng Cụm thi đua các tỉnh Tây Nam Bộ', ownerUnitId: refs.requesterId, tree });
  const campaign = await createCampaign(onDay(ctx, '2021-05-25'), {
    title: 'Báo cáo sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2021 Cụm thi đua các tỉnh Tây Nam Bộ',
    requesterUnitId: refs.requesterId,
    outlineVersionId: outline.latest.id,
    periodKey: '2021-H1',
    deadline: '2021-06-15',
    graceDays: 0,
    groupId: refs.groupId,
    open: true,
  });
  const highlights = json<{ provinces: Record<string, string[]> }>('tnb-2021-h1-highlights.json').provinces;
  const members = [...refs.members].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  for (const [i, m] of members.entries()) {
    const rows = TNB_AWARD_TOTALS.map(([form, total]) => ({ hinh_thuc: form, so_truong_hop: splitAcross(total, members.length, i) })).filter((r) => r.so_truong_hop > 0);
    const content: ReportContent = { sections: { 'II.1': { rows } } };
    const own = highlights[m.name];
    if (own) content.sections['I.2'] = text(own);
    await fileReport(ctx, campaign.id, m.id, content, { saved: '2021-06-10', submitted: '2021-06-14', accepted: '2021-06-18' });
  }
  await composeCampaignSynthesis(onDay(ctx, '2021-06-20'), campaign.id);
  return campaign.id;
}
