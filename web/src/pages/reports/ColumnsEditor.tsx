import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Typography } from 'antd';
import { columnKeyFromLabel, type ListColumn } from './outlineEdit';

const TYPES = [
  { value: 'text', label: 'Chữ' },
  { value: 'number', label: 'Số' },
];

/**
 * The columns of a "Danh sách có cột" section. A column's key (where the units' answers are kept) is
 * generated from its label without diacritics and follows the label while it still is the generated one.
 */
export function ColumnsEditor({ columns, onChange, idPrefix }: { columns: ListColumn[]; onChange: (c: ListColumn[]) => void; idPrefix: string }) {
  const keysExcept = (i: number) => columns.filter((_, j) => j !== i).map((c) => c.key);

  function setLabel(i: number, label: string) {
    const col = columns[i];
    if (!col) return;
    const others = keysExcept(i);
    const auto = !col.key || col.key === columnKeyFromLabel(col.label, others);
    onChange(columns.map((c, j) => (j === i ? { ...c, label, key: auto ? columnKeyFromLabel(label, others) : c.key } : c)));
  }

  return (
    <div role="group" aria-label="Các cột của danh sách">
      {columns.length === 0 && (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          Chưa có cột nào. Ví dụ: “Tên mô hình”, “Số hộ tham gia”.
        </Typography.Paragraph>
      )}
      {columns.map((c, i) => (
        <Space.Compact key={i} style={{ width: '100%', marginBottom: 8 }}>
          <Input
            id={`${idPrefix}-col-${i}`}
            aria-label={`Tên cột ${i + 1}`}
            placeholder="Tên cột"
            value={c.label}
            maxLength={200}
            onChange={(e) => setLabel(i, e.target.value)}
            style={{ flex: 3 }}
          />
          <Select aria-label={`Kiểu dữ liệu cột ${i + 1}`} value={c.type} options={TYPES} onChange={(type) => onChange(columns.map((x, j) => (j === i ? { ...x, type } : x)))} style={{ width: 90 }} />
          <Input aria-label={`Mã cột ${i + 1}`} value={c.key} disabled style={{ flex: 2 }} title="Mã cột (tự sinh từ tên cột, không dấu)" />
          <Button aria-label={`Xóa cột ${i + 1}`} icon={<DeleteOutlined />} onClick={() => onChange(columns.filter((_, j) => j !== i))} />
        </Space.Compact>
      ))}
      <Button
        icon={<PlusOutlined />}
        disabled={columns.length >= 20}
        onClick={() => onChange([...columns, { key: '', label: '', type: 'text' }])}
      >
        Thêm cột
      </Button>
    </div>
  );
}
