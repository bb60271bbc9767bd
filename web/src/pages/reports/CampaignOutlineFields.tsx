import { Form, Select, Typography } from 'antd';
import { useEffect } from 'react';
import { searchKey } from '../../../../src/shared/vi-text';
import { useOutline, useOutlines } from '../../api/reports';
import { formatViDateTime } from '../../lib/dates';

/** "Đề cương" then "Phiên bản": the latest version is chosen when the outline changes. */
export function CampaignOutlineFields() {
  const form = Form.useFormInstance();
  const outlineId = Form.useWatch<string | undefined>('outlineId', form);
  const outlines = useOutlines();
  const outline = useOutline(outlineId);

  useEffect(() => {
    const d = outline.data;
    if (!d || d.id !== outlineId) return;
    const current = form.getFieldValue('outlineVersionId') as string | undefined;
    if (!current || !d.versions.some((v) => v.id === current)) form.setFieldValue('outlineVersionId', d.latest.id);
  }, [outline.data, outlineId, form]);

  return (
    <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
      <Form.Item
        label="Đề cương"
        name="outlineId"
        style={{ flex: '3 1 320px', minWidth: 0 }}
        rules={[{ required: true, message: 'Chọn đề cương báo cáo.' }]}
        extra={outlines.data?.length === 0 ? 'Chưa có đề cương nào: tạo đề cương ở mục Báo cáo → Đề cương trước.' : undefined}
      >
        <Select<string>
          placeholder="Chọn đề cương"
          style={{ width: '100%' }}
          popupMatchSelectWidth={false}
          styles={{ popup: { root: { maxWidth: 720 } } }}
          loading={outlines.isPending}
          options={(outlines.data ?? []).map((o) => ({ value: o.id, label: o.name, hint: `${o.ownerUnit.name} · phiên bản ${o.latestVersion.number} · ${o.latestVersion.sectionCount} mục` }))}
          showSearch={{ filterOption: (input, o) => searchKey(String(o?.label ?? '')).includes(searchKey(input)) }}
          optionRender={(o) => (
            <div style={{ whiteSpace: 'normal' }}>
              <div>{o.data.label}</div>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {o.data.hint}
              </Typography.Text>
            </div>
          )}
          onChange={() => form.setFieldValue('outlineVersionId', undefined)}
          notFoundContent={outlines.isError ? outlines.error.message : 'Không có đề cương phù hợp'}
        />
      </Form.Item>
      <Form.Item
        label="Phiên bản"
        name="outlineVersionId"
        style={{ flex: '1 1 200px', minWidth: 0 }}
        rules={[{ required: true, message: 'Chọn phiên bản đề cương.' }]}
      >
        <Select<string>
          placeholder={outlineId ? 'Chọn phiên bản' : 'Chọn đề cương trước'}
          disabled={!outlineId}
          loading={outline.isFetching}
          options={[...(outline.data?.versions ?? [])]
            .sort((a, b) => b.number - a.number)
            .map((v) => ({ value: v.id, label: `Phiên bản ${v.number} (${formatViDateTime(v.createdAt).slice(0, 10)})` }))}
        />
      </Form.Item>
    </div>
  );
}
