import { InputNumber, Segmented, Select, Space } from 'antd';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parsePeriodKey } from '../../../../src/indicators/domain/period-key';
import { useMe } from '../../api/auth';
import type { GridParams, ValueKindName } from '../../api/indicators';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { useAsOf } from '../../lib/asOf';
import { KIND_OPTIONS } from './labels';
import { PeriodPicker } from './PeriodPicker';
import { SetSelect } from './SetSelect';

export type Grain = 'month' | 'quarter' | 'half';
const GRAIN_OPTIONS: { value: Grain; label: string }[] = [
  { value: 'month', label: 'Theo tháng' },
  { value: 'quarter', label: 'Theo quý' },
  { value: 'half', label: '6 tháng và cả năm' },
];

export interface EntrySelection {
  setId?: string;
  unitId?: string;
  period: string;
  kind: ValueKindName;
  layout: 'units' | 'periods';
  year: number;
  grain: Grain;
}

const thisYear = () => new Date().getFullYear();

/** The sheet on screen lives in the URL, so a link or a reload opens the same sheet. */
export function useEntrySelection() {
  const [params, setParams] = useSearchParams();
  const me = useMe().data;
  const sel = useMemo<EntrySelection>(() => {
    const period = params.get('period');
    const kind = params.get('kind');
    const grain = params.get('grain');
    const year = Number(params.get('year'));
    return {
      setId: params.get('setId') ?? undefined,
      unitId: params.get('unitId') ?? me?.homeUnit.id,
      period: period && parsePeriodKey(period) ? period : `${thisYear()}`,
      kind: KIND_OPTIONS.some((k) => k.value === kind) ? (kind as ValueKindName) : 'actual',
      layout: params.get('layout') === 'periods' ? 'periods' : 'units',
      year: year >= 1945 && year <= 2200 ? year : thisYear(),
      grain: grain === 'month' || grain === 'quarter' || grain === 'half' ? grain : 'quarter',
    };
  }, [params, me]);

  const update = (patch: Partial<EntrySelection>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(patch)) {
        if (v === undefined || v === null || v === '') next.delete(k);
        else next.set(k, String(v));
      }
      return next;
    });

  const gridParams: GridParams | null =
    sel.setId && sel.unitId
      ? sel.layout === 'units'
        ? { setId: sel.setId, unitId: sel.unitId, kind: sel.kind, layout: 'units', period: sel.period }
        : { setId: sel.setId, unitId: sel.unitId, kind: sel.kind, layout: 'periods', year: sel.year, grain: sel.grain }
      : null;

  return { sel, update, gridParams };
}

/** Bộ chỉ tiêu, đơn vị, kỳ, loại số liệu and layout pickers above the grid. */
export function DataEntryFilters({ sel, onChange, unitName }: { sel: EntrySelection; onChange: (patch: Partial<EntrySelection>) => void; unitName?: string }) {
  const me = useMe().data;
  const { asOf } = useAsOf();
  const initial = sel.unitId ? { id: sel.unitId, name: unitName ?? (sel.unitId === me?.homeUnit.id ? me.homeUnit.name : '…') } : null;
  return (
    <Space wrap size={[12, 12]} style={{ marginBottom: 12 }}>
      <SetSelect value={sel.setId} onChange={(setId) => onChange({ setId })} />
      <UnitSearchSelect value={sel.unitId} initial={initial} asOf={asOf} allowClear={false} onChange={(id) => id && onChange({ unitId: id })} style={{ width: 300 }} />
      <Segmented<'units' | 'periods'>
        aria-label="Cách trình bày"
        value={sel.layout}
        onChange={(layout) => onChange({ layout })}
        options={[
          { value: 'units', label: 'Theo đơn vị' },
          { value: 'periods', label: 'Theo kỳ' },
        ]}
      />
      {sel.layout === 'units' ? (
        <PeriodPicker value={sel.period} onChange={(period) => onChange({ period })} />
      ) : (
        <Space.Compact>
          <Select<Grain> aria-label="Chia kỳ" value={sel.grain} options={GRAIN_OPTIONS} onChange={(grain) => onChange({ grain })} style={{ width: 170 }} />
          <InputNumber<number>
            aria-label="Năm"
            value={sel.year}
            min={1945}
            max={2200}
            precision={0}
            onChange={(y) => y && y >= 1945 && y <= 2200 && onChange({ year: y })}
            style={{ width: 90 }}
          />
        </Space.Compact>
      )}
      <Select<ValueKindName> aria-label="Loại số liệu" value={sel.kind} options={KIND_OPTIONS} onChange={(kind) => onChange({ kind })} style={{ width: 150 }} />
    </Space>
  );
}
