import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined, SubnodeOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Input, Radio, Select, Space, Tooltip } from 'antd';
import { useMemo } from 'react';
import { searchKey } from '../../../../src/shared/vi-text';
import { useIndicatorSets } from '../../api/indicators';
import type { OutlineSection, OutlineTree } from '../../api/reports';
import { ColumnsEditor } from './ColumnsEditor';
import { SECTION_KIND_OPTIONS } from './labels';
import { canMove, flatten, sectionLabel } from './outlineEdit';

export type SectionCommand = 'addChild' | 'addSibling' | 'up' | 'down' | 'delete';

interface Props {
  tree: OutlineTree;
  section: OutlineSection;
  issues: string[];
  onChange: (patch: Partial<OutlineSection>) => void;
  onCommand: (c: SectionCommand) => void;
}

/** The fields of one section of the outline being edited, and the buttons that reshape the tree around it. */
export function SectionEditor({ tree, section: s, issues, onChange, onCommand }: Props) {
  const sets = useIndicatorSets();
  const id = (f: string) => `muc-${f}`;
  // A section cannot repeat itself or one of its own subsections.
  const repeatOptions = useMemo(() => {
    const own = new Set(flatten([s]).map((f) => f.section.key));
    return flatten(tree.sections)
      .filter((f) => !own.has(f.section.key))
      .map((f) => ({ value: f.section.key, label: `${'\u00a0'.repeat(f.depth * 3)}${sectionLabel(f.section)}` }));
  }, [tree, s]);

  return (
    <div role="group" aria-label="Mục đang sửa">
      <Space wrap style={{ marginBottom: 12 }}>
        <Button icon={<PlusOutlined />} onClick={() => onCommand('addSibling')}>
          Thêm mục cùng cấp
        </Button>
        <Button icon={<SubnodeOutlined />} onClick={() => onCommand('addChild')}>
          Thêm mục con
        </Button>
        <Tooltip title="Chuyển lên trên">
          <Button aria-label="Chuyển mục lên" icon={<ArrowUpOutlined />} disabled={!canMove(tree, s.key, -1)} onClick={() => onCommand('up')} />
        </Tooltip>
        <Tooltip title="Chuyển xuống dưới">
          <Button aria-label="Chuyển mục xuống" icon={<ArrowDownOutlined />} disabled={!canMove(tree, s.key, 1)} onClick={() => onCommand('down')} />
        </Tooltip>
        <Button danger icon={<DeleteOutlined />} onClick={() => onCommand('delete')}>
          Xóa mục
        </Button>
      </Space>
      {issues.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          style={{ marginBottom: 12 }}
          title="Mục này cần sửa"
          description={
            <ul style={{ margin: 0, paddingInlineStart: 18 }}>
              {issues.map((m, i) => (
                <li key={i}>{m}</li>
              ))}
            </ul>
          }
        />
      )}
      <Form layout="vertical" component="div">
        <div style={{ display: 'flex', gap: 12 }}>
          <Form.Item label="Số thứ tự" htmlFor={id('so')} style={{ width: 120 }} extra="Ví dụ: II., 1., a)">
            <Input id={id('so')} value={s.numbering} maxLength={20} onChange={(e) => onChange({ numbering: e.target.value })} />
          </Form.Item>
          <Form.Item label="Tên mục" htmlFor={id('ten')} style={{ flex: 1 }} required>
            <Input.TextArea id={id('ten')} value={s.title} maxLength={2000} autoSize={{ minRows: 1, maxRows: 5 }} onChange={(e) => onChange({ title: e.target.value })} />
          </Form.Item>
        </div>
        <Form.Item label="Hướng dẫn" htmlFor={id('huong-dan')} extra="Gợi ý cho đơn vị khi viết mục này (không bắt buộc).">
          <Input.TextArea
            id={id('huong-dan')}
            value={s.guidance ?? ''}
            maxLength={5000}
            autoSize={{ minRows: 1, maxRows: 6 }}
            onChange={(e) => onChange({ guidance: e.target.value || null })}
          />
        </Form.Item>
        <Form.Item label="Loại nội dung">
          <Radio.Group
            aria-label="Loại nội dung"
            optionType="button"
            options={SECTION_KIND_OPTIONS}
            value={s.kind}
            onChange={(e) => {
              const kind = e.target.value as OutlineSection['kind'];
              onChange({ kind, indicatorSetId: kind === 'indicator_table' ? s.indicatorSetId ?? null : null, columns: kind === 'list' ? s.columns ?? [] : null });
            }}
          />
        </Form.Item>
        {s.kind === 'indicator_table' && (
          <Form.Item label="Bộ chỉ tiêu" htmlFor={id('bo-chi-tieu')} required extra="Đơn vị nhập số liệu của các chỉ tiêu trong bộ này ngay trong báo cáo.">
            <Select<string>
              id={id('bo-chi-tieu')}
              placeholder="Chọn bộ chỉ tiêu"
              value={s.indicatorSetId ?? undefined}
              onChange={(v) => onChange({ indicatorSetId: v ?? null })}
              loading={sets.isPending}
              options={(sets.data ?? []).map((x) => ({ value: x.id, label: x.name }))}
              showSearch={{ filterOption: (input, o) => searchKey(String(o?.label ?? '')).includes(searchKey(input)) }}
              notFoundContent={sets.isError ? sets.error.message : 'Chưa có bộ chỉ tiêu nào'}
            />
          </Form.Item>
        )}
        {s.kind === 'list' && (
          <Form.Item label="Các cột">
            <ColumnsEditor idPrefix={id('cot')} columns={s.columns ?? []} onChange={(columns) => onChange({ columns })} />
          </Form.Item>
        )}
        <Form.Item
          label="Báo cáo tương tự mục"
          htmlFor={id('tuong-tu')}
          extra="Khi chọn, đơn vị báo cáo mục này theo đúng các nội dung con của mục được chọn."
        >
          <Select<string>
            id={id('tuong-tu')}
            allowClear
            placeholder="Không"
            value={s.repeatOf?.sectionKey}
            onChange={(v) => onChange({ repeatOf: v ? { sectionKey: v } : null })}
            options={repeatOptions}
            showSearch={{ filterOption: (input, o) => searchKey(String(o?.label ?? '')).includes(searchKey(input)) }}
          />
        </Form.Item>
      </Form>
    </div>
  );
}
