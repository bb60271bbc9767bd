import { describe, expect, it } from 'vitest';
import { checkTransition } from '../../shared/workflow';
import { REGISTRATION_WORKFLOW, checkContent, editable, transitionActor } from './registration-workflow';

describe('registration workflow', () => {
  it('goes chưa gửi → chờ duyệt → trả lại (with a reason) → chờ duyệt → đã duyệt', () => {
    expect(checkTransition(REGISTRATION_WORKFLOW, 'chua_gui', 'cho_duyet').label).toBe('Gửi duyệt');
    expect(() => checkTransition(REGISTRATION_WORKFLOW, 'cho_duyet', 'tra_lai', '')).toThrow(/lý do/);
    expect(checkTransition(REGISTRATION_WORKFLOW, 'cho_duyet', 'tra_lai', 'Thiếu chỉ tiêu').to).toBe('tra_lai');
    expect(checkTransition(REGISTRATION_WORKFLOW, 'tra_lai', 'cho_duyet').label).toBe('Gửi lại');
    expect(checkTransition(REGISTRATION_WORKFLOW, 'cho_duyet', 'da_duyet').label).toBe('Duyệt');
    expect(() => checkTransition(REGISTRATION_WORKFLOW, 'chua_gui', 'da_duyet')).toThrow(/Chưa gửi.*Đã duyệt/);
  });
  it('gives decisions to the level above and editing to the unit', () => {
    expect(transitionActor('cho_duyet', 'da_duyet')).toBe('reviewer');
    expect(transitionActor('da_duyet', 'tra_lai')).toBe('reviewer');
    expect(transitionActor('tra_lai', 'cho_duyet')).toBe('unit');
    expect([editable('chua_gui'), editable('tra_lai'), editable('cho_duyet'), editable('da_duyet')]).toEqual([true, true, false, false]);
  });
  it('refuses repeated titles and commitments half bound to an indicator', () => {
    expect(checkContent({ titles: ['Cờ thi đua', 'cờ thi đua '], commitments: [] })[0]?.path).toBe('titles.1');
    expect(checkContent({ titles: [], commitments: [{ text: 'a', indicatorId: 'x', target: null }] })[0]?.path).toBe('commitments.0.target');
    expect(checkContent({ titles: [], commitments: [{ text: 'a', indicatorId: 'x', target: 1 }, { text: 'b', indicatorId: 'x', target: 2 }] })[0]?.path).toBe('commitments.1.indicatorId');
    expect(checkContent({ titles: ['A'], commitments: [{ text: 'a', indicatorId: 'x', target: 1 }, { text: 'b' }] })).toEqual([]);
  });
});
