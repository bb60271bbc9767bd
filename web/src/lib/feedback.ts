import { App, type FormInstance } from 'antd';
import { useMemo } from 'react';
import { toApiError } from '../api/client';

interface ErrorOptions {
  /** Form on which to show per-field messages from the error's `details`. */
  form?: FormInstance;
  /** Offered to the user after a VERSION_CONFLICT (someone else saved first). */
  onReload?: () => void;
}

/** Success / error messages for mutations; the server's Vietnamese message is always what the user reads. */
export function useFeedback() {
  const { message, modal } = App.useApp();
  return useMemo(
    () => ({
      success(text: string) {
        void message.success(text);
      },
      error(err: unknown, opts: ErrorOptions = {}) {
        const e = toApiError(err);
        if (opts.form && e.details.length > 0) {
          opts.form.setFields(
            e.details.map((d) => ({
              name: d.path.replace(/^body\./, '').split('.'),
              errors: [d.message],
            })),
          );
        }
        if (e.code === 'VERSION_CONFLICT' && opts.onReload) {
          const reload = opts.onReload;
          modal.confirm({
            title: 'Dữ liệu đã thay đổi',
            content: e.message,
            okText: 'Tải lại bản mới nhất',
            cancelText: 'Đóng',
            onOk: reload,
          });
          return;
        }
        void message.error(e.message);
      },
    }),
    [message, modal],
  );
}
