import { Typography } from 'antd';
import { useMemo } from 'react';
import { richTextDiff } from '../../../../src/shared/rich-text';
import type { RichDoc } from '../../../../src/shared/rich-text-types';
import './rich-text.css';

export interface RichTextDiffViewProps {
  before: RichDoc;
  after: RichDoc;
}

/** What changed between two versions of a text, word by word: additions underlined green, removals struck red. */
export function RichTextDiffView({ before, after }: RichTextDiffViewProps) {
  const ops = useMemo(() => richTextDiff(before, after), [before, after]);
  const changed = ops.some((o) => o.op !== 'equal');
  return (
    <div className="rt-diff-wrap">
      {!changed && (
        <Typography.Text type="secondary" className="rt-diff-same">
          Hai phiên bản giống nhau.
        </Typography.Text>
      )}
      <div className="rt-diff" aria-label="So sánh hai phiên bản">
        {ops.map((o, i) =>
          o.op === 'insert' ? (
            <ins key={i} className="rt-diff-ins" title="Đã thêm">
              {o.text}
            </ins>
          ) : o.op === 'delete' ? (
            <del key={i} className="rt-diff-del" title="Đã xóa">
              {o.text}
            </del>
          ) : (
            <span key={i}>{o.text}</span>
          ),
        )}
      </div>
    </div>
  );
}
