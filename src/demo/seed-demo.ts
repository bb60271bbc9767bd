import type { Db } from '../app/context';
import type { Actor } from '../access/policy';
import type { Role } from '../access/roles';
import { SYSTEM_ACTOR } from '../accounts/actor-loader';
import { createUser } from '../accounts/use-cases/manage-users';
import { addAssignment } from '../accounts/use-cases/manage-assignments';
import { createGroup } from '../clusters/use-cases/save-group';
import { addMember } from '../clusters/use-cases/manage-members';
import { createUnit } from '../org/use-cases/create-unit';
import { addParentLink } from '../org/use-cases/move-unit';
import { ensureNationalRoot, importDvhc, type ImportResult } from '../org/dvhc/import-dvhc';
import type { DvhcFiles } from '../org/dvhc/dvhc-format';
import type { MemberRole } from '../shared/api/groups';
import { todayInVietnam } from '../shared/vi-date';
import { parseCitation } from '../documents/domain/citation';
import { createDocument } from '../documents/use-cases/manage-documents';
import { seedAwards } from './seed-awards';
import { seedProposals } from './seed-proposals';
import { seedCouncil } from './seed-council';
import { seedDecisions } from './seed-decisions';
import { transitionProposal } from '../awards/proposals/use-cases/transition-proposal';
import { getProposal } from '../awards/proposals/use-cases/read-proposals';
import { createMovement } from '../movements/use-cases/save-movement';
import { seedIndicators } from './seed-indicators';
import { seedHauGiangCampaign, seedTnbCampaign } from './seed-reports';
import { transitionMovement } from '../movements/use-cases/transition-movement';

