import { Fragment, useMemo, type ReactNode } from 'react';
import { richTextLayout, type RichTextLayout } from '../../../../src/shared/rich-text';
import type { RichBlock, RichDoc, RichInline, RichListItem, RichParagraph } from '../../../../src/shared/rich-text-types';
import './rich-text.css';

export interface RichTextHighlight {
  /** Code-point offsets into richToPlainText(doc) (footnotes as "[n]"), end exclusive. */
  start: number;
  end: number;
  severity: 'high' | 'medium' | 'low';
  /** Shown on hover (the `title` attribute); several overlapping highlights show all their titles. */
  title: string;
  onClick?: () => void;
  /** Put on the first <mark> of the highlight, so a list of findings can scroll to it. */
  id?: string;
}

export interface RichTextViewProps {
  doc: RichDoc;
  highlights?: RichTextHighlight[];
  className?: string;
}

const RANK = { high: 3, medium: 2, low: 1 } as const;

/** Like richTextLayout, tolerate an old or hand-made document: missing arrays are empty, unknown nodes skipped. */
const items = <T,>(v: T[] | undefined): T[] => (Array.isArray(v) ? v : []);

interface Ctx {
  layout: RichTextLayout;
  highlights: RichTextHighlight[];
  /** Highlights whose id has already been given to a <mark>. */
  anchored: Set<RichTextHighlight>;
}

/** Splits `text`, which starts at code point `start` of the plain text, at the highlights' bounds. */
function renderPieces(text: string, start: number, ctx: Ctx, key: string): ReactNode[] {
  const cps = Array.from(text);
  const end = start + cps.length;
  const hits = ctx.highlights.filter((h) => h.start < end && h.end > start);
  if (!hits.length) return [text];
  const bounds = new Set([start, end]);
  for (const h of hits) {
    bounds.add(Math.max(start, h.start));
    bounds.add(Math.min(end, h.end));
  }
  const cuts = [...bounds].sort((a, b) => a - b);
  const out: ReactNode[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const a = cuts[i]!;
    const b = cuts[i + 1]!;
    const piece = cps.slice(a - start, b - start).join('');
    const covering = hits.filter((h) => h.start <= a && h.end >= b).sort((x, y) => RANK[y.severity] - RANK[x.severity]);
    const top = covering[0];
    if (!top) {
      out.push(piece);
      continue;
    }
    const anchor = covering.find((h) => h.id && !ctx.anchored.has(h));
    if (anchor) ctx.anchored.add(anchor);
    const click = covering.find((h) => h.onClick)?.onClick;
    out.push(
      <mark
        key={`${key}:${a}`}
        id={anchor?.id}
        className={`rt-hl rt-hl-${top.severity}${click ? ' rt-hl-clickable' : ''}`}
        title={covering.map((h) => h.title).join('\n')}
        onClick={click}
        onKeyDown={click ? (e) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), click()) : undefined}
        role={click ? 'button' : undefined}
        tabIndex={click ? 0 : undefined}
      >
        {piece}
      </mark>,
    );
  }
  return out;
}

function renderInline(n: RichInline, path: string, ctx: Ctx): ReactNode {
  const at = ctx.layout.inlines.get(path);
  if (n.type === 'hardBreak') return <br key={path} />;
  if (n.type === 'footnote') {
    const note = ctx.layout.footnotes.find((f) => f.path === path);
    return (
      <sup key={path} className="rt-fn-ref" title={n.attrs.text}>
        {renderPieces(`[${note?.n ?? '?'}]`, at?.start ?? 0, ctx, path)}
      </sup>
    );
  }
  if (n.type !== 'text' || !at) return null;
  let node: ReactNode = renderPieces(n.text, at.start, ctx, path);
  for (const m of [...items(n.marks)].reverse()) {
    if (m.type === 'underline') node = <u>{node}</u>;
    else if (m.type === 'italic') node = <em>{node}</em>;
    else node = <strong>{node}</strong>;
  }
  return <Fragment key={path}>{node}</Fragment>;
}

function renderParagraph(p: RichParagraph, path: string, ctx: Ctx): ReactNode {
  const content = items(p.content);
  return <p key={path}>{content.length ? content.map((n, i) => renderInline(n, `${path}.${i}`, ctx)) : <br />}</p>;
}

function renderItem(item: RichListItem, path: string, ctx: Ctx): ReactNode {
  // Tables never sit in list items (richTextLayout skips them there too).
  return <li key={path}>{items<RichBlock>(item.content).map((c, j) => (c.type === 'table' ? null : renderBlock(c, `${path}.${j}`, ctx)))}</li>;
}

function renderBlock(b: RichBlock, path: string, ctx: Ctx): ReactNode {
  switch (b.type) {
    case 'paragraph':
      return renderParagraph(b, path, ctx);
    case 'bulletList':
      return <ul key={path}>{items(b.content).map((item, i) => renderItem(item, `${path}.${i}`, ctx))}</ul>;
    case 'orderedList':
      return (
        <ol key={path} start={b.attrs?.start}>
          {items(b.content).map((item, i) => renderItem(item, `${path}.${i}`, ctx))}
        </ol>
      );
    case 'table':
      return (
        <div key={path} className="rt-table-wrap">
          <table className="rt-table">
            <tbody>
              {items(b.content).map((row, ri) => (
                <tr key={ri}>
                  {items(row.content).map((cell, ci) => {
                    const Cell = cell.type === 'tableHeader' ? 'th' : 'td';
                    return (
                      <Cell key={ci} colSpan={cell.attrs?.colspan} rowSpan={cell.attrs?.rowspan}>
                        {items(cell.content).map((para, pi) => renderParagraph(para, `${path}.${ri}.${ci}.${pi}`, ctx))}
                      </Cell>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    default:
      return null;
  }
}

/**
 * A report section's rich text, read-only, with the checker's findings highlighted: each highlight's
 * code-point range in richToPlainText(doc) is wrapped in <mark> wherever those characters are drawn,
 * split where formatting changes. Footnotes show as [n], their texts listed below.
 */
export function RichTextView({ doc, highlights, className }: RichTextViewProps) {
  const layout = useMemo(() => richTextLayout(doc), [doc]);
  const shown = useMemo(() => (highlights ?? []).filter((h) => h.end > h.start), [highlights]);
  const ctx: Ctx = { layout, highlights: shown, anchored: new Set() };
  return (
    <div className={`rt-view rt-doc${className ? ` ${className}` : ''}`}>
      {items(doc.content).map((b, i) => renderBlock(b, String(i), ctx))}
      {layout.footnotes.length > 0 && (
        <section className="rt-footnotes" aria-label="Chú thích">
          <ol>
            {layout.footnotes.map((f) => (
              <li key={f.n} value={f.n}>
                {f.text}
              </li>
            ))}
          </ol>
        </section>
      )}
    </div>
  );
}
