import { UsergroupAddOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Form, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { searchKey } from '../../../../src/shared/vi-text';
import { useGroups } from '../../api/groups';
import { childrenQuery } from '../../api/org';
import { useFeedback } from '../../lib/feedback';
import { UnitMultiSelect } from './UnitMultiSelect';

export type RecipientMode = 'units' | 'group';

/**
 * Who must report: units picked one by one (or all units directly below the requester at once),
 * or the members of a cụm/khối thi đua of the period's year.
 */
export function RecipientsFields({ asOf, year }: { asOf: string; year: number | null }) {
  const form = Form.useFormInstance();
  const mode = Form.useWatch<RecipientMode>('recipientMode', form) ?? 'units';
  const requesterUnitId = Form.useWatch<string | null>('requesterUnitId', form);
  const recipientIds = Form.useWatch<string[] | undefined>('recipientUnitIds', form) ?? [];
  const groups = useGroups({ year: year ?? undefined });
  const qc = useQueryClient();
  const feedback = useFeedback();
  const [labels, setLabels] = useState<Record<string, string>>({});
  const [loadingChildren, setLoadingChildren] = useState(false);

  async function addChildren() {
    if (!requesterUnitId) return;
    setLoadingChildren(true);
    try {
      const children = await qc.fetchQuery(childrenQuery(requesterUnitId, asOf));
      if (children.length === 0) return feedback.success('Đơn vị yêu cầu không có đơn vị trực thuộc vào ngày này.');
      setLabels((l) => ({ ...l, ...Object.fromEntries(children.map((c) => [c.id, c.name])) }));
      const current: string[] = form.getFieldValue('recipientUnitIds') ?? [];
      const added = children.filter((c) => !current.includes(c.id));
      form.setFieldValue('recipientUnitIds', [...current, ...added.map((c) => c.id)]);
      form.setFields([{ name: 'recipientUnitIds', errors: [] }]);
      feedback.success(`Đã thêm ${added.length} đơn vị trực thuộc.`);
    } catch (err) {
      feedback.error(err);
    } finally {
      setLoadingChildren(false);
    }
  }

  return (
    <>
      <Form.Item label="Gửi tới" name="recipientMode">
        <Radio.Group
          optionType="button"
          options={[
            { value: 'units', label: 'Các đơn vị' },
            { value: 'group', label: 'Một cụm, khối thi đua' },
          ]}
        />
      </Form.Item>
      {mode === 'units' ? (
        <Form.Item
          label="Đơn vị nhận"
          htmlFor="recipientUnitIds"
          required
          extra={
            <Space wrap style={{ marginTop: 4 }}>
              <Typography.Text type="secondary">{recipientIds.length > 0 ? `Đã chọn ${recipientIds.length} đơn vị.` : 'Mỗi đơn vị nhận soạn và nộp một báo cáo.'}</Typography.Text>
              <Button size="small" icon={<UsergroupAddOutlined />} disabled={!requesterUnitId} loading={loadingChildren} onClick={() => void addChildren()}>
                Thêm tất cả đơn vị trực thuộc
              </Button>
              {recipientIds.length > 0 && (
                <Button size="small" type="link" onClick={() => form.setFieldValue('recipientUnitIds', [])}>
                  Bỏ chọn tất cả
                </Button>
              )}
            </Space>
          }
        >
          <Form.Item name="recipientUnitIds" noStyle rules={[{ required: true, type: 'array', min: 1, message: 'Chọn ít nhất một đơn vị nhận.' }]}>
            <UnitMultiSelect asOf={asOf} labels={labels} aria-label="Đơn vị nhận" />
          </Form.Item>
        </Form.Item>
      ) : (
        <Form.Item
          label="Cụm, khối thi đua"
          name="groupId"
          rules={[{ required: true, message: 'Chọn cụm, khối thi đua.' }]}
          extra={year ? `Các cụm, khối của năm ${year}; mọi thành viên của cụm, khối nhận yêu cầu.` : undefined}
        >
          <Select<string>
            placeholder="Chọn cụm, khối thi đua"
            loading={groups.isPending}
            options={(groups.data ?? []).map((g) => ({ value: g.id, label: `${g.name} (${g.memberCount} thành viên)` }))}
            showSearch={{ filterOption: (input, o) => searchKey(String(o?.label ?? '')).includes(searchKey(input)) }}
            notFoundContent={groups.isError ? groups.error.message : 'Không có cụm, khối thi đua của năm này'}
          />
        </Form.Item>
      )}
    </>
  );
}

