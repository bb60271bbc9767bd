import type { Workflow } from '../../shared/workflow';
import type { RegistrationState } from '../../db/schema';

export const REGISTRATION_STATES = ['chua_gui', 'cho_duyet', 'tra_lai', 'da_duyet'] as const;

/** Chưa gửi → chờ duyệt → (trả lại with a reason) → đã duyệt; the level above may reopen an approval with a reason. */
export const REGISTRATION_WORKFLOW: Workflow<RegistrationState> = {
  name: 'Đăng ký thi đua',
  initial: 'chua_gui',
  states: { chua_gui: 'Chưa gửi', cho_duyet: 'Chờ duyệt', tra_lai: 'Bị trả lại', da_duyet: 'Đã duyệt' },
  transitions: [
    { from: 'chua_gui', to: 'cho_duyet', label: 'Gửi duyệt', requiresReason: false },
    { from: 'cho_duyet', to: 'chua_gui', label: 'Rút lại', requiresReason: false },
    { from: 'cho_duyet', to: 'tra_lai', label: 'Trả lại', requiresReason: true },
    { from: 'cho_duyet', to: 'da_duyet', label: 'Duyệt', requiresReason: false },
    { from: 'tra_lai', to: 'cho_duyet', label: 'Gửi lại', requiresReason: false },
    { from: 'da_duyet', to: 'tra_lai', label: 'Hủy duyệt và trả lại', requiresReason: true },
  ],
};

/** Who moves a registration: the registering unit sends and withdraws; the level above decides. */
export function transitionActor(from: RegistrationState, to: RegistrationState): 'unit' | 'reviewer' {
  return to === 'tra_lai' || to === 'da_duyet' ? 'reviewer' : 'unit';
}

/** Content can change only while the unit holds the registration. */
export const editable = (s: RegistrationState) => s === 'chua_gui' || s === 'tra_lai';

/** Problems with a registration's content, in Vietnamese, keyed by field. */
export function checkContent(input: { titles: string[]; commitments: { text: string; indicatorId?: string | null; target?: number | null }[] }): { path: string; message: string }[] {
  const issues: { path: string; message: string }[] = [];
  const seen = new Set<string>();
  input.titles.forEach((t, i) => {
    const k = t.trim().toLocaleLowerCase('vi');
    if (seen.has(k)) issues.push({ path: `titles.${i}`, message: `Danh hiệu "${t.trim()}" được đăng ký hai lần.` });
    seen.add(k);
  });
  const inds = new Set<string>();
  input.commitments.forEach((c, i) => {
    if (!!c.indicatorId !== (c.target !== null && c.target !== undefined)) {
      issues.push({ path: `commitments.${i}.target`, message: 'Giao ước gắn chỉ tiêu cần có giá trị chỉ tiêu (và ngược lại).' });
    }
    if (c.indicatorId) {
      if (inds.has(c.indicatorId)) issues.push({ path: `commitments.${i}.indicatorId`, message: 'Một chỉ tiêu chỉ gắn với một giao ước.' });
      inds.add(c.indicatorId);
    }
  });
  return issues;
}
