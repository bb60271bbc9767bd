import { Input } from 'antd';
import type { FormRule } from 'antd';
import { formatViNumber, parseViNumber } from '../../../../src/indicators/domain/vi-number';

/**
 * Numbers in forms are typed the Vietnamese way ("1.234,5"), like in the grid; the form keeps the
 * text and the submit converts it, so a half-typed figure is never silently rounded or dropped.
 */
export function ViNumberInput(props: { id?: string; value?: string; onChange?: (v: string) => void; placeholder?: string; style?: React.CSSProperties }) {
  return (
    <Input
      id={props.id}
      value={props.value}
      onChange={(e) => props.onChange?.(e.target.value)}
      placeholder={props.placeholder ?? 'Ví dụ: 1.234,5'}
      style={{ textAlign: 'right', ...props.style }}
      inputMode="decimal"
    />
  );
}

export const viNumberRule: FormRule = {
  validator: async (_, v: string | undefined) => {
    if (!v?.trim()) return;
    const p = parseViNumber(v);
    if (!p.ok) throw new Error(p.reason);
  },
};

/** Text from the form → number for the API; blank → null (validation has run, so errors are impossible here). */
export function textToNumber(v: string | undefined | null): number | null {
  if (!v?.trim()) return null;
  const p = parseViNumber(v);
  return p.ok ? p.value : null;
}

export const numberToText = (v: number | null | undefined) => (v === null || v === undefined ? undefined : formatViNumber(v));
