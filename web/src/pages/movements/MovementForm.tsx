import { Alert, Button, Divider, Drawer, Form, Input, Radio, type FormInstance } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useMe } from '../../api/auth';
import { toApiError } from '../../api/client';
import { useCreateMovement, useMovements, useUpdateMovement, type MovementDetail } from '../../api/movements';
import { DateInput } from '../../components/DateInput';
import { FormActions } from '../../components/FormActions';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { useAsOf } from '../../lib/asOf';
import { useFeedback } from '../../lib/feedback';
import { CriteriaList } from './CriteriaList';
import { fromDetail, showListErrors, toContent, type MovementFormValues } from './formValues';
import { KIND_OPTIONS, periodText } from './labels';
import { DocumentPicker, ParentPicker } from './Pickers';
import { ScopeList } from './ScopeList';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The draft being edited; omitted when composing a new movement. */
  movement?: MovementDetail;
  onSaved?: (m: MovementDetail) => void;
  /** Fetches the latest version after someone else saved first (the form restarts when it resolves). */
  onReload?: () => unknown;
}

/** "Soạn phong trào" / "Sửa phong trào": content can change only while the movement is a draft. */
export function MovementFormDrawer({ open, onClose, movement, onSaved, onReload }: Props) {
  // Bumped once the latest version has arrived, to restart the form with it. Not keyed on `version`:
  // our own save changes it too, and remounting then would drop the save's success handling.
  const [generation, setGeneration] = useState(0);
  const reload = onReload && (() => void Promise.resolve(onReload()).then(() => setGeneration((g) => g + 1)));
  return (
    <Drawer open={open} size={860} title={movement ? `Sửa phong trào: ${movement.name}` : 'Soạn phong trào thi đua'} onClose={onClose} destroyOnHidden>
      <MovementForm key={generation} movement={movement} onClose={onClose} onSaved={onSaved} onReload={reload} />
    </Drawer>
  );
}

// The current five-year emulation period most national movements run over; earlier errors on the dates no longer apply.
const GIAI_DOAN: Parameters<FormInstance<MovementFormValues>['setFields']>[0] = [
  { name: 'periodFrom', value: dayjs('2021-01-01'), errors: [] },
  { name: 'periodTo', value: dayjs('2025-12-31'), errors: [] },
];

