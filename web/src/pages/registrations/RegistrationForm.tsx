import { Alert, Button, Divider, Drawer, Form, Input, Select } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { todayInVietnam } from '../../../../src/shared/vi-date';
import { useMe } from '../../api/auth';
import { toApiError } from '../../api/client';
import { useMovements } from '../../api/movements';
import { useCreateRegistration, useIndicatorChoices, useUpdateRegistration, type RegistrationDetail } from '../../api/registrations';
import { FormActions } from '../../components/FormActions';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { AsOfLink, useAsOf } from '../../lib/asOf';
import { useFeedback } from '../../lib/feedback';
import { DocumentPicker } from '../movements/Pickers';
import { CommitmentList } from './CommitmentList';
import { IncludedPicker } from './IncludedPicker';
import { MovementSelect } from './MovementSelect';
import { fromDetail, showFieldErrors, toContent, type IndicatorMeta, type RegistrationFormValues } from './formValues';
import { TITLE_SUGGESTIONS } from './labels';
import { useDuplicate, useYearOptions } from './formHooks';

interface Props {
  open: boolean;
  onClose: () => void;
  /** The registration being edited; omitted when registering. */
  registration?: RegistrationDetail;
  /** Prefilled choices for a new registration (e.g. from the movement's page). */
  defaults?: { movementId?: string; year?: number };
  onSaved?: (r: RegistrationDetail) => void;
  /** Fetches the latest version after someone else saved first (the form restarts when it resolves). */
  onReload?: () => unknown;
}

/** "Đăng ký thi đua" / "Sửa đăng ký": the unit edits only while it holds the registration (chưa gửi, bị trả lại). */
export function RegistrationFormDrawer({ open, onClose, registration, defaults, onSaved, onReload }: Props) {
  // Bumped once the latest version has arrived, to restart the form with it (not keyed on version:
  // our own save changes that too, and remounting then would drop the save's success handling).
  const [generation, setGeneration] = useState(0);
  const reload = onReload && (() => void Promise.resolve(onReload()).then(() => setGeneration((g) => g + 1)));
  const title = registration ? `Sửa đăng ký thi đua năm ${registration.year}: ${registration.unit.name}` : 'Đăng ký thi đua';
  return (
    <Drawer open={open} size={820} title={title} onClose={onClose} destroyOnHidden>
      <RegistrationForm key={generation} registration={registration} defaults={defaults} onClose={onClose} onSaved={onSaved} onReload={reload} />
    </Drawer>
  );
}

