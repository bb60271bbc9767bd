import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { allowedTransitions, checkTransition } from '../../shared/workflow';
import type { ReportState } from '../../db/schema';
import { CAMPAIGN_WORKFLOW, REPORT_WORKFLOW, reportActor, reportEditable } from './report-workflow';

const ALL_REPORT_STATES: ReportState[] = ['chua_mo', 'dang_soan', 'da_nop', 'tra_lai', 'da_duyet'];

describe('CAMPAIGN_WORKFLOW', () => {
  it('goes soạn thảo → đang mở → đã đóng, and reopening needs a reason', () => {
    expect(CAMPAIGN_WORKFLOW.initial).toBe('soan_thao');
    expect(checkTransition(CAMPAIGN_WORKFLOW, 'soan_thao', 'dang_mo').label).toBe('Gửi yêu cầu');
    expect(checkTransition(CAMPAIGN_WORKFLOW, 'dang_mo', 'da_dong').label).toBe('Đóng yêu cầu');
    expect(() => checkTransition(CAMPAIGN_WORKFLOW, 'da_dong', 'dang_mo')).toThrow(/lý do/);
    expect(() => checkTransition(CAMPAIGN_WORKFLOW, 'da_dong', 'dang_mo', '   ')).toThrow(AppError);
    expect(checkTransition(CAMPAIGN_WORKFLOW, 'da_dong', 'dang_mo', 'Gia hạn theo chỉ đạo').to).toBe('dang_mo');
  });

  it('cannot go back to drafting or close a draft', () => {
    expect(() => checkTransition(CAMPAIGN_WORKFLOW, 'dang_mo', 'soan_thao')).toThrow(/không thể chuyển/);
    expect(() => checkTransition(CAMPAIGN_WORKFLOW, 'soan_thao', 'da_dong')).toThrow(/Có thể chuyển sang: "Đang nhận báo cáo"/);
  });
});

describe('REPORT_WORKFLOW', () => {
  it('has a label for every state and only transitions between known states', () => {
    expect(Object.keys(REPORT_WORKFLOW.states).sort()).toEqual([...ALL_REPORT_STATES].sort());
    for (const t of REPORT_WORKFLOW.transitions) {
      expect(ALL_REPORT_STATES).toContain(t.from);
      expect(ALL_REPORT_STATES).toContain(t.to);
    }
    expect(REPORT_WORKFLOW.initial).toBe('chua_mo');
  });

  it('needs a reason exactly for returning and un-accepting', () => {
    const withReason = REPORT_WORKFLOW.transitions.filter((t) => t.requiresReason).map((t) => `${t.from}→${t.to}`);
    expect(withReason.sort()).toEqual(['da_duyet→tra_lai', 'da_nop→tra_lai']);
    expect(() => checkTransition(REPORT_WORKFLOW, 'da_nop', 'tra_lai', '')).toThrow(/lý do/);
    expect(checkTransition(REPORT_WORKFLOW, 'da_nop', 'tra_lai', 'Thiếu số liệu mục II.2').to).toBe('tra_lai');
  });

  it('freezes accepted content: from đã duyệt the only way is back to the unit with a reason', () => {
    expect(allowedTransitions(REPORT_WORKFLOW, 'da_duyet').map((t) => t.to)).toEqual(['tra_lai']);
    expect(() => checkTransition(REPORT_WORKFLOW, 'da_duyet', 'dang_soan')).toThrow(AppError);
    expect(() => checkTransition(REPORT_WORKFLOW, 'chua_mo', 'da_nop')).toThrow(/Bắt đầu soạn|Đang soạn/);
  });

  it('lets a returned report be resubmitted directly and a submitted one be withdrawn', () => {
    expect(checkTransition(REPORT_WORKFLOW, 'tra_lai', 'da_nop').label).toBe('Nộp lại');
    expect(checkTransition(REPORT_WORKFLOW, 'da_nop', 'dang_soan').requiresReason).toBe(false);
  });
});

describe('reportActor and reportEditable', () => {
  it('the reviewer returns and accepts; the unit does the rest', () => {
    expect(reportActor('tra_lai')).toBe('reviewer');
    expect(reportActor('da_duyet')).toBe('reviewer');
    expect(reportActor('da_nop')).toBe('unit');
    expect(reportActor('dang_soan')).toBe('unit');
  });

  it('content is editable only while the unit holds the report', () => {
    expect(ALL_REPORT_STATES.filter(reportEditable)).toEqual(['chua_mo', 'dang_soan', 'tra_lai']);
  });

  it('every transition into an editable state is made by the unit except a return', () => {
    for (const t of REPORT_WORKFLOW.transitions) {
      if (reportActor(t.to) === 'reviewer') expect(t.from === 'da_nop' || t.from === 'da_duyet').toBe(true);
    }
  });
});
