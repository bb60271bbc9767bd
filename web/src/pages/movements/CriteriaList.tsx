import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, Space, Tooltip, Typography } from 'antd';

/** "Tiêu chí thi đua": an ordered list (the order is the numbering units report against). */
export function CriteriaList() {
  return (
    <Form.List name="criteria">
      {(fields, { add, remove, move }) => (
        <div>
          <Typography.Text strong>Tiêu chí thi đua</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: '2px 0 8px' }}>
            Cần ít nhất một tiêu chí trước khi phát động. Đánh dấu “Bắt buộc” với tiêu chí đơn vị phải đạt.
          </Typography.Paragraph>
          {fields.map((f, i) => (
            <div key={f.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
              <span style={{ width: 24, paddingTop: 5, textAlign: 'right', color: '#8c8c8c' }}>{i + 1}.</span>
              <Form.Item
                name={[f.name, 'text']}
                style={{ flex: 1, marginBottom: 12 }}
                rules={[{ required: true, whitespace: true, message: 'Nhập nội dung tiêu chí hoặc xóa dòng này.' }]}
              >
                <Input.TextArea aria-label={`Nội dung tiêu chí ${i + 1}`} autoSize={{ minRows: 1, maxRows: 4 }} maxLength={2000} />
              </Form.Item>
              <Form.Item name={[f.name, 'mandatory']} valuePropName="checked" style={{ marginBottom: 12, paddingTop: 5 }}>
                <Checkbox>Bắt buộc</Checkbox>
              </Form.Item>
              <Space.Compact style={{ paddingTop: 0 }}>
                <Tooltip title="Lên trên">
                  <Button aria-label="Lên trên" icon={<ArrowUpOutlined />} disabled={i === 0} onClick={() => move(i, i - 1)} />
                </Tooltip>
                <Tooltip title="Xuống dưới">
                  <Button aria-label="Xuống dưới" icon={<ArrowDownOutlined />} disabled={i === fields.length - 1} onClick={() => move(i, i + 1)} />
                </Tooltip>
                <Tooltip title="Xóa tiêu chí">
                  <Button aria-label="Xóa tiêu chí" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} />
                </Tooltip>
              </Space.Compact>
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ text: '', mandatory: false })} style={{ marginBottom: 16 }}>
            Thêm tiêu chí
          </Button>
        </div>
      )}
    </Form.List>
  );
}