function RegistrationForm({ registration, defaults, onClose, onSaved, onReload }: Omit<Props, 'open' | 'onReload'> & { onReload?: () => void }) {
  const [form] = Form.useForm<RegistrationFormValues>();
  const create = useCreateRegistration();
  const update = useUpdateRegistration(registration?.id ?? '');
  const feedback = useFeedback();
  const me = useMe().data;
  const { asOf } = useAsOf();
  const movements = useMovements();
  // A refusal of the whole registration (duplicate, movement closed, already sent) stays in view.
  const [conflict, setConflict] = useState<string | null>(null);

  // Indicators met so far, for reading targets in their unit and decimals; the full catalogue (cached) supplies decimals.
  const catalogue = useIndicatorChoices('');
  const [picked, setPicked] = useState<Record<string, IndicatorMeta>>({});
  const indicators = useMemo(() => {
    const all: Record<string, IndicatorMeta> = {};
    for (const c of registration?.commitments ?? []) if (c.indicator) all[c.indicator.id] = c.indicator;
    for (const i of catalogue.data ?? []) all[i.id] = { id: i.id, code: i.code, name: i.name, unitOfMeasure: i.unitOfMeasure, decimals: i.decimals };
    return { ...all, ...picked };
  }, [registration, catalogue.data, picked]);

  const initial = useMemo<RegistrationFormValues>(() => {
    if (registration) return fromDetail(registration);
    const m = movements.data?.find((x) => x.id === defaults?.movementId);
    const year = defaults?.year ?? (m ? clampYear(Number(todayInVietnam().slice(0, 4)), m.periodFrom, m.periodTo) : null);
    return { movementId: defaults?.movementId ?? null, unitId: me?.homeUnit.id ?? null, year, titles: [], commitments: [{ text: '' }], includedIds: [] };
    // Computed once: later loads of the movement list must not reset what the user typed.
  }, []);

  const movementId = Form.useWatch('movementId', form);
  const unitId = Form.useWatch('unitId', form);
  const year = Form.useWatch('year', form);
  const years = useYearOptions(movementId);
  // A movement prefilled before the movement list arrived gets its year once the period is known.
  useEffect(() => {
    const m = movements.data?.find((x) => x.id === movementId);
    if (m && !registration && !form.getFieldValue('year')) form.setFieldValue('year', clampYear(Number(todayInVietnam().slice(0, 4)), m.periodFrom, m.periodTo));
  }, [movements.data, movementId, registration, form]);
  const duplicate = useDuplicate(registration ? null : { movementId, unitId, year });
  const knownDocs = useMemo(() => Object.fromEntries((registration?.documents ?? []).map((d) => [d.id, d.citation])), [registration]);

  function onValuesChange(changed: Partial<RegistrationFormValues>) {
    setConflict(null);
    // The registrations that can be combined depend on these three.
    if ('movementId' in changed || 'unitId' in changed || 'year' in changed) form.setFieldValue('includedIds', []);
    if ('movementId' in changed) {
      const m = movements.data?.find((x) => x.id === changed.movementId);
      const y = form.getFieldValue('year') as number | null;
      if (m) form.setFieldValue('year', clampYear(y ?? Number(todayInVietnam().slice(0, 4)), m.periodFrom, m.periodTo));
    }
  }

  function submit(v: RegistrationFormValues) {
    setConflict(null);
    const onError = (err: unknown) => {
      const e = toApiError(err);
      if (e.code === 'CONFLICT') return setConflict(e.message);
      feedback.error(e, { onReload });
      showFieldErrors(form, e);
    };
    const onSuccess = (r: RegistrationDetail) => {
      feedback.success(registration ? 'Đã lưu thay đổi.' : `Đã lập đăng ký thi đua năm ${r.year} của ${r.unit.name}. Bấm “Gửi duyệt” khi đã hoàn tất.`);
      onSaved?.(r);
      onClose();
    };
    const content = toContent(v, indicators);
    if (registration) update.mutate({ ...content, version: registration.version }, { onSuccess, onError });
    else {
      create.mutate(
        { ...content, movementId: v.movementId ?? '', unitId: v.unitId ?? '', year: v.year ?? 0, reviewerUnitId: v.reviewerUnitId || null },
        { onSuccess, onError },
      );
    }
  }

  return (
    <Form<RegistrationFormValues> form={form} layout="vertical" onFinish={submit} onValuesChange={onValuesChange} initialValues={initial} scrollToFirstError>
      {registration?.state === 'tra_lai' && registration.returnReason && (
        <Alert type="warning" showIcon title="Cấp trên đã trả lại đăng ký" description={registration.returnReason} style={{ marginBottom: 16 }} />
      )}
      <Form.Item label="Phong trào thi đua" name="movementId" rules={[{ required: true, message: 'Chọn phong trào.' }]}
        extra={registration ? 'Không đổi được phong trào, đơn vị và năm của đăng ký đã lập.' : 'Chỉ các phong trào đã phát động và chưa kết thúc.'}>
        <MovementSelect onlyOpen disabled={!!registration} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
        <Form.Item label="Đơn vị đăng ký" name="unitId" style={{ flex: '2 1 300px' }} rules={[{ required: true, message: 'Chọn đơn vị đăng ký.' }]}>
          <UnitSearchSelect asOf={asOf} initial={registration?.unit ?? me?.homeUnit} allowClear={false} disabled={!!registration} />
        </Form.Item>
        <Form.Item label="Năm" name="year" style={{ flex: '1 1 140px' }} rules={[{ required: true, message: 'Chọn năm.' }]}>
          <Select<number> options={years} disabled={!!registration || !movementId} placeholder={movementId ? 'Chọn năm' : 'Chọn phong trào trước'} />
        </Form.Item>
      </div>
      {duplicate && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={`Đơn vị đã có đăng ký thi đua năm ${duplicate.year} cho phong trào này (${duplicate.stateLabel.toLowerCase()}).`}
          action={<AsOfLink to={`/dang-ky/${duplicate.id}`} onClick={onClose}>Mở đăng ký đó</AsOfLink>}
        />
      )}
      {registration ? (
        <Form.Item label="Đơn vị duyệt">
          <Input value={registration.reviewerUnit.name} disabled />
        </Form.Item>
      ) : (
        <Form.Item label="Đơn vị duyệt" name="reviewerUnitId" extra="Để trống: đăng ký gửi tới đơn vị cấp trên trực tiếp.">
          <UnitSearchSelect asOf={asOf} placeholder="Đơn vị cấp trên trực tiếp" />
        </Form.Item>
      )}
      <Form.Item label="Danh hiệu đăng ký" name="titles" extra="Chọn trong gợi ý hoặc gõ tên danh hiệu rồi nhấn Enter.">
        <Select mode="tags" options={TITLE_SUGGESTIONS.map((t) => ({ value: t, label: t }))} tokenSeparators={[';']} placeholder="Ví dụ: Cờ thi đua của Chính phủ" />
      </Form.Item>
      <Form.Item label="Ghi chú" name="note">
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
      <Form.Item label="Văn bản kèm theo" name="documentIds">
        <DocumentPicker known={knownDocs} />
      </Form.Item>
      <Divider style={{ margin: '8px 0 16px' }} />
      <CommitmentList indicators={indicators} onPick={(m) => setPicked((p) => ({ ...p, [m.id]: m }))} />
      <Divider style={{ margin: '8px 0 16px' }} />
      <Form.Item label="Gộp đăng ký đã duyệt của cấp dưới" name="includedIds" extra="Các đăng ký được gộp gửi lên cấp trên cùng đăng ký này.">
        <IncludedPicker movementId={movementId} year={year} unitId={unitId} selfId={registration?.id} />
      </Form.Item>
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
      <FormActions onCancel={onClose} loading={create.isPending || update.isPending} submitText={registration ? 'Lưu' : 'Lưu đăng ký'} />
    </Form>
  );
}

function clampYear(y: number, from: string, to: string): number {
  return Math.min(Math.max(y, Number(from.slice(0, 4))), Number(to.slice(0, 4)));
}
