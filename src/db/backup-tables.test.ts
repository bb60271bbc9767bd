import { describe, expect, it } from 'vitest';
import { dependencyOrder, parentFirst } from './backup-tables';

describe('backup order', () => {
  it('puts every table after the tables it references', () => {
    const order = dependencyOrder(['report', 'org_unit', 'award_record', 'award_subject', 'app_user'], [
      { child: 'report', parent: 'org_unit' },
      { child: 'award_record', parent: 'award_subject' },
      { child: 'award_subject', parent: 'org_unit' },
      { child: 'award_record', parent: 'app_user' },
    ]);
    const at = (t: string) => order.indexOf(t);
    expect(order).toHaveLength(5);
    expect(at('org_unit')).toBeLessThan(at('report'));
    expect(at('award_subject')).toBeLessThan(at('award_record'));
    expect(at('app_user')).toBeLessThan(at('award_record'));
  });

  it('orders the rows of a self-referencing table parent first, whatever the order read', () => {
    const rows = [
      { id: 'c', parent_id: 'b' },
      { id: 'b', parent_id: 'a' },
      { id: 'x', parent_id: 'outside' },
      { id: 'a', parent_id: null },
    ];
    const out = parentFirst(rows, [{ column: 'parent_id', target: 'id' }]).map((r) => r.id);
    expect(out.indexOf('a')).toBeLessThan(out.indexOf('b'));
    expect(out.indexOf('b')).toBeLessThan(out.indexOf('c'));
    expect(out).toHaveLength(4);
    expect(parentFirst([{ id: 'p', parent_id: 'q' }, { id: 'q', parent_id: 'p' }], [{ column: 'parent_id', target: 'id' }])).toHaveLength(2);
  });
});
