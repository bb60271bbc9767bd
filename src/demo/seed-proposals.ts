import type { Ctx } from '../app/context';
import type { Actor } from '../access/policy';
import { richFromPlainText } from '../shared/rich-text';
import type { NomineeBody } from '../shared/api/award-proposals';
import { createProposal } from '../awards/proposals/use-cases/manage-proposals';
import { addNominee } from '../awards/proposals/use-cases/manage-nominees';
import { uploadAttachment } from '../awards/proposals/use-cases/attachments';
import { transitionProposal } from '../awards/proposals/use-cases/transition-proposal';

/** A one-page PDF standing for the scanned tờ trình (the demo has no real scan). */
const DEMO_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const report = (role: string, achievement: string) => ({
  sections: {
    so_luoc: richFromPlainText(role),
    thanh_tich: richFromPlainText(achievement),
  },
});
const cstdcs = (...ys: number[]) => ys.flatMap((year) => [{ year, award: 'lao_dong_tien_tien' as const }, { year, award: 'cstd_co_so' as const }]);
const rated = (rating: 'htxs' | 'htt', ...ys: number[]) => ys.map((year) => ({ year, rating }));

/**
 * The demo dossier: Phường Ngã Bảy proposes to Thành phố Cần Thơ, for 2025, people of the registry's
 * demo histories (seed-awards.ts HISTORIES), left in draft so that the automatic check shows each
 * case: one eligible for CSTĐ cấp tỉnh, one whose run of CSTĐ cơ sở broke, one disciplined, one whose
 * Bằng khen (Thủ tướng) would go up to the centre, one whose thematic award does not count, the same
 * person twice, a report left empty and the council minutes missing.
 * A second, clean dossier (an ad-hoc Bằng khen for a school) is sent, so that the city's board finds
 * it among the dossiers it received. Call after seedAwards: `await seedProposals(ctx, { ngaBayWardId })`.
 */
