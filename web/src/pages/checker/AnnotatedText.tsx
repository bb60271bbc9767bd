import { Tooltip } from 'antd';
import { useMemo } from 'react';
import type { CheckFinding } from '../../api/checker';
import { CATEGORY_INFO } from './categories';

interface Piece {
  text: string;
  findings: number[];
}

/** Cuts the text (by code points, as the API counts) into runs covered by the same findings. */
function pieces(text: string, findings: CheckFinding[]): Piece[] {
  const cps = Array.from(text);
  const bounds = new Set<number>([0, cps.length]);
  for (const f of findings) {
    bounds.add(Math.max(0, Math.min(cps.length, f.start)));
    bounds.add(Math.max(0, Math.min(cps.length, f.end)));
  }
  const sorted = [...bounds].sort((a, b) => a - b);
  const out: Piece[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const [a, b] = [sorted[i]!, sorted[i + 1]!];
    out.push({ text: cps.slice(a, b).join(''), findings: findings.flatMap((f, k) => (f.start <= a && f.end >= b ? [k] : [])) });
  }
  return out;
}

export const markId = (index: number) => `kiem-tra-${index}`;

/** The report with each finding highlighted in its category's colour; hovering shows the computation and the suggestion. */
export function AnnotatedText({ text, findings, active }: { text: string; findings: CheckFinding[]; active: number | null }) {
  const runs = useMemo(() => pieces(text, findings), [text, findings]);
  const firstMarked = new Set<number>();
  return (
    <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.9, fontSize: 15, maxHeight: '70vh', overflow: 'auto', padding: 16, border: '1px solid #f0f0f0', borderRadius: 8, background: '#fff' }}>
      {runs.map((r, i) => {
        if (!r.findings.length) return <span key={i}>{r.text}</span>;
        const top = findings[r.findings[0]!]!;
        const anchor = r.findings.find((k) => !firstMarked.has(k));
        if (anchor !== undefined) r.findings.forEach((k) => firstMarked.add(k));
        const isActive = active !== null && r.findings.includes(active);
        return (
          <Tooltip
            key={i}
            title={
              <div>
                {r.findings.map((k) => (
                  <div key={k} style={{ marginBottom: 4 }}>
                    <strong>{CATEGORY_INFO[findings[k]!.category].label}:</strong> {findings[k]!.message}
                    {findings[k]!.suggestion && <div>Gợi ý: {findings[k]!.suggestion}</div>}
                  </div>
                ))}
              </div>
            }
          >
            <mark
              id={anchor !== undefined ? markId(anchor) : undefined}
              style={{ background: CATEGORY_INFO[top.category].color, padding: '1px 0', borderRadius: 3, outline: isActive ? '2px solid #1677ff' : undefined, cursor: 'help' }}
            >
              {r.text}
            </mark>
          </Tooltip>
        );
      })}
    </div>
  );
}
