import { AppError } from '../../shared/errors';
import { formatViDate } from '../../shared/vi-date';
import { within, type Period } from '../../shared/period';

export interface MovementShape {
  name: string;
  periodFrom: string;
  periodTo: string;
  criteria: { text: string; mandatory: boolean }[];
  scopeCount: number;
}

export function assertPeriod(p: { periodFrom: string; periodTo: string }): void {
  if (p.periodFrom > p.periodTo) {
    throw new AppError('VALIDATION', `Thời gian phong trào không hợp lệ: bắt đầu ${formatViDate(p.periodFrom)} sau khi kết thúc ${formatViDate(p.periodTo)}.`, [
      { path: 'periodTo', message: 'Ngày kết thúc phải sau ngày bắt đầu.' },
    ]);
  }
}

/** A province's movement that answers a national one runs inside the national one's period. */
export function assertWithinParent(child: { periodFrom: string; periodTo: string }, parent: { name: string; periodFrom: string; periodTo: string }): void {
  const c: Period = { validFrom: child.periodFrom, validTo: child.periodTo };
  if (!within(c, { validFrom: parent.periodFrom, validTo: parent.periodTo })) {
    throw new AppError(
      'VALIDATION',
      `Thời gian ${formatViDate(child.periodFrom)}–${formatViDate(child.periodTo)} nằm ngoài thời gian của phong trào cấp trên "${parent.name}" (${formatViDate(parent.periodFrom)}–${formatViDate(parent.periodTo)}).`,
      [{ path: 'parentId', message: 'Thời gian không khớp với phong trào cấp trên.' }],
    );
  }
}

/** What must be in place before a movement is launched to the units. */
export function launchProblems(m: MovementShape): string[] {
  const problems: string[] = [];
  if (m.scopeCount === 0) problems.push('chưa chọn đơn vị hoặc cụm, khối tham gia');
  if (m.criteria.length === 0) problems.push('chưa có tiêu chí thi đua');
  if (m.criteria.some((c) => !c.text.trim())) problems.push('có tiêu chí để trống nội dung');
  return problems;
}

export function assertLaunchable(m: MovementShape): void {
  const problems = launchProblems(m);
  if (problems.length) throw new AppError('VALIDATION', `Chưa thể phát động "${m.name}": ${problems.join('; ')}.`);
}
