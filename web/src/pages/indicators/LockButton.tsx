import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useCreateLock, useDeleteLock, usePeriodLocks, type LockView } from '../../api/indicators';
import { formatViDateTime } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';

interface Props {
  unit: { id: string; name: string };
  periodKey: string;
  periodLabel: string;
  /** The lock the grid reports on this column: it may be the unit's own or an ancestor's. */
  columnLock: LockView | null;
  /** Refused while figures are unsaved: locking would strand them. */
  disabled?: boolean;
}

/** "Khóa kỳ" closes a period of a unit's subtree to changes; "Mở khóa" reopens it (period.lock only). */
export function LockButton({ unit, periodKey, periodLabel, columnLock, disabled }: Props) {
  const locks = usePeriodLocks({ unitId: unit.id, periodKey });
  const lock = locks.data?.find((l) => l.unit.id === unit.id && l.periodKey === periodKey) ?? columnLock;
  const create = useCreateLock();
  const remove = useDeleteLock();
  const feedback = useFeedback();
  const { modal } = App.useApp();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');

  if (lock) {
    const unlock = () =>
      modal.confirm({
        title: `Mở khóa ${lock.periodLabel} của ${lock.unit.name}?`,
        content: (
          <>
            <p>
              Đã khóa{lock.lockedBy ? ` bởi ${lock.lockedBy}` : ''} lúc {formatViDateTime(lock.lockedAt)}
              {lock.reason ? `. Lý do: ${lock.reason}` : ''}.
            </p>
            <p>Sau khi mở khóa, các đơn vị có quyền sẽ sửa được số liệu của kỳ này.</p>
          </>
        ),
        okText: 'Mở khóa',
        cancelText: 'Hủy',
        onOk: () => remove.mutateAsync(lock.id).then(() => feedback.success('Đã mở khóa kỳ.'), (e: unknown) => feedback.error(e)),
      });
    return (
      <Button icon={<UnlockOutlined />} onClick={unlock} loading={remove.isPending}>
        Mở khóa
      </Button>
    );
  }

  const submit = () =>
    create.mutate(
      { unitId: unit.id, periodKey, reason: reason.trim() || null },
      {
        onSuccess: () => {
          feedback.success(`Đã khóa ${periodLabel} của ${unit.name}.`);
          setAsking(false);
          setReason('');
        },
        onError: (e) => feedback.error(e),
      },
    );

  return (
    <>
      <Button icon={<LockOutlined />} onClick={() => setAsking(true)} disabled={disabled} title={disabled ? 'Lưu hoặc bỏ các thay đổi trước khi khóa kỳ.' : undefined}>
        Khóa kỳ
      </Button>
      <Modal open={asking} title={`Khóa ${periodLabel} của ${unit.name}`} okText="Khóa kỳ" cancelText="Hủy" onOk={submit} confirmLoading={create.isPending} onCancel={() => setAsking(false)} destroyOnHidden>
        <Typography.Paragraph>Sau khi khóa, không ai sửa được số liệu của {unit.name} và các đơn vị trực thuộc trong kỳ này cho tới khi mở khóa.</Typography.Paragraph>
        <label htmlFor="lock-reason">Lý do khóa</label>
        <Input.TextArea id="lock-reason" value={reason} onChange={(e) => setReason(e.target.value)} maxLength={1000} autoSize={{ minRows: 2, maxRows: 4 }} placeholder="Ví dụ: Đã tổng hợp báo cáo sơ kết 6 tháng" />
      </Modal>
    </>
  );
}
