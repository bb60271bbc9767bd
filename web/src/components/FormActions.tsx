import { Button, Space } from 'antd';

/** Cancel / submit buttons at the bottom of a modal form. */
export function FormActions({ onCancel, loading, submitText = 'Lưu' }: { onCancel: () => void; loading?: boolean; submitText?: string }) {
  return (
    <div style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 8 }}>
      <Space>
        <Button onClick={onCancel}>Hủy</Button>
        <Button type="primary" htmlType="submit" loading={loading}>
          {submitText}
        </Button>
      </Space>
    </div>
  );
}
