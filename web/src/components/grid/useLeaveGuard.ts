import { App } from 'antd';
import { useEffect } from 'react';
import { useNavigate } from 'react-router';

const MESSAGE = 'Bạn có thay đổi chưa lưu. Rời trang thì các thay đổi này sẽ mất.';

/**
 * Warns before unsaved figures are lost. The app uses <BrowserRouter>, where useBlocker is not
 * available, so in-app links are caught in the capture phase (the menu renders real links) and
 * closing or reloading the tab goes through beforeunload.
 */
export function useLeaveGuard(dirty: boolean) {
  const { modal } = App.useApp();
  const navigate = useNavigate();

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = MESSAGE;
    };
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const a = (e.target as Element | null)?.closest?.('a[href]');
      if (!(a instanceof HTMLAnchorElement) || a.target === '_blank' || a.hasAttribute('download')) return;
      const url = new URL(a.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname.startsWith('/api/')) return;
      if (url.pathname === window.location.pathname) return;
      e.preventDefault();
      e.stopPropagation();
      modal.confirm({
        title: 'Rời trang khi chưa lưu?',
        content: MESSAGE,
        okText: 'Rời trang',
        okButtonProps: { danger: true },
        cancelText: 'Ở lại',
        onOk: () => navigate(url.pathname + url.search + url.hash),
      });
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
    };
  }, [dirty, modal, navigate]);
}
