import { Button, Input, Modal } from 'antd';
import { useEffect, useState } from 'react';
import { RICH_TEXT_LIMITS } from '../../../../src/shared/rich-text';

export interface FootnoteModalState {
  /** Position of the footnote being edited; null when inserting a new one. */
  pos: number | null;
  text: string;
}

/** Asks for a footnote's text; editing also offers removal. Empty text is not accepted. */
export function FootnoteModal({
  state,
  onSave,
  onDelete,
  onCancel,
}: {
  state: FootnoteModalState | null;
  onSave: (text: string) => void;
  onDelete: () => void;
  onCancel: () => void;
}) {
  const [text, setText] = useState('');
  useEffect(() => setText(state?.text ?? ''), [state]);
  const editing = state?.pos !== null && state?.pos !== undefined;
  const ok = text.trim().length > 0;
  return (
    <Modal
      open={state !== null}
      title={editing ? 'Sửa chú thích' : 'Chèn chú thích'}
      okText={editing ? 'Lưu' : 'Chèn'}
      cancelText="Hủy"
      okButtonProps={{ disabled: !ok }}
      onOk={() => ok && onSave(text.trim())}
      onCancel={onCancel}
      destroyOnHidden
      // The editor takes focus back itself, with its selection; antd restoring focus at the end of the
      // close animation would put the caret wherever the browser chooses, possibly after the user typed on.
      focusable={{ focusTriggerAfterClose: false }}
      footer={(_, { OkBtn, CancelBtn }) => (
        <>
          {editing && (
            <Button danger onClick={onDelete} style={{ float: 'left' }}>
              Xóa chú thích
            </Button>
          )}
          <CancelBtn />
          <OkBtn />
        </>
      )}
    >
      <Input.TextArea
        autoFocus
        aria-label="Nội dung chú thích"
        placeholder="Ví dụ: Số liệu theo Báo cáo số 12/BC-CTK ngày 15/12/2024 của Cục Thống kê."
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={RICH_TEXT_LIMITS.maxFootnoteChars}
        showCount
        autoSize={{ minRows: 3, maxRows: 10 }}
        onKeyDown={(e) => {
          // Ctrl+Enter saves; a plain Enter adds a line break, which is stored as a space.
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && ok) onSave(text.trim());
        }}
      />
    </Modal>
  );
}
