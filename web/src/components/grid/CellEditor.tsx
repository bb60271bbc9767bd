import { useEffect, useRef, useState } from 'react';

export type EditorExit = 'down' | 'up' | 'right' | 'left' | 'stay';

interface Props {
  initial: string;
  /** "enter": started by typing, so arrows leave the cell as in Excel; "edit": F2 or double click, arrows move the caret. */
  mode: 'enter' | 'edit';
  label: string;
  onCommit: (text: string, exit: EditorExit) => void;
  onCancel: () => void;
}

/** The input laid over the active cell while it is edited; its text stays local so typing does not redraw the grid. */
export function CellEditor({ initial, mode, label, onCommit, onCancel }: Props) {
  const [text, setText] = useState(initial);
  const ref = useRef<HTMLInputElement>(null);
  // Blur after Enter/Escape must not commit a second time.
  const done = useRef(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus();
    const end = el.value.length;
    el.setSelectionRange(end, end);
  }, []);

  const finish = (exit: EditorExit | 'cancel') => {
    if (done.current) return;
    done.current = true;
    if (exit === 'cancel') onCancel();
    else onCommit(text, exit);
  };

  return (
    <input
      ref={ref}
      className="vg-editor"
      aria-label={label}
      value={text}
      inputMode="decimal"
      autoComplete="off"
      spellCheck={false}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => finish('stay')}
      onKeyDown={(e) => {
        e.stopPropagation();
        const arrows: Record<string, EditorExit> = { ArrowDown: 'down', ArrowUp: 'up', ArrowRight: 'right', ArrowLeft: 'left' };
        if (e.key === 'Enter') {
          e.preventDefault();
          finish(e.shiftKey ? 'up' : 'down');
        } else if (e.key === 'Tab') {
          e.preventDefault();
          finish(e.shiftKey ? 'left' : 'right');
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish('cancel');
        } else if (mode === 'enter' && arrows[e.key]) {
          e.preventDefault();
          finish(arrows[e.key]!);
        }
      }}
      // A block pasted while editing goes to the grid (fills several cells); one value stays in the input.
      onPaste={(e) => {
        const t = e.clipboardData.getData('text/plain');
        if (/[\t\n]/.test(t.replace(/\r?\n$/, ''))) e.preventDefault();
        else e.stopPropagation();
      }}
    />
  );
}
