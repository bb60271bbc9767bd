import { InputNumber } from 'antd';
import { useState } from 'react';

const MIN_YEAR = 1945;
const MAX_YEAR = 2200;

/** A year filter for list pages: half-typed years ("20") wait until they form a real year before filtering. */
export function YearFilterInput(props: { label: string; placeholder?: string; initial?: number | null; width?: number; onYear: (year: number | undefined) => void }) {
  const [value, setValue] = useState<number | null>(props.initial ?? null);
  return (
    <InputNumber<number>
      aria-label={props.label}
      placeholder={props.placeholder ?? props.label}
      min={MIN_YEAR}
      max={MAX_YEAR}
      precision={0}
      value={value}
      onChange={(v) => {
        setValue(v);
        if (v === null || (v >= MIN_YEAR && v <= MAX_YEAR)) props.onYear(v ?? undefined);
      }}
      style={{ width: props.width ?? 110 }}
    />
  );
}