function MovementForm({ movement, onClose, onSaved, onReload }: Omit<Props, 'open' | 'onReload'> & { onReload?: () => void }) {
  const [form] = Form.useForm<MovementFormValues>();
  const create = useCreateMovement();
  const update = useUpdateMovement(movement?.id ?? '');
  const feedback = useFeedback();
  const me = useMe().data;
  const { asOf } = useAsOf();
  // A refusal because the movement left the draft state stays in view with a way to reload.
  const [conflict, setConflict] = useState<string | null>(null);

  const initial = useMemo<MovementFormValues>(
    () => (movement ? fromDetail(movement) : { kind: 'thuong_xuyen', ownerUnitId: me?.homeUnit.id, criteria: [{ text: '', mandatory: true }], scopes: [] }),
    [movement, me],
  );
  const knownUnits = useMemo(() => Object.fromEntries((movement?.scopes ?? []).flatMap((s) => (s.unit ? [[s.unit.id, s.unit.name]] : []))), [movement]);
  const knownDocs = useMemo(() => Object.fromEntries((movement?.documents ?? []).map((d) => [d.id, d.citation])), [movement]);

  // Same query as the parent picker (already cached): the chosen parent's period bounds this one's.
  const parentId = Form.useWatch('parentId', form);
  const parent = useMovements().data?.find((p) => p.id === parentId);
  const parentHint = parent && `Thời gian phải nằm trong thời gian của phong trào được hưởng ứng: ${periodText(parent.periodFrom, parent.periodTo)}.`;

  function submit(v: MovementFormValues) {
    setConflict(null);
    const onError = (err: unknown) => {
      const e = toApiError(err);
      if (e.code === 'CONFLICT') return setConflict(e.message);
      feedback.error(e, { form, onReload });
      showListErrors(form, e);
    };
    const onSuccess = (m: MovementDetail) => {
      feedback.success(movement ? 'Đã lưu thay đổi.' : `Đã soạn phong trào "${m.name}".`);
      onSaved?.(m);
      onClose();
    };
    if (movement) update.mutate({ ...toContent(v), version: movement.version }, { onSuccess, onError });
    else create.mutate({ ...toContent(v), ownerUnitId: v.ownerUnitId ?? '' }, { onSuccess, onError });
  }

  return (
    <Form<MovementFormValues> form={form} layout="vertical" onFinish={submit} onValuesChange={() => setConflict(null)} initialValues={initial} scrollToFirstError>
      <Form.Item label="Tên phong trào" name="name" rules={[{ required: true, whitespace: true, message: 'Nhập tên phong trào.' }]}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 3 }} maxLength={1000} placeholder="Ví dụ: Cả nước chung sức xây dựng nông thôn mới" />
      </Form.Item>
      <Form.Item label="Loại phong trào" name="kind" rules={[{ required: true, message: 'Chọn loại phong trào.' }]}>
        <Radio.Group options={KIND_OPTIONS} />
      </Form.Item>
      {movement ? (
        <Form.Item label="Đơn vị phát động" extra="Không đổi được đơn vị phát động của phong trào đã soạn.">
          <Input value={movement.ownerUnit.name} disabled />
        </Form.Item>
      ) : (
        <Form.Item label="Đơn vị phát động" name="ownerUnitId" rules={[{ required: true, message: 'Chọn đơn vị phát động.' }]}>
          <UnitSearchSelect asOf={asOf} initial={me?.homeUnit} allowClear={false} />
        </Form.Item>
      )}
      <PeriodRow onGiaiDoan={() => form.setFields(GIAI_DOAN)} />
      <Form.Item label="Hưởng ứng phong trào" name="parentId" extra={parentHint}>
        <ParentPicker exclude={movement ? [movement.id, ...movement.children.map((c) => c.id)] : []} />
      </Form.Item>
      <Form.Item label="Mô tả, mục đích, yêu cầu" name="description">
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} maxLength={20000} />
      </Form.Item>
      <Form.Item label="Văn bản chỉ đạo, hướng dẫn" name="documentIds">
        <DocumentPicker known={knownDocs} />
      </Form.Item>
      <Divider style={{ margin: '8px 0 16px' }} />
      <CriteriaList />
      <Divider style={{ margin: '8px 0 16px' }} />
      <ScopeList asOf={asOf} knownUnits={knownUnits} />
      {conflict && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={conflict}
          style={{ marginBottom: 16 }}
          action={
            onReload && (
              <Button size="small" onClick={() => { onReload(); onClose(); }}>
                Tải lại
              </Button>
            )
          }
        />
      )}
      <FormActions onCancel={onClose} loading={create.isPending || update.isPending} submitText={movement ? 'Lưu' : 'Lưu bản soạn thảo'} />
    </Form>
  );
}

function PeriodRow({ onGiaiDoan }: { onGiaiDoan: () => void }) {
  return (
    <div style={{ display: 'flex', gap: 16, alignItems: 'flex-start', flexWrap: 'wrap' }}>
      <Form.Item label="Từ ngày" name="periodFrom" style={{ flex: '1 1 180px' }} rules={[{ required: true, message: 'Nhập ngày bắt đầu.' }]}>
        <DateInput />
      </Form.Item>
      <Form.Item
        label="Đến ngày"
        name="periodTo"
        dependencies={['periodFrom']}
        style={{ flex: '1 1 180px' }}
        rules={[
          { required: true, message: 'Nhập ngày kết thúc.' },
          ({ getFieldValue }) => ({
            validator: (_, to: dayjs.Dayjs | null) => {
              const from = getFieldValue('periodFrom') as dayjs.Dayjs | null;
              return !to || !from || !to.isBefore(from, 'day') ? Promise.resolve() : Promise.reject(new Error('Ngày kết thúc phải sau ngày bắt đầu.'));
            },
          }),
        ]}
      >
        <DateInput />
      </Form.Item>
      <Form.Item label=" " colon={false} style={{ flex: '0 0 auto' }}>
        <Button onClick={onGiaiDoan}>Giai đoạn 2021–2025</Button>
      </Form.Item>
    </div>
  );
}
