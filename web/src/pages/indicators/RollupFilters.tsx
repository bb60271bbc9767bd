import { Segmented, Select, Space, Switch } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { GROUP_KIND_LABELS } from '../../../../src/shared/api/groups';
import { parsePeriodKey } from '../../../../src/indicators/domain/period-key';
import { searchKey } from '../../../../src/shared/vi-text';
import { useMe } from '../../api/auth';
import { useGroups } from '../../api/groups';
import { DateInput } from '../../components/DateInput';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { useAsOf } from '../../lib/asOf';
import { fromIso, toIso } from '../../lib/dates';
import { PeriodPicker } from './PeriodPicker';
import { SetSelect } from './SetSelect';

export interface RollupSelection {
  setId?: string;
  target: 'unit' | 'group';
  unitId?: string;
  groupId?: string;
  period: string;
  restated: boolean;
  agencies: boolean;
  tab: 'bang' | 'bieu-do';
}

/** The roll-up asked for lives in the URL (with the app's asOf), so a figure can be shared as a link. */
export function useRollupSelection() {
  const [params, setParams] = useSearchParams();
  const me = useMe().data;
  const sel = useMemo<RollupSelection>(() => {
    const period = params.get('period');
    return {
      setId: params.get('setId') ?? undefined,
      target: params.get('groupId') || params.get('target') === 'group' ? 'group' : 'unit',
      unitId: params.get('unitId') ?? me?.homeUnit.id,
      groupId: params.get('groupId') ?? undefined,
      period: period && parsePeriodKey(period) ? period : `${new Date().getFullYear()}`,
      restated: params.get('restated') === '1',
      agencies: params.get('agencies') === '1',
      tab: params.get('tab') === 'bieu-do' ? 'bieu-do' : 'bang',
    };
  }, [params, me]);

  const update = (patch: Partial<RollupSelection>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === null || v === '' || v === false) next.delete(k);
        else next.set(k, v === true ? '1' : String(v));
      }
      return next;
    });
  return { sel, update };
}

function GroupSelect({ year, value, onChange }: { year: number; value?: string; onChange: (id: string | undefined) => void }) {
  const groups = useGroups({ year });
  return (
    <Select<string>
      aria-label="Cụm, khối thi đua"
      placeholder={`Chọn cụm, khối thi đua năm ${year}`}
      value={value}
      onChange={(v) => onChange(v ?? undefined)}
      loading={groups.isFetching}
      options={(groups.data ?? []).map((g) => ({ value: g.id, label: `${g.name} (${GROUP_KIND_LABELS[g.kind]}, ${g.memberCount} thành viên)` }))}
      showSearch={{ filterOption: (input, o) => searchKey(String(o?.label ?? '')).includes(searchKey(input)) }}
      notFoundContent={groups.isError ? groups.error.message : `Không có cụm, khối nào năm ${year}`}
      style={{ width: 340 }}
    />
  );
}

export function RollupFilters({ sel, onChange, unitName }: { sel: RollupSelection; onChange: (p: Partial<RollupSelection>) => void; unitName?: string }) {
  const me = useMe().data;
  const { asOf, setAsOf } = useAsOf();
  const year = +sel.period.slice(0, 4);
  const initial = sel.unitId ? { id: sel.unitId, name: unitName ?? (sel.unitId === me?.homeUnit.id ? me.homeUnit.name : '…') } : null;
  return (
    <Space orientation="vertical" size={12} style={{ width: '100%', marginBottom: 12 }}>
      <Space wrap size={[12, 12]}>
        <SetSelect value={sel.setId} onChange={(setId) => onChange({ setId })} />
        <Segmented<'unit' | 'group'>
          aria-label="Tổng hợp theo"
          value={sel.target}
          onChange={(target) => onChange(target === 'unit' ? { target, groupId: undefined } : { target })}
          options={[
            { value: 'unit', label: 'Đơn vị' },
            { value: 'group', label: 'Cụm, khối' },
          ]}
        />
        {sel.target === 'unit' ? (
          <UnitSearchSelect value={sel.unitId} initial={initial} asOf={asOf} allowClear={false} onChange={(id) => id && onChange({ unitId: id })} style={{ width: 300 }} />
        ) : (
          <GroupSelect year={year} value={sel.groupId} onChange={(groupId) => onChange({ groupId })} />
        )}
        <PeriodPicker value={sel.period} onChange={(period) => onChange({ period })} />
      </Space>
      <Space wrap size={[24, 12]}>
        <span>
          <label htmlFor="rollup-asof" style={{ marginRight: 8 }}>
            Ngày xem
          </label>
          <DateInput id="rollup-asof" value={fromIso(asOf)} onChange={(d) => !Array.isArray(d) && setAsOf(toIso(d))} allowClear={false} style={{ width: 160 }} />
        </span>
        <label>
          <Switch size="small" checked={sel.restated} onChange={(restated) => onChange({ restated })} style={{ marginRight: 8 }} />
          Quy đổi theo đơn vị hành chính hiện nay
        </label>
        <label>
          <Switch size="small" checked={sel.agencies} onChange={(agencies) => onChange({ agencies })} style={{ marginRight: 8 }} />
          Gồm cơ quan, đơn vị
        </label>
      </Space>
    </Space>
  );
}
