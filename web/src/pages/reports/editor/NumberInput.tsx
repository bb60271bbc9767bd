import { Input, Tooltip } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { formatViNumber, parseViNumber } from '../../../../../src/indicators/domain/vi-number';

const show = (v: number | string | null | undefined) => (v === null || v === undefined ? '' : typeof v === 'number' ? formatViNumber(v) : v);

/**
 * A figure typed the Vietnamese way ("1.234.567,5"). A readable figure goes up as a number; an
 * unreadable one stays in the box in red with the reason and is not sent, so nothing is guessed.
 */
export function NumberInput(props: {
  value: number | string | null | undefined;
  onChange: (v: number | null) => void;
  'aria-label': string;
  unitOfMeasure?: string;
  maxDecimals?: number;
  disabled?: boolean;
}) {
  const { value, onChange, unitOfMeasure, maxDecimals } = props;
  const [text, setText] = useState(show(value));
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  // Follows the value from outside (row deleted above, revision restored) unless the user is typing here.
  useEffect(() => {
    if (!focused.current) {
      setText(show(value));
      setError(null);
    }
  }, [value]);

  const change = (t: string) => {
    setText(t);
    if (!t.trim()) {
      setError(null);
      return onChange(null);
    }
    const p = parseViNumber(t, { unitOfMeasure, maxDecimals });
    if (p.ok) {
      setError(null);
      onChange(p.value);
    } else setError(p.reason);
  };

  return (
    <Tooltip title={error} open={error ? undefined : false}>
      <Input
        value={text}
        onChange={(e) => change(e.target.value)}
        onFocus={() => (focused.current = true)}
        onBlur={() => {
          focused.current = false;
          if (!error && text.trim()) {
            const p = parseViNumber(text, { unitOfMeasure, maxDecimals });
            if (p.ok) setText(formatViNumber(p.value));
          }
        }}
        status={error ? 'error' : undefined}
        aria-label={props['aria-label']}
        aria-invalid={!!error}
        title={error ?? undefined}
        disabled={props.disabled}
        inputMode="decimal"
        style={{ textAlign: 'right' }}
      />
    </Tooltip>
  );
}