export async function seedProposals(ctx: Ctx, refs: { ngaBayWardId: string }): Promise<{ proposalId: string; sentId: string }> {
  // Drafted by the ward's own officer: the body above reviews, it does not write a unit's dossier.
  const officer: Actor = { ...ctx.actor, assignments: [{ id: 'seed-proposals', role: 'unit_officer', orgUnitId: refs.ngaBayWardId, groupId: null, validFrom: null, validTo: null }] };
  const as: Ctx = { ...ctx, actor: officer };
  const subject = async (name: string) =>
    (await ctx.db.selectFrom('award_subject').select('id').where('full_name', '=', name).where('org_unit_id', '=', refs.ngaBayWardId).executeTakeFirst())?.id ?? null;

  const p = await createProposal(as, {
    proposingUnitId: refs.ngaBayWardId,
    title: 'Đề nghị khen thưởng tổng kết công tác năm 2025',
    basis: 'nam',
    year: 2025,
    roundKind: 'thuong_xuyen',
    documentNumber: '45/TTr-UBND',
    documentDate: '2026-01-12',
  });
  const person = async (name: string, body: Omit<NomineeBody, 'subjectKind' | 'fullName' | 'subjectId'>) =>
    addNominee(as, p.id, { subjectKind: 'ca_nhan', fullName: name, subjectId: await subject(name), orgUnitId: refs.ngaBayWardId, ...body });

  await person('Trịnh Thị Mỹ Duyên', {
    birthYear: 1986,
    awardCode: 'cstd_bo_tinh',
    positionTitle: 'Giáo viên',
    workplace: 'Trường Trung học cơ sở Ngã Bảy',
    achievement: report('Giáo viên dạy Toán, Tổ trưởng chuyên môn.', 'Ba năm liền đạt danh hiệu Chiến sĩ thi đua cơ sở; sáng kiến "Dạy học Toán qua dự án thực tế" được Hội đồng sáng kiến thành phố công nhận năm 2024.'),
    history: { titles: cstdcs(2025), ratings: rated('htxs', 2023, 2024, 2025), initiatives: [{ year: 2024, scope: 'bo_tinh', kind: 'sang_kien', title: 'Dạy học Toán qua dự án thực tế' }] },
  });
  await person('Đoàn Minh Triết', {
    birthYear: 1979,
    awardCode: 'cstd_bo_tinh',
    positionTitle: 'Phó Trưởng phòng Kinh tế',
    achievement: report('Phó Trưởng phòng Kinh tế, Hạ tầng và Đô thị.', 'Hoàn thành xuất sắc nhiệm vụ năm 2025.'),
    history: { titles: [{ year: 2025, award: 'lao_dong_tien_tien' }], ratings: rated('htxs', 2024, 2025), initiatives: [{ year: 2025, scope: 'bo_tinh' }] },
  });
  await person('Tạ Quang Hiếu', {
    birthYear: 1982,
    awardCode: 'bang_khen_tinh',
    positionTitle: 'Công chức Địa chính - Xây dựng',
    achievement: report('Công chức Địa chính - Xây dựng.', 'Hoàn thành tốt nhiệm vụ năm 2025.'),
    history: { titles: cstdcs(2025), ratings: rated('htxs', 2024, 2025), disciplines: [{ from: '2024-03-12', to: '2025-03-11', kind: 'ky_luat', level: 'khien_trach', note: 'Quyết định số 25/QĐ-UBND ngày 12/3/2024' }] },
  });
  await person('Mai Văn Thành', {
    birthYear: 1975,
    awardCode: 'bang_khen_thu_tuong',
    positionTitle: 'Trưởng khu vực',
    achievement: report('Trưởng khu vực 3, Phường Ngã Bảy.', 'Năm năm liền hoàn thành tốt nhiệm vụ, ba lần Chiến sĩ thi đua cơ sở (2021, 2023, 2025).'),
    history: { titles: cstdcs(2025), ratings: rated('htt', 2021, 2022, 2023, 2024, 2025) },
  });
  await person('Lưu Thị Kim Ngân', {
    birthYear: 1990,
    awardCode: 'bang_khen_thu_tuong',
    positionTitle: 'Chủ nhiệm Hợp tác xã',
    // Left without a report: the check says which sections are missing.
    history: { titles: cstdcs(2025), ratings: rated('htxs', 2021, 2022, 2023, 2024, 2025) },
  });
  await person('Trịnh Thị Mỹ Duyên', { birthYear: 1986, awardCode: 'bang_khen_tinh', achievement: report('Giáo viên.', 'Như trên.'), history: { titles: cstdcs(2025), ratings: rated('htxs', 2024, 2025) } });
  await uploadAttachment(as, p.id, { kind: 'to_trinh', fileName: 'To-trinh-45-TTr-UBND.pdf' }, DEMO_PDF);

  const adhoc = await createProposal(as, { proposingUnitId: refs.ngaBayWardId, title: 'Đề nghị khen thưởng đột xuất Trường Trung học cơ sở Ngã Bảy', basis: 'dot_xuat', year: 2026, documentNumber: '112/TTr-UBND', documentDate: '2026-10-05' });
  await addNominee(as, adhoc.id, {
    subjectKind: 'tap_the',
    fullName: 'Trường Trung học cơ sở Ngã Bảy',
    orgUnitId: refs.ngaBayWardId,
    awardCode: 'bang_khen_tinh',
    achievement: { sections: { tom_tat: richFromPlainText('Tổ chức di dời an toàn 620 học sinh và bảo vệ thiết bị dạy học trong đợt triều cường, ngập lụt tháng 9/2026; không có thiệt hại về người.') } },
    history: { exemplary: [{ year: 2026, kind: 'dot_xuat', scope: 'co_so' }] },
  });
  const ready = await uploadAttachment(as, adhoc.id, { kind: 'to_trinh', fileName: 'To-trinh-112-TTr-UBND.pdf' }, DEMO_PDF);
  await transitionProposal(as, adhoc.id, { to: 'gui', version: ready.version });
  return { proposalId: p.id, sentId: adhoc.id };
}