const unit2 = async (db: Db, name: string) => (await db.selectFrom('org_unit').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;

export const DEMO_PASSWORD = 'ThiDua@2026';

/** Pre-2025 provinces the demo needs when only a region is imported (tests): the two clusters and Hậu Giang. */
export const DEMO_PROVINCES = ['01', '79', '31', '48', '92', '89', '95', '83', '96', '87', '93', '91', '80', '94', '82', '84', '86'];

export interface DemoResult {
  imported: ImportResult;
  accounts: { username: string; role: string; unit: string }[];
}

/**
 * Demo data taken from the seed documents, entered through the same use-cases a user calls,
 * so every rule (dates, overlaps, cluster heads) is applied to it.
 */
export async function seedDemo(db: Db, files: DvhcFiles, opts: { provinces?: string[]; reports?: boolean; awards?: boolean } = {}): Promise<DemoResult> {
  const imported = await importDvhc(db, files, opts);
  const rootId = await ensureNationalRoot(db);
  const actor: Actor = { ...SYSTEM_ACTOR, fullName: 'Hệ thống (dữ liệu mẫu)', assignments: [{ id: 'system', role: 'admin', orgUnitId: rootId, groupId: null, validFrom: null, validTo: null }] };
  const ctx = { db, actor, meta: { ip: null, userAgent: 'thidua seed --demo' }, today: todayInVietnam() };
  const unit = async (tree: 'pre2025' | '2025', code: string) =>
    (await db.selectFrom('org_unit').select('id').where('tree_version', '=', tree).where('code', '=', code).executeTakeFirstOrThrow()).id;
  const agency = async (parentId: string, unitType: string, name: string, validity: { validFrom?: string; validTo?: string } = {}) =>
    (await createUnit(ctx, { kind: 'agency', unitType, name, parentId, ...validity })).id;

  // Central bodies (domain-law §6: the Ban TĐKT Trung ương continued after 07/2025).
  await agency(rootId, 'Cơ quan Trung ương', 'Ban Thi đua - Khen thưởng Trung ương');
  const centralCouncil = await agency(rootId, 'Hội đồng Thi đua - Khen thưởng', 'Hội đồng Thi đua - Khen thưởng Trung ương');

  // Cần Thơ: one Sở Nội vụ across the merger, first under the old city, then under the new one.
  const canThoOld = await unit('pre2025', '92');
  const canThoNew = await unit('2025', '92');
  const soNoiVuCanTho = await agency(canThoOld, 'Sở', 'Sở Nội vụ thành phố Cần Thơ');
  await addParentLink(ctx, soNoiVuCanTho, { parentId: canThoNew, validFrom: '2025-07-01' });
  await agency(soNoiVuCanTho, 'Ban', 'Ban Thi đua - Khen thưởng thành phố Cần Thơ');
  const councilCanTho = await agency(canThoNew, 'Hội đồng Thi đua - Khen thưởng', 'Hội đồng Thi đua - Khen thưởng thành phố Cần Thơ', { validFrom: '2025-07-01' });
  await agency(canThoNew, 'Doanh nghiệp', 'Công ty Cổ phần Cấp thoát nước Cần Thơ', { validFrom: '2025-07-01' });

  // Hậu Giang before the merger, and Ngã Bảy (seed 000) before and after.
  const hauGiang = await unit('pre2025', '93');
  await agency(hauGiang, 'Sở', 'Sở Nội vụ tỉnh Hậu Giang', { validTo: '2025-06-30' });
  const ngaBayCity = await unit('pre2025', '931');
  await agency(ngaBayCity, 'Ban', 'Phòng Nội vụ thành phố Ngã Bảy', { validTo: '2025-06-30' });
  await agency(ngaBayCity, 'Đoàn thể', 'Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Ngã Bảy', { validTo: '2025-06-30' });
  const ngaBayWard = await unit('2025', '31340');
  const daiThanhWard = await unit('2025', '31411');
  await agency(ngaBayWard, 'Trường học', 'Trường Trung học cơ sở Ngã Bảy', { validFrom: '2025-07-01' });
  await agency(daiThanhWard, 'Trường học', 'Trường Tiểu học Đại Thành', { validFrom: '2025-07-01' });

  // Cluster of the 5 centrally-run cities, 2024 (seed 002: Hà Nội is cụm phó; Cần Thơ hosts the
  // mid-year review with it, so it is entered as cụm trưởng).
  const fiveCities = await createGroup(ctx, { kind: 'cum', name: 'Cụm thi đua 5 thành phố trực thuộc Trung ương', year: 2024, managingUnitId: centralCouncil });
  const fiveRoles: [string, MemberRole][] = [['92', 'truong'], ['01', 'pho'], ['79', 'thanh_vien'], ['31', 'thanh_vien'], ['48', 'thanh_vien']];
  for (const [code, role] of fiveRoles) await addMember(ctx, fiveCities.id, { unitId: await unit('pre2025', code), role });

  // Tây Nam Bộ cluster, 2021 (seed 003: 12 provinces; Sóc Trăng signs as cụm phó thứ 2).
  const tnb = await createGroup(ctx, { kind: 'cum', name: 'Cụm thi đua các tỉnh Tây Nam Bộ', year: 2021, managingUnitId: centralCouncil });
  const tnbCodes = ['89', '95', '83', '96', '87', '93', '91', '80', '94', '82', '84', '86'];
  for (const code of tnbCodes) await addMember(ctx, tnb.id, { unitId: await unit('pre2025', code), role: code === '94' ? 'pho' : 'thanh_vien' });

  // Directive documents, typed in as the seed reports cite them; the parser fills the fields.
  const centralBoardId = await unit2(db, 'Ban Thi đua - Khen thưởng Trung ương');
  const citations: [string, string, string][] = [
    [centralBoardId, 'Chỉ thị số 34-CT/TW ngày 07/4/2014 của Bộ Chính trị về tiếp tục đổi mới công tác thi đua, khen thưởng', 'Bộ Chính trị'],
    [centralBoardId, 'Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ về việc phát động thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hàng năm và Kế hoạch 5 năm (2021-2025)', 'Thủ tướng Chính phủ'],
    [centralBoardId, 'Quyết định số 1315/QĐ-TTg ngày 09 tháng 11 năm 2023 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai Phong trào thi đua "Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau" giai đoạn 2021 - 2025', 'Thủ tướng Chính phủ'],
    [centralBoardId, 'Hướng dẫn số 2694/HĐ-BTĐKT ngày 08/11/2018 của Ban Thi đua - Khen thưởng Trung ương về tổ chức hoạt động và bình xét thi đua của Cụm thi đua các tỉnh, thành phố trực thuộc Trung ương', 'Ban Thi đua - Khen thưởng Trung ương'],
    [hauGiang, 'Công văn số 3959 /UBND-VXNV ngày 22 tháng 9 năm 2023 của Chủ tịch Ủy ban nhân dân tỉnh về việc báo cáo sơ kết các phong trào thi đua', 'Chủ tịch Ủy ban nhân dân tỉnh Hậu Giang'],
    [ngaBayCity, 'Kế hoạch số 194/KH-UBND ngày 25/10/2022 về việc phát động phong trào thi đua "Đảng bộ, chính quyền và Nhân dân thành phố Ngã Bảy chung sức xây dựng nông thôn mới" giai đoạn 2021 - 2025.', 'Ủy ban nhân dân thành phố Ngã Bảy'],
    [ngaBayCity, 'Kế hoạch số 91/KH-UBND ngày 12/5/2022 về việc thực hiện chương trình mục tiêu quốc gia về xây dựng nông mới trên địa bàn thành phố Ngã Bảy năm 2022.', 'Ủy ban nhân dân thành phố Ngã Bảy'],
    [canThoOld, 'Kế hoạch số 249/KH-UBND ngày 21 tháng 12 năm 2023 về triển khai công tác thi đua, khen thưởng năm 2024', 'Ủy ban nhân dân thành phố Cần Thơ'],
  ];
  for (const [owner, text, issuer] of citations) {
    const c = parseCitation(text);
    if (!c) throw new Error(`demo citation not recognised: ${text}`);
    await createDocument(ctx, {
      ownerUnitId: owner,
      docType: c.type.code,
      numberSymbol: c.numberSymbol,
      issuedOn: c.issuedOn,
      issuerName: c.issuer ?? issuer,
      title: (c.title ?? text).replace(/^về việc |^về /, '').replace(/^./, (ch) => ch.toUpperCase()),
    });
  }

  // The two national movements the seeds report on, and Ngã Bảy's answering movement (seed 000).
  const doc = async (numberSymbol: string) =>
    (await db.selectFrom('directive_document').select('id').where('number_symbol', '=', numberSymbol).executeTakeFirstOrThrow()).id;
  const launch = async (id: string) => transitionMovement(ctx, id, { to: 'phat_dong', version: 1 });
  const poor = await createMovement(ctx, {
    ownerUnitId: centralBoardId,
    name: 'Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau',
    kind: 'chuyen_de',
    periodFrom: '2021-01-01',
    periodTo: '2025-12-31',
    criteria: [
      { text: 'Thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021-2025 và các chính sách giảm nghèo', mandatory: true },
      { text: 'Vận động Quỹ "Vì người nghèo", hỗ trợ nhà ở, sinh kế cho hộ nghèo, hộ cận nghèo', mandatory: true },
      { text: 'Phát hiện, bồi dưỡng, nhân rộng mô hình hay, cách làm mới trong công tác giảm nghèo', mandatory: false },
    ],
    scopes: [{ unitId: rootId }],
    documentIds: [await doc('1315/QĐ-TTg')],
  });
  await launch(poor.id);
  const ruralNational = await createMovement(ctx, {
    ownerUnitId: centralBoardId,
    name: 'Cả nước chung sức xây dựng nông thôn mới',
    kind: 'chuyen_de',
    periodFrom: '2021-01-01',
    periodTo: '2025-12-31',
    criteria: [
      { text: 'Số xã đạt chuẩn nông thôn mới, nông thôn mới nâng cao, nông thôn mới kiểu mẫu', mandatory: true },
      { text: 'Huy động nguồn lực xã hội hóa xây dựng nông thôn mới', mandatory: false },
    ],
    scopes: [{ unitId: rootId }],
    documentIds: [],
  });
  await launch(ruralNational.id);
  const ruralNgaBay = await createMovement(ctx, {
    ownerUnitId: ngaBayCity,
    parentId: ruralNational.id,
    name: 'Đảng bộ, chính quyền và Nhân dân thành phố Ngã Bảy chung sức xây dựng nông thôn mới',
    kind: 'chuyen_de',
    periodFrom: '2022-10-25',
    periodTo: '2025-12-31',
    criteria: [
      { text: 'Xã Đại Thành, xã Tân Thành giữ vững và nâng cao chất lượng các tiêu chí nông thôn mới', mandatory: true },
      { text: 'Thực hiện chương trình mục tiêu quốc gia xây dựng nông thôn mới trên địa bàn thành phố', mandatory: true },
    ],
    scopes: [{ unitId: ngaBayCity }],
    documentIds: [await doc('194/KH-UBND'), await doc('91/KH-UBND')],
  });
  await launch(ruralNgaBay.id);
  await seedIndicators(ctx, { ownerUnitId: centralBoardId, ruralMovementId: ruralNational.id, poorMovementId: poor.id, ngaBayId: ngaBayCity, daiThanhId: daiThanhWard });

  const accounts: [string, string, Role, string, string][] = [
    ['admin', 'Quản trị hệ thống', 'admin', rootId, 'Cả nước'],
    ['chuyenvien.tw', 'Nguyễn Thị Thu Hà', 'board_specialist', rootId, 'Cả nước'],
    ['chuyenvien.cantho', 'Trần Minh Khoa', 'board_specialist', canThoNew, 'Thành phố Cần Thơ'],
    ['canbo.ngabay', 'Lê Thị Ngọc Bích', 'unit_officer', ngaBayWard, 'Phường Ngã Bảy'],
    ['canbo.daithanh', 'Phạm Văn Đạt', 'unit_officer', daiThanhWard, 'Phường Đại Thành'],
    ['hoidong.cantho', 'Võ Thanh Tùng', 'council_member', councilCanTho, 'Hội đồng TĐKT thành phố Cần Thơ'],
    ['lanhdao.cantho', 'Huỳnh Văn Lâm', 'leader', canThoNew, 'Thành phố Cần Thơ'],
  ];
  const users = new Map<string, string>();
  for (const [username, fullName, role, unitId] of accounts) {
    const user = await createUser(ctx, { username, fullName, homeUnitId: unitId, password: DEMO_PASSWORD });
    await addAssignment(ctx, user.id, { role, orgUnitId: unitId });
    users.set(username, user.id);
  }

  // Demo accounts skip the first-login password change so that anyone can try the app at once.
  await db.updateTable('app_user').set({ must_change_password: false }).execute();
  // Report campaigns (seeds 004, 000 and 003), replayed on their own dates.
  if (opts.reports !== false) {
    // After the 2025 merger the new Cần Thơ board keeps Hậu Giang's records (campaigns, reports) in its care.
    await addAssignment(ctx, users.get('chuyenvien.cantho')!, { role: 'board_specialist', orgUnitId: hauGiang });
    const setId = async (name: string) => (await db.selectFrom('indicator_set').select('id').where('name', '=', name).executeTakeFirstOrThrow()).id;
    await seedHauGiangCampaign(ctx, { hauGiangId: hauGiang, ngaBayCityId: ngaBayCity, requestDocumentId: await doc('3959/UBND-VXNV'), poorSetId: await setId('Chỉ tiêu phong trào "Vì người nghèo - Không để ai bị bỏ lại phía sau"'), poorMovementId: poor.id });
    const tnbMembers = await db.selectFrom('org_group_member as m').innerJoin('org_unit as u', 'u.id', 'm.unit_id').select(['u.id', 'u.name']).where('m.group_id', '=', tnb.id).execute();
    await seedTnbCampaign(ctx, { groupId: tnb.id, requesterId: await unit('pre2025', '94'), members: tnbMembers, ruralSetId: await setId('Chỉ tiêu xây dựng nông thôn mới') });
  }

  // The award registry: seed 002's and seed 003's award figures as records, and a few multi-year histories.
  if (opts.awards !== false) {
    await seedAwards(ctx, { canThoId: canThoOld, tnbGroupId: tnb.id, ngaBayWardId: ngaBayWard, ngaBayCityId: ngaBayCity, movements: { poorId: poor.id, ruralId: ruralNational.id } });
    // Ngã Bảy's dossiers: one still being drafted (with the checks' findings), one sent to Cần Thơ, whose
    // board takes it in, appraises it and puts it to the city's council, which votes on it online.
    const dossiers = await seedProposals(ctx, { ngaBayWardId: ngaBayWard });
    for (const to of ['tiep_nhan', 'tham_dinh', 'trinh_hoi_dong'] as const) {
      await transitionProposal(ctx, dossiers.sentId, { to, version: (await getProposal(ctx, dossiers.sentId)).version });
    }
    await seedCouncil(ctx, { canThoId: canThoNew, councilUnitId: councilCanTho, password: DEMO_PASSWORD, proposalIds: [dossiers.sentId] });
    // The city decides on the voted dossier (and a few more awardees), the awards land in the registry, certificates are printed.
    await seedDecisions(ctx, { canThoId: canThoNew, wardId: ngaBayWard, proposalIds: [dossiers.sentId] });
  }

  return { imported, accounts: accounts.map(([username, , role, , unitName]) => ({ username, role, unit: unitName })) };
}
