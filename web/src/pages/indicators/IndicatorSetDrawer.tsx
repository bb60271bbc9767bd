import { Alert, Button, Drawer, Form, Input, Result, Select, Space, Spin } from 'antd';
import { useState } from 'react';
import { searchKey } from '../../../../src/shared/vi-text';
import { useCan, useMe } from '../../api/auth';
import { toApiError } from '../../api/client';
import { useCreateIndicatorSet, useIndicatorSet, useIndicators, useUpdateIndicatorSet, type IndicatorSetDetail, type IndicatorView } from '../../api/indicators';
import { useMovements } from '../../api/movements';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { useAsOf } from '../../lib/asOf';
import { useFeedback } from '../../lib/feedback';
import type { CompareOp, Severity } from './labels';
import { SetItemsList, SetRulesList } from './SetLists';

export interface SetFormValues {
  name?: string;
  description?: string;
  movementId?: string | null;
  ownerUnitId?: string | null;
  items?: { indicatorId: string; required: boolean }[];
  rules?: { leftIndicatorId?: string; op?: CompareOp; rightIndicatorId?: string; severity?: Severity; message?: string }[];
}

function initialValues(d: IndicatorSetDetail | null, homeUnitId: string | undefined): SetFormValues {
  if (!d) return { items: [], rules: [], ownerUnitId: homeUnitId };
  return {
    name: d.name,
    description: d.description ?? undefined,
    movementId: d.movement?.id ?? null,
    items: d.items.map((i) => ({ indicatorId: i.indicator.id, required: i.required })),
    rules: d.rules.map((r) => ({ leftIndicatorId: r.left.id, op: r.op, rightIndicatorId: r.right.id, severity: r.severity, message: r.message ?? undefined })),
  };
}

function toBody(v: SetFormValues) {
  return {
    name: v.name?.trim() ?? '',
    description: v.description?.trim() || null,
    movementId: v.movementId ?? null,
    items: (v.items ?? []).map((i) => ({ indicatorId: i.indicatorId, required: !!i.required })),
    rules: (v.rules ?? []).map((r) => ({
      leftIndicatorId: r.leftIndicatorId ?? '',
      op: r.op ?? '<=',
      rightIndicatorId: r.rightIndicatorId ?? '',
      severity: r.severity ?? 'error',
      message: r.message?.trim() || null,
    })),
  };
}

/** Opens one set (or a new one when `id` is null); read-only for users without indicator.manage. */
export function IndicatorSetDrawer({ id, open, onClose, onCreated }: { id: string | null; open: boolean; onClose: () => void; onCreated: (id: string) => void }) {
  const detail = useIndicatorSet(id ?? undefined);
  const d = id ? detail.data : null;
  return (
    <Drawer open={open} size={880} title={id ? (d?.name ?? 'Bộ chỉ tiêu') : 'Tạo bộ chỉ tiêu'} onClose={onClose} destroyOnHidden>
      {id && detail.isPending && <Spin description="Đang tải…" />}
      {id && detail.isError && <Result status="warning" title="Không xem được bộ chỉ tiêu" subTitle={detail.error.message} />}
      {(d || !id) && <SetForm key={d ? `${d.id}:${d.version}` : 'new'} set={d ?? null} onClose={onClose} onCreated={onCreated} onReload={() => void detail.refetch()} />}
    </Drawer>
  );
}

function SetForm({ set, onClose, onCreated, onReload }: { set: IndicatorSetDetail | null; onClose: () => void; onCreated: (id: string) => void; onReload: () => void }) {
  const [form] = Form.useForm<SetFormValues>();
  const canManage = useCan('indicator.manage');
  const me = useMe().data;
  const { asOf } = useAsOf();
  const movements = useMovements();
  const catalogue = useIndicators({ includeInactive: true });
  const create = useCreateIndicatorSet();
  const update = useUpdateIndicatorSet(set?.id ?? '');
  const feedback = useFeedback();
  const [conflict, setConflict] = useState<string | null>(null);

  // Names for the rows: the catalogue, plus the set's own copies in case an indicator was since deactivated.
  const byId = new Map<string, IndicatorView>([...(set?.items.map((i) => [i.indicator.id, i.indicator] as const) ?? []), ...(catalogue.data ?? []).map((i) => [i.id, i] as const)]);

  function submit() {
    // onFinish only hands over registered fields; each item's indicatorId has no input of its own.
    const v = form.getFieldsValue(true) as SetFormValues;
    setConflict(null);
    const onError = (err: unknown) => {
      const e = toApiError(err);
      if (e.code === 'CONFLICT') setConflict(e.message);
      else feedback.error(e, { form, onReload });
    };
    if (set) {
      update.mutate({ ...toBody(v), version: set.version }, { onSuccess: () => feedback.success('Đã lưu bộ chỉ tiêu.'), onError });
    } else {
      create.mutate(
        { ...toBody(v), ownerUnitId: v.ownerUnitId ?? '' },
        {
          onSuccess: (s) => {
            feedback.success('Đã tạo bộ chỉ tiêu.');
            onCreated(s.id);
          },
          onError,
        },
      );
    }
  }

  return (
    <Form<SetFormValues> form={form} layout="vertical" disabled={!canManage} onFinish={submit} initialValues={initialValues(set, me?.homeUnit.id)} onValuesChange={() => setConflict(null)}>
      <Form.Item label="Tên bộ chỉ tiêu" name="name" rules={[{ required: true, whitespace: true, message: 'Nhập tên bộ chỉ tiêu.' }]}>
        <Input maxLength={500} placeholder="Ví dụ: Chỉ tiêu xây dựng nông thôn mới năm 2024" />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item label="Phong trào thi đua" name="movementId" style={{ flex: '2 1 320px' }}>
          <Select<string>
            allowClear
            placeholder="Không gắn với phong trào"
            loading={movements.isPending}
            options={(movements.data ?? []).map((m) => ({ value: m.id, label: m.name }))}
            showSearch={{ filterOption: (input, o) => searchKey(String(o?.label ?? '')).includes(searchKey(input)) }}
          />
        </Form.Item>
        {set ? (
          <Form.Item label="Đơn vị quản lý" style={{ flex: '1 1 240px' }}>
            <Input value={set.ownerUnit.name} disabled />
          </Form.Item>
        ) : (
          <Form.Item label="Đơn vị quản lý" name="ownerUnitId" rules={[{ required: true, message: 'Chọn đơn vị quản lý.' }]} style={{ flex: '1 1 240px' }}>
            <UnitSearchSelect asOf={asOf} initial={me?.homeUnit} allowClear={false} />
          </Form.Item>
        )}
      </div>
      <Form.Item label="Mô tả" name="description">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={5000} />
      </Form.Item>
      <SetItemsList byId={byId} catalogue={catalogue.data ?? []} />
      <SetRulesList byId={byId} />
      {conflict && <Alert type="error" showIcon title={conflict} style={{ marginBottom: 16 }} role="alert" />}
      {canManage && (
        <div style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 8 }}>
          <Space>
            <Button onClick={onClose}>Đóng</Button>
            <Button type="primary" htmlType="submit" loading={create.isPending || update.isPending}>
              {set ? 'Lưu' : 'Tạo bộ chỉ tiêu'}
            </Button>
          </Space>
        </div>
      )}
    </Form>
  );
}
