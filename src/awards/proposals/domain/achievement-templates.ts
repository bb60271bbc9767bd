/**
 * Báo cáo thành tích by kind: the outline a nominee's achievement report follows. The decrees give a
 * form per subject (tập thể, cá nhân) and per kind of award (công trạng, chuyên đề, đột xuất, cống
 * hiến); the full list of forms of NĐ 152/2025 and TT 15/2025 was not retrieved (domain-law §2.3), so
 * the sections are the common structure of those forms, and a scanned report may be attached instead.
 */
import type { RoundKind, Subject } from '../../domain/types';

export interface TemplateSection {
  key: string;
  title: string;
  /** An empty required section means the report is incomplete (a missing document). */
  required: boolean;
  hint: string;
}

export interface AchievementTemplate {
  code: string;
  name: string;
  citation: string;
  sections: TemplateSection[];
}

const CITATION = 'Điều 84 Luật Thi đua, khen thưởng 2022; mẫu báo cáo thành tích kèm theo Nghị định 152/2025/NĐ-CP';
const SIMPLE = 'Điều 85 Luật Thi đua, khen thưởng 2022 (thủ tục đơn giản: báo cáo tóm tắt thành tích)';

const awardsHeld = (who: string): TemplateSection => ({
  key: 'khen_thuong',
  title: 'III. Các hình thức khen thưởng đã đạt',
  required: false,
  hint: `Năm, hình thức khen thưởng, số và ngày quyết định, cơ quan ban hành; hệ thống đối chiếu với sổ khen thưởng của ${who}.`,
});

const TEMPLATES: Record<string, AchievementTemplate> = {
  ca_nhan_cong_trang: {
    code: 'ca_nhan_cong_trang',
    name: 'Báo cáo thành tích cá nhân (khen thưởng theo công trạng)',
    citation: CITATION,
    sections: [
      { key: 'so_luoc', title: 'I. Sơ lược lý lịch, chức vụ và nhiệm vụ được giao', required: true, hint: 'Chức vụ, đơn vị công tác, nhiệm vụ được giao.' },
      { key: 'thanh_tich', title: 'II. Thành tích đạt được', required: true, hint: 'Kết quả thực hiện nhiệm vụ được giao theo từng năm, có số liệu.' },
      { key: 'sang_kien', title: 'Sáng kiến, giải pháp, đề tài được công nhận', required: false, hint: 'Tên sáng kiến, cấp công nhận, phạm vi ảnh hưởng.' },
      awardsHeld('cá nhân'),
    ],
  },
  tap_the_cong_trang: {
    code: 'tap_the_cong_trang',
    name: 'Báo cáo thành tích tập thể (khen thưởng theo công trạng)',
    citation: CITATION,
    sections: [
      { key: 'dac_diem', title: 'I. Đặc điểm, tình hình', required: true, hint: 'Chức năng, nhiệm vụ, tổ chức bộ máy, thuận lợi, khó khăn.' },
      { key: 'thanh_tich', title: 'II. Thành tích đạt được', required: true, hint: 'Kết quả thực hiện nhiệm vụ, phong trào thi đua, công tác xây dựng Đảng, đoàn thể.' },
      awardsHeld('tập thể'),
    ],
  },
  chuyen_de: {
    code: 'chuyen_de',
    name: 'Báo cáo thành tích khen thưởng theo đợt, chuyên đề',
    citation: CITATION,
    sections: [
      { key: 'so_luoc', title: 'I. Sơ lược đặc điểm, lý lịch', required: true, hint: 'Đơn vị, chức vụ hoặc đặc điểm của tập thể.' },
      { key: 'thanh_tich', title: 'II. Thành tích trong phong trào thi đua', required: true, hint: 'Kết quả theo từng tiêu chí, nội dung của phong trào thi đua.' },
    ],
  },
  dot_xuat: {
    code: 'dot_xuat',
    name: 'Báo cáo tóm tắt thành tích đột xuất',
    citation: SIMPLE,
    sections: [{ key: 'tom_tat', title: 'Tóm tắt thành tích đột xuất', required: true, hint: 'Hành động, kết quả đạt được và phạm vi ảnh hưởng.' }],
  },
  cong_hien: {
    code: 'cong_hien',
    name: 'Báo cáo thành tích quá trình cống hiến',
    citation: CITATION,
    sections: [
      { key: 'qua_trinh', title: 'I. Quá trình công tác và thời gian giữ chức vụ', required: true, hint: 'Từ tháng, năm đến tháng, năm; chức vụ; đơn vị.' },
      { key: 'thanh_tich', title: 'II. Thành tích, đóng góp trong quá trình công tác', required: true, hint: 'Những đóng góp chủ yếu.' },
      awardsHeld('cá nhân'),
    ],
  },
};

/** The outline for a nominee of this kind in a round of this kind (other rounds use the merit form). */
export function templateFor(subject: Subject, round: RoundKind): AchievementTemplate {
  if (round === 'dot_xuat') return TEMPLATES.dot_xuat!;
  if (round === 'chuyen_de') return TEMPLATES.chuyen_de!;
  if (round === 'cong_hien' && subject === 'ca_nhan') return TEMPLATES.cong_hien!;
  return subject === 'ca_nhan' ? TEMPLATES.ca_nhan_cong_trang! : TEMPLATES.tap_the_cong_trang!;
}

export const ALL_TEMPLATES: readonly AchievementTemplate[] = Object.values(TEMPLATES);

/** Required sections left empty, by title; `filled` tells which section keys hold text. */
export function missingSections(t: AchievementTemplate, filled: ReadonlySet<string>): TemplateSection[] {
  return t.sections.filter((s) => s.required && !filled.has(s.key));
}
