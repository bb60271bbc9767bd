import { InputNumber, Select, Space } from 'antd';
import { parsePeriodKey, type PeriodGrain } from '../../../../src/indicators/domain/period-key';

const GRAINS: { value: PeriodGrain; label: string }[] = [
  { value: 'year', label: 'Năm' },
  { value: 'half', label: '6 tháng đầu năm' },
  { value: 'nine_months', label: '9 tháng đầu năm' },
  { value: 'quarter', label: 'Quý' },
  { value: 'month', label: 'Tháng' },
  { value: 'phase', label: 'Giai đoạn' },
];
const QUARTERS = ['I', 'II', 'III', 'IV'].map((r, i) => ({ value: i + 1, label: `Quý ${r}` }));
const MONTHS = Array.from({ length: 12 }, (_, i) => ({ value: i + 1, label: `Tháng ${i + 1}` }));
const pad = (n: number) => String(n).padStart(2, '0');

interface Parts {
  grain: PeriodGrain;
  year: number;
  /** Quarter or month number; the end year of a phase. */
  sub: number;
}

function toParts(key: string | undefined): Parts {
  const p = key ? parsePeriodKey(key) : null;
  const year = p ? +p.from.slice(0, 4) : new Date().getFullYear();
  if (!p) return { grain: 'year', year, sub: 1 };
  if (p.grain === 'quarter') return { grain: p.grain, year, sub: +key!.slice(6) };
  if (p.grain === 'month') return { grain: p.grain, year, sub: +key!.slice(6) };
  if (p.grain === 'phase') return { grain: p.grain, year, sub: +p.to.slice(0, 4) };
  return { grain: p.grain, year, sub: 1 };
}

/** The period key the server understands (period-key.ts): 2023, 2023-H1, 2023-9M, 2023-Q3, 2023-M06, 2021-2025. */
export function toKey({ grain, year, sub }: Parts): string {
  switch (grain) {
    case 'year':
      return `${year}`;
    case 'half':
      return `${year}-H1`;
    case 'nine_months':
      return `${year}-9M`;
    case 'quarter':
      return `${year}-Q${Math.min(Math.max(sub, 1), 4)}`;
    case 'month':
      return `${year}-M${pad(Math.min(Math.max(sub, 1), 12))}`;
    case 'phase':
      return `${year}-${sub > year && sub - year <= 10 ? sub : year + 4}`;
  }
}

/** Picks a reporting period as the forms name them ("6 tháng đầu năm 2024", "Quý III/2023", "Giai đoạn 2021–2025"). */
export function PeriodPicker({ value, onChange, grains }: { value?: string; onChange?: (key: string) => void; grains?: PeriodGrain[] }) {
  const parts = toParts(value);
  const set = (patch: Partial<Parts>) => {
    const next = { ...parts, ...patch };
    // A fresh phase starts as the usual five-year plan.
    if (patch.grain === 'phase' && parts.grain !== 'phase') next.sub = next.year + 4;
    if ((patch.grain === 'quarter' || patch.grain === 'month') && parts.grain !== patch.grain) next.sub = 1;
    const key = toKey(next);
    if (parsePeriodKey(key)) onChange?.(key);
  };
  return (
    <Space.Compact>
      <Select<PeriodGrain>
        aria-label="Loại kỳ"
        value={parts.grain}
        options={grains ? GRAINS.filter((g) => grains.includes(g.value)) : GRAINS}
        onChange={(grain) => set({ grain })}
        style={{ width: 160 }}
      />
      {parts.grain === 'quarter' && <Select aria-label="Quý" value={parts.sub} options={QUARTERS} onChange={(sub) => set({ sub })} style={{ width: 100 }} />}
      {parts.grain === 'month' && <Select aria-label="Tháng" value={parts.sub} options={MONTHS} onChange={(sub) => set({ sub })} style={{ width: 110 }} />}
      <InputNumber<number>
        aria-label={parts.grain === 'phase' ? 'Từ năm' : 'Năm'}
        value={parts.year}
        min={1945}
        max={2200}
        precision={0}
        // Half-typed years ("20") wait until they form a real year.
        onChange={(y) => y && y >= 1945 && y <= 2200 && set({ year: y, sub: parts.grain === 'phase' ? y + (parts.sub - parts.year) : parts.sub })}
        style={{ width: 90 }}
      />
      {parts.grain === 'phase' && (
        <InputNumber<number>
          aria-label="Đến năm"
          value={parts.sub}
          min={parts.year + 1}
          max={parts.year + 10}
          precision={0}
          onChange={(y) => y && y > parts.year && set({ sub: y })}
          style={{ width: 90 }}
          prefix="–"
        />
      )}
    </Space.Compact>
  );
}
