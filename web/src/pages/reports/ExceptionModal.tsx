import { Button, Form, Modal, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useLockException, type RecipientView } from '../../api/reports';
import { DateInput } from '../../components/DateInput';
import { fromIso, toIso } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';

/**
 * "Mở khóa riêng": after the deadline (and grace days) a report locks; the board may let one unit
 * keep editing and submitting until a later day, or take that back.
 */
export function ExceptionModal({ campaignId, recipient, onClose }: { campaignId: string; recipient: RecipientView | null; onClose: () => void }) {
  return (
    <Modal open={!!recipient} title={recipient ? `Mở khóa riêng: ${recipient.unit.name}` : ''} footer={null} onCancel={onClose} destroyOnHidden>
      {recipient && <ExceptionForm campaignId={campaignId} recipient={recipient} onClose={onClose} />}
    </Modal>
  );
}

function ExceptionForm({ campaignId, recipient, onClose }: { campaignId: string; recipient: RecipientView; onClose: () => void }) {
  const [form] = Form.useForm<{ until: Dayjs | null }>();
  const set = useLockException(campaignId);
  const feedback = useFeedback();
  const save = (until: string | null) =>
    set.mutate(
      { unitId: recipient.unit.id, until },
      {
        onSuccess: () => {
          feedback.success(until ? 'Đã mở khóa riêng cho đơn vị.' : 'Đã bỏ mở khóa riêng.');
          onClose();
        },
        onError: (err) => feedback.error(err, { form }),
      },
    );
  return (
    <Form form={form} layout="vertical" initialValues={{ until: fromIso(recipient.lockExceptionUntil) }} onFinish={(v) => save(toIso(v.until))}>
      <Typography.Paragraph type="secondary">Đơn vị được sửa và nộp báo cáo đến hết ngày này, kể cả khi đã quá hạn nộp.</Typography.Paragraph>
      <Form.Item label="Cho phép sửa đến ngày" name="until" rules={[{ required: true, message: 'Chọn ngày.' }]}>
        <DateInput />
      </Form.Item>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
        <span>
          {recipient.lockExceptionUntil && (
            <Button danger loading={set.isPending && set.variables?.until === null} onClick={() => save(null)}>
              Bỏ mở khóa riêng
            </Button>
          )}
        </span>
        <Space>
          <Button onClick={onClose}>Hủy</Button>
          <Button type="primary" htmlType="submit" loading={set.isPending && set.variables?.until !== null}>
            Lưu
          </Button>
        </Space>
      </div>
    </Form>
  );
}
