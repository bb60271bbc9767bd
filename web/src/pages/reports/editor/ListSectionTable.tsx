import { BookOutlined, DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Input, Popconfirm, Space, Table, type TableColumnsType } from 'antd';
import { useState } from 'react';
import { formatViNumber } from '../../../../../src/indicators/domain/vi-number';
import type { OutlineSectionView } from './outline';
import { NumberInput } from './NumberInput';

type Row = Record<string, string | number | null>;
type Column = NonNullable<OutlineSectionView['columns']>[number];

const cellText = (v: string | number | null | undefined) => (v === null || v === undefined ? '' : typeof v === 'number' ? formatViNumber(v) : v);

/** A list section: one row per item with the outline's columns; number columns take Vietnamese numbers. */
export function ListSectionTable(props: {
  section: OutlineSectionView;
  tableLabel: string;
  rows: Row[];
  readOnly: boolean;
  onChange: (rows: Row[]) => void;
  /** Award sections: the unit's figures for the period as the award registry holds them. */
  fromRegistry?: () => Promise<Row[]>;
}) {
  const { section, rows, readOnly, onChange } = props;
  const { message } = App.useApp();
  const [loading, setLoading] = useState(false);
  const fill = async () => {
    if (!props.fromRegistry) return;
    setLoading(true);
    try {
      const got = await props.fromRegistry();
      onChange(got);
      void message.success(got.length ? `Đã lấy ${got.length} dòng từ sổ khen thưởng. Hãy kiểm tra trước khi lưu.` : 'Sổ khen thưởng chưa có khen thưởng nào của đơn vị trong kỳ này.');
    } catch (e) {
      void message.error((e as Error).message || 'Không lấy được số liệu từ sổ khen thưởng.');
    } finally {
      setLoading(false);
    }
  };
  const cols: Column[] = section.columns ?? [];
  const setCell = (i: number, key: string, v: string | number | null) => onChange(rows.map((r, k) => (k === i ? { ...r, [key]: v } : r)));
  const addRow = () => onChange([...rows, Object.fromEntries(cols.map((c) => [c.key, null]))]);
  const removeRow = (i: number) => onChange(rows.filter((_, k) => k !== i));

  const columns: TableColumnsType<{ i: number; row: Row }> = [
    { key: 'stt', title: 'STT', width: 56, align: 'center', render: (_, r) => r.i + 1 },
    ...cols.map((c) => ({
      key: c.key,
      title: c.label,
      align: c.type === 'number' ? ('right' as const) : undefined,
      render: (_: unknown, r: { i: number; row: Row }) => {
        const v = r.row[c.key];
        if (readOnly) return <span style={{ whiteSpace: 'pre-line' }}>{cellText(v)}</span>;
        const name = `${c.label}, dòng ${r.i + 1}`;
        return c.type === 'number' ? (
          <NumberInput value={v} onChange={(n) => setCell(r.i, c.key, n)} aria-label={name} />
        ) : (
          <Input.TextArea value={typeof v === 'number' ? String(v) : (v ?? '')} onChange={(e) => setCell(r.i, c.key, e.target.value || null)} aria-label={name} autoSize={{ minRows: 1, maxRows: 6 }} maxLength={5000} />
        );
      },
    })),
  ];
  if (!readOnly) {
    columns.push({
      key: 'actions',
      width: 48,
      render: (_, r) => <Button type="text" danger icon={<DeleteOutlined />} aria-label={`Xóa dòng ${r.i + 1}`} title="Xóa dòng" onClick={() => removeRow(r.i)} />,
    });
  }

  return (
    <div role="group" aria-label={props.tableLabel}>
      <Table
        size="small"
        bordered
        pagination={false}
        rowKey="i"
        columns={columns}
        dataSource={rows.map((row, i) => ({ i, row }))}
        locale={{ emptyText: readOnly ? 'Đơn vị chưa ghi dòng nào.' : 'Chưa có dòng nào. Bấm “Thêm một dòng” để ghi.' }}
        scroll={{ x: 'max-content' }}
      />
      {!readOnly && (
        <Space style={{ marginTop: 8 }} wrap>
          <Button icon={<PlusOutlined />} onClick={addRow}>
            Thêm một dòng
          </Button>
          {props.fromRegistry &&
            (rows.length ? (
              <Popconfirm title="Thay các dòng đang có bằng số liệu của sổ khen thưởng?" okText="Thay" cancelText="Không" onConfirm={() => void fill()}>
                <Button icon={<BookOutlined />} loading={loading}>
                  Lấy số liệu từ sổ khen thưởng
                </Button>
              </Popconfirm>
            ) : (
              <Button icon={<BookOutlined />} loading={loading} onClick={() => void fill()}>
                Lấy số liệu từ sổ khen thưởng
              </Button>
            ))}
        </Space>
      )}
    </div>
  );
}
