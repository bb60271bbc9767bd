import type { Workflow } from '../../../shared/workflow';

export type ProposalState =
  | 'soan'
  | 'gui'
  | 'tiep_nhan'
  | 'tham_dinh'
  | 'tra_lai'
  | 'lay_y_kien'
  | 'trinh_hoi_dong'
  | 'bieu_quyet'
  | 'trinh_ky'
  | 'quyet_dinh'
  | 'chuyen_cap_tren';

/**
 * The dossier's path (Luật Thi đua, khen thưởng 2022 Điều 84–85; NĐ 152/2025): the proposing unit
 * drafts and sends; the receiving body takes it in, appraises it, may return it with reasons per
 * nominee, publishes it for comments, puts it to its council, which votes; the result goes for
 * signature and ends in a decision — or, when the award is above the body's authority, in a
 * dossier forwarded to the level above.
 */
export const PROPOSAL_WORKFLOW: Workflow<ProposalState> = {
  name: 'Hồ sơ đề nghị khen thưởng',
  initial: 'soan',
  states: {
    soan: 'Đang soạn',
    gui: 'Đã gửi',
    tiep_nhan: 'Đã tiếp nhận',
    tham_dinh: 'Đang thẩm định',
    tra_lai: 'Bị trả lại',
    lay_y_kien: 'Lấy ý kiến, công khai',
    trinh_hoi_dong: 'Trình Hội đồng',
    bieu_quyet: 'Hội đồng đang biểu quyết',
    trinh_ky: 'Trình ký',
    quyet_dinh: 'Đã có quyết định',
    chuyen_cap_tren: 'Đã trình cấp trên',
  },
  transitions: [
    { from: 'soan', to: 'gui', label: 'Gửi hồ sơ', requiresReason: false },
    { from: 'gui', to: 'tiep_nhan', label: 'Tiếp nhận', requiresReason: false },
    { from: 'gui', to: 'tra_lai', label: 'Trả lại', requiresReason: true },
    { from: 'tiep_nhan', to: 'tham_dinh', label: 'Thẩm định', requiresReason: false },
    { from: 'tiep_nhan', to: 'tra_lai', label: 'Trả lại', requiresReason: true },
    { from: 'tham_dinh', to: 'tra_lai', label: 'Trả lại', requiresReason: true },
    { from: 'tra_lai', to: 'gui', label: 'Gửi lại', requiresReason: false },
    { from: 'tham_dinh', to: 'lay_y_kien', label: 'Lấy ý kiến, công khai', requiresReason: false },
    { from: 'tham_dinh', to: 'trinh_hoi_dong', label: 'Trình Hội đồng', requiresReason: false },
    { from: 'lay_y_kien', to: 'trinh_hoi_dong', label: 'Trình Hội đồng', requiresReason: false },
    { from: 'trinh_hoi_dong', to: 'bieu_quyet', label: 'Mở biểu quyết', requiresReason: false },
    { from: 'bieu_quyet', to: 'trinh_ky', label: 'Trình ký', requiresReason: false },
    { from: 'trinh_ky', to: 'quyet_dinh', label: 'Ban hành quyết định', requiresReason: false },
    { from: 'tham_dinh', to: 'chuyen_cap_tren', label: 'Trình cấp trên', requiresReason: false },
    { from: 'trinh_ky', to: 'chuyen_cap_tren', label: 'Trình cấp trên', requiresReason: false },
  ],
};
