import { Form } from 'antd';
import { DateInput } from './DateInput';

/** The validity period of a dated record: an open end means "not ended yet". */
export function PeriodFields({ fromLabel = 'Từ ngày', toExtra = 'Để trống nếu chưa kết thúc.' }: { fromLabel?: string; toExtra?: string }) {
  return (
    <div style={{ display: 'flex', gap: 16 }}>
      <Form.Item label={fromLabel} name="validFrom" style={{ flex: 1 }}>
        <DateInput />
      </Form.Item>
      <Form.Item label="Đến ngày" name="validTo" style={{ flex: 1 }} extra={toExtra}>
        <DateInput />
      </Form.Item>
    </div>
  );
}
