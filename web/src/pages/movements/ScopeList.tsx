import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Select, Tooltip, Typography } from 'antd';
import { searchKey } from '../../../../src/shared/vi-text';
import type { Ref } from '../../../../src/shared/api/common';
import { useGroups } from '../../api/groups';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import type { ScopeKind } from './formValues';

const SCOPE_KINDS: { value: ScopeKind; label: string }[] = [
  { value: 'unit', label: 'Đơn vị' },
  { value: 'group', label: 'Cụm, khối' },
];

/** Cụm/khối are set up year by year, so the year tells same-named ones apart. */
function GroupSelect(props: { id?: string; value?: string | null; onChange?: (v: string | null) => void }) {
  const groups = useGroups({});
  return (
    <Select<string>
      id={props.id}
      value={props.value ?? undefined}
      onChange={(v) => props.onChange?.(v ?? null)}
      placeholder="Chọn cụm, khối thi đua"
      loading={groups.isPending}
      options={(groups.data ?? []).map((g) => ({ value: g.id, label: `${g.name} (năm ${g.year})` }))}
      showSearch={{ filterOption: (input, o) => searchKey(String(o?.label ?? '')).includes(searchKey(input)) }}
      notFoundContent={groups.isError ? groups.error.message : 'Không có cụm, khối phù hợp'}
      style={{ width: '100%' }}
    />
  );
}

/** "Phạm vi": units and cụm/khối the movement is launched to (members of a cụm/khối on the launch day are notified). */
export function ScopeList({ asOf, knownUnits }: { asOf: string; knownUnits: Record<string, string> }) {
  const initial = (id: string | null | undefined): Ref | null => (id && knownUnits[id] ? { id, name: knownUnits[id] } : null);
  return (
    <Form.List name="scopes">
      {(fields, { add, remove }) => (
        <div>
          <Typography.Text strong>Phạm vi phát động</Typography.Text>
          <Typography.Paragraph type="secondary" style={{ margin: '2px 0 8px' }}>
            Các đơn vị, cụm/khối tham gia; khi phát động, các đơn vị này (và thành viên của cụm/khối) nhận được thông báo.
          </Typography.Paragraph>
          {fields.map((f, i) => (
            <div key={f.key} style={{ display: 'flex', gap: 8, alignItems: 'flex-start' }}>
              <Form.Item name={[f.name, 'kind']} style={{ width: 130, marginBottom: 12 }}>
                <Select aria-label={`Loại phạm vi ${i + 1}`} options={SCOPE_KINDS} />
              </Form.Item>
              <Form.Item noStyle shouldUpdate={(a, b) => a.scopes?.[f.name]?.kind !== b.scopes?.[f.name]?.kind}>
                {({ getFieldValue }) =>
                  getFieldValue(['scopes', f.name, 'kind']) === 'group' ? (
                    <Form.Item name={[f.name, 'groupId']} style={{ flex: 1, marginBottom: 12 }} rules={[{ required: true, message: 'Chọn cụm, khối.' }]}>
                      <GroupSelect />
                    </Form.Item>
                  ) : (
                    <Form.Item name={[f.name, 'unitId']} style={{ flex: 1, marginBottom: 12 }} rules={[{ required: true, message: 'Chọn đơn vị.' }]}>
                      <UnitSearchSelect asOf={asOf} initial={initial(getFieldValue(['scopes', f.name, 'unitId']))} />
                    </Form.Item>
                  )
                }
              </Form.Item>
              <Tooltip title="Bỏ khỏi phạm vi">
                <Button aria-label="Bỏ khỏi phạm vi" danger icon={<DeleteOutlined />} onClick={() => remove(f.name)} />
              </Tooltip>
            </div>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ kind: 'unit' })} style={{ marginBottom: 16 }}>
            Thêm đơn vị hoặc cụm, khối
          </Button>
        </div>
      )}
    </Form.List>
  );
}
