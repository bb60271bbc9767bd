import { describe, expect, it } from 'vitest';
import { richFromPlainText } from '../../shared/rich-text';
import { mergeComposition, type Source, type StoredSection } from './synthesis-merge';

const doc = (t: string) => richFromPlainText(t);
const src = (reportId: string, name: string, revision: number): Source => ({ reportId, unit: { id: `u-${reportId}`, name }, revision });
const ORDER = [
  { key: 'I.1', label: 'I.1' },
  { key: 'I.2', label: 'I.2' },
];

describe('mergeComposition', () => {
  it('first composition: every section generated, nothing edited, no changes listed', () => {
    const { sections, changes } = mergeComposition(null, { order: ORDER, sections: { 'I.1': doc('A'), 'I.2': doc('B') } }, [src('r1', 'Tỉnh An Giang', 1)]);
    expect(sections).toEqual([
      { key: 'I.1', generated: doc('A'), edited: null, sourceChanged: false, previousGenerated: null },
      { key: 'I.2', generated: doc('B'), edited: null, sourceChanged: false, previousGenerated: null },
    ]);
    expect(changes).toEqual([]);
  });

  it('keeps the outline order of the composition', () => {
    const order = [ORDER[1]!, ORDER[0]!];
    const { sections } = mergeComposition(null, { order, sections: { 'I.1': doc('A'), 'I.2': doc('B') } }, []);
    expect(sections.map((s) => s.key)).toEqual(['I.2', 'I.1']);
  });

  it('unchanged source keeps the edits and any earlier flag as they were', () => {
    const prev: StoredSection[] = [
      { key: 'I.1', generated: doc('A'), edited: doc('A đã sửa'), sourceChanged: false, previousGenerated: null },
      { key: 'I.2', generated: doc('B2'), edited: doc('B đã sửa'), sourceChanged: true, previousGenerated: doc('B1') },
    ];
    const sources = [src('r1', 'Tỉnh An Giang', 2)];
    const { sections, changes } = mergeComposition({ sections: prev, sources }, { order: ORDER, sections: { 'I.1': doc('A'), 'I.2': doc('B2') } }, sources);
    expect(sections).toEqual(prev);
    expect(changes).toEqual([]);
  });

  it('changed source with an edit: keeps the edit, flags the section with the old and new text', () => {
    const prev: StoredSection[] = [{ key: 'I.1', generated: doc('A'), edited: doc('A đã sửa'), sourceChanged: false, previousGenerated: null }];
    const sources = [src('r1', 'Tỉnh An Giang', 1)];
    const { sections, changes } = mergeComposition({ sections: prev, sources }, { order: [ORDER[0]!], sections: { 'I.1': doc('A mới') } }, sources);
    expect(sections).toEqual([{ key: 'I.1', generated: doc('A mới'), edited: doc('A đã sửa'), sourceChanged: true, previousGenerated: doc('A') }]);
    expect(changes).toEqual(['Mục I.1: nội dung tổng hợp từ báo cáo đã thay đổi; giữ bản đã sửa, cần xem lại phần khác biệt.']);
  });

  it('changed source without an edit: replaces the text, no flag', () => {
    const prev: StoredSection[] = [{ key: 'I.2', generated: doc('B'), edited: null, sourceChanged: false, previousGenerated: null }];
    const sources = [src('r1', 'Tỉnh An Giang', 1)];
    const { sections, changes } = mergeComposition({ sections: prev, sources }, { order: [ORDER[1]!], sections: { 'I.2': doc('B mới') } }, sources);
    expect(sections).toEqual([{ key: 'I.2', generated: doc('B mới'), edited: null, sourceChanged: false, previousGenerated: doc('B') }]);
    expect(changes).toEqual(['Mục I.2: đã cập nhật theo báo cáo mới.']);
  });

  it('a second change before the specialist reviews the first keeps the text the edit was based on', () => {
    const sources = [src('r1', 'Tỉnh An Giang', 1)];
    const first = mergeComposition(
      { sections: [{ key: 'I.1', generated: doc('G1'), edited: doc('Sửa từ G1'), sourceChanged: false, previousGenerated: null }], sources },
      { order: [ORDER[0]!], sections: { 'I.1': doc('G2') } },
      sources,
    );
    const second = mergeComposition({ sections: first.sections, sources }, { order: [ORDER[0]!], sections: { 'I.1': doc('G3') } }, sources);
    // The diff must still show G1 → G3: the G1 → G2 change was never carried over.
    expect(second.sections[0]).toEqual({ key: 'I.1', generated: doc('G3'), edited: doc('Sửa từ G1'), sourceChanged: true, previousGenerated: doc('G1') });
  });

  it('a section new to the outline order starts fresh; one no longer composed is dropped', () => {
    const prev: StoredSection[] = [{ key: 'OLD', generated: doc('x'), edited: doc('y'), sourceChanged: false, previousGenerated: null }];
    const { sections, changes } = mergeComposition({ sections: prev, sources: [] }, { order: [ORDER[0]!], sections: { 'I.1': doc('A') } }, []);
    expect(sections).toEqual([{ key: 'I.1', generated: doc('A'), edited: null, sourceChanged: false, previousGenerated: null }]);
    expect(changes).toEqual([]);
  });

  it('lists new, changed-revision and removed sources, in that order', () => {
    const before = [src('r1', 'Tỉnh An Giang', 1), src('r2', 'Tỉnh Bạc Liêu', 3), src('r3', 'Tỉnh Cà Mau', 1)];
    const now = [src('r1', 'Tỉnh An Giang', 1), src('r2', 'Tỉnh Bạc Liêu', 4), src('r4', 'Thành phố Cần Thơ', 1)];
    const { changes } = mergeComposition({ sections: [], sources: before }, { order: [], sections: {} }, now);
    expect(changes).toEqual([
      'Báo cáo của Tỉnh Bạc Liêu đã thay đổi (phiên bản 3 → 4).',
      'Bổ sung báo cáo của Thành phố Cần Thơ.',
      'Không còn dùng báo cáo của Tỉnh Cà Mau (đã hủy duyệt).',
    ]);
  });

  it('lists source changes before section changes', () => {
    const prev: StoredSection[] = [{ key: 'I.1', generated: doc('A'), edited: null, sourceChanged: false, previousGenerated: null }];
    const { changes } = mergeComposition(
      { sections: prev, sources: [] },
      { order: [ORDER[0]!], sections: { 'I.1': doc('A + B') } },
      [src('r9', 'Phường Ngã Bảy', 2)],
    );
    expect(changes).toEqual(['Bổ sung báo cáo của Phường Ngã Bảy.', 'Mục I.1: đã cập nhật theo báo cáo mới.']);
  });

  it('compares documents by content, not identity', () => {
    const prev: StoredSection[] = [{ key: 'I.1', generated: doc('A'), edited: doc('E'), sourceChanged: false, previousGenerated: null }];
    const { sections, changes } = mergeComposition({ sections: prev, sources: [] }, { order: [ORDER[0]!], sections: { 'I.1': structuredClone(doc('A')) } }, []);
    expect(sections[0]).toBe(prev[0]);
    expect(changes).toEqual([]);
  });
});

describe('sameJson', () => {
  it('ignores key order (jsonb returns keys reordered) but not values or array order', async () => {
    const { sameJson } = await import('./synthesis-merge');
    expect(sameJson({ type: 'text', text: 'a', marks: [{ type: 'bold' }] }, { marks: [{ type: 'bold' }], text: 'a', type: 'text' })).toBe(true);
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameJson({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
    expect(sameJson({ a: 1 }, { a: '1' })).toBe(false);
  });
});
