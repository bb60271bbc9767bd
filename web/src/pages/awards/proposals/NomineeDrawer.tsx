import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { AutoComplete, Button, Collapse, Drawer, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { useMemo, useState } from 'react';
import type { RichDoc } from '../../../../../src/shared/rich-text-types';
import { useSubjects } from '../../../api/awards';
import { useAddNominee, useCatalogueAwards, useUpdateNominee, type NomineeBody, type NomineeView, type ProposalDetail } from '../../../api/award-proposals';
import { RichTextEditor } from '../../../components/rich-text/RichTextEditor';
import { templateFor } from '../../../../../src/awards/proposals/domain/achievement-templates';
import { useDebounced } from '../../../lib/useDebounced';
import { useFeedback } from '../../../lib/feedback';
import { KIND_OPTIONS, WORKER_OPTIONS } from '../labels';
import { DISCIPLINE_OPTIONS, RATING_OPTIONS, SCOPE_OPTIONS } from './labels';

const EMPTY: RichDoc = { type: 'doc', content: [{ type: 'paragraph' }] };

interface HistoryForm {
  ratings?: { year: number; rating: string }[];
  titles?: { year: number; award: string }[];
  initiatives?: { year: number; scope: string; title?: string }[];
  disciplines?: { from: string; to?: string | null; level?: string; note?: string }[];
  members?: { total: number; completingTasks: number; ldtt: number; cstdcs: number } | null;
}

type FormValues = Omit<NomineeBody, 'achievement' | 'history'> & { history?: HistoryForm };

/** Keeps only what was filled in, so that the engine's strict schema gets no empty rows. */
function cleanHistory(h: HistoryForm | undefined): NomineeBody['history'] {
  if (!h) return null;
  const rows = <T extends object>(xs: T[] | undefined) => (xs ?? []).filter((x) => x && Object.values(x).some((v) => v !== undefined && v !== null && v !== ''));
  const out: Record<string, unknown> = {};
  if (rows(h.ratings).length) out.ratings = rows(h.ratings);
  if (rows(h.titles).length) out.titles = rows(h.titles);
  if (rows(h.initiatives).length) out.initiatives = rows(h.initiatives).map((i) => ({ ...i, title: i.title || undefined }));
  if (rows(h.disciplines).length) out.disciplines = rows(h.disciplines).map((d) => ({ kind: 'ky_luat', from: d.from, to: d.to || null, ...(d.level ? { level: d.level } : {}), ...(d.note ? { note: d.note } : {}) }));
  if (h.members && h.members.total) out.members = h.members;
  return out as NomineeBody['history'];
}

/** Adds or edits one nominee: who, the award, the achievement report per section of its template, and the record the dossier states. */
export function NomineeDrawer({ proposal, nominee, onClose }: { proposal: ProposalDetail; nominee: NomineeView | null; onClose: () => void }) {
  const [form] = Form.useForm<FormValues>();
  const add = useAddNominee(proposal.id);
  const update = useUpdateNominee(proposal.id);
  const feedback = useFeedback();
  const awards = useCatalogueAwards();
  const kind = Form.useWatch('subjectKind', form) ?? nominee?.subjectKind ?? 'ca_nhan';
  const [sections, setSections] = useState<Record<string, RichDoc>>(() => ({ ...((nominee?.achievement as { sections?: Record<string, RichDoc> })?.sections ?? {}) }));
  const [nameQuery, setNameQuery] = useState('');
  const q = useDebounced(nameQuery, 300);
  const matches = useSubjects({ q, kind, page: 1, pageSize: 10 }, q.length >= 2);
  const [subjectId, setSubjectId] = useState<string | null | undefined>(nominee?.subjectId);
  // The same pure rule as the server's, so a new nominee's report can be written before the first save.
  const template = templateFor(kind, proposal.roundKind);
  const awardOptions = useMemo(() => (awards.data ?? []).filter((a) => a.subjects.includes(kind)).map((a) => ({ value: a.code, label: a.name })), [awards.data, kind]);
  const titleOptions = useMemo(() => (awards.data ?? []).map((a) => ({ value: a.code, label: a.name })), [awards.data]);

  const save = async () => {
    const v = await form.validateFields();
    const body = { ...v, subjectId, achievement: { sections }, history: cleanHistory(v.history) } as NomineeBody;
    try {
      if (nominee) await update.mutateAsync({ nomineeId: nominee.id, body: { ...body, version: nominee.version } });
      else await add.mutateAsync(body);
      feedback.success('Đã lưu; hồ sơ đã được kiểm tra lại.');
      onClose();
    } catch (e) {
      feedback.error(e, { form });
    }
  };
  const history = (nominee?.history ?? {}) as HistoryForm;

  return (
    <Drawer
      open
      width={820}
      title={nominee ? `Sửa: ${nominee.fullName}` : 'Thêm đối tượng đề nghị'}
      onClose={onClose}
      extra={<Button type="primary" onClick={save} loading={add.isPending || update.isPending}>Lưu</Button>}
    >
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={{
          subjectKind: nominee?.subjectKind ?? 'ca_nhan',
          fullName: nominee?.fullName,
          birthYear: nominee?.personal?.birthYear ?? undefined,
          idNumber: nominee?.personal?.idNumber ?? undefined,
          gender: nominee?.gender ?? undefined,
          positionTitle: nominee?.positionTitle ?? undefined,
          workplace: nominee?.workplace ?? undefined,
          workerCategory: (nominee?.workerCategory as NomineeBody['workerCategory']) ?? undefined,
          isDirectWorker: nominee?.isDirectWorker ?? false,
          awardCode: nominee?.awardCode as NomineeBody['awardCode'],
          history,
        }}
      >
        <Space wrap align="start">
          <Form.Item name="subjectKind" label="Loại đối tượng">
            <Select style={{ width: 160 }} options={KIND_OPTIONS} />
          </Form.Item>
          <Form.Item name="fullName" label="Họ tên / tên tập thể" rules={[{ required: true, message: 'Nhập họ tên.' }]} extra={subjectId ? 'Đã liên kết với sổ khen thưởng.' : 'Gõ để tìm trong sổ khen thưởng (không cần dấu).'}>
            <AutoComplete
              style={{ width: 360 }}
              onSearch={setNameQuery}
              onChange={() => setSubjectId(undefined)}
              onSelect={(_v, o) => {
                setSubjectId(o.key as string);
                const s = matches.data?.items.find((x) => x.id === o.key);
                if (s) form.setFieldsValue({ fullName: s.fullName, positionTitle: s.position ?? undefined, workplace: s.workplace ?? undefined, birthYear: s.personal?.birthYear ?? undefined });
              }}
              options={(matches.data?.items ?? []).map((s) => ({ key: s.id, value: s.fullName, label: `${s.fullName} — ${s.unit.name}${s.latestAward ? ` (${s.latestAward.name} ${s.latestAward.year})` : ''}` }))}
            />
          </Form.Item>
          {kind === 'ca_nhan' && (
            <>
              <Form.Item name="birthYear" label="Năm sinh">
                <InputNumber<number> min={1880} max={2200} />
              </Form.Item>
              <Form.Item name="gender" label="Giới tính">
                <Select style={{ width: 100 }} allowClear options={[{ value: 'nam', label: 'Nam' }, { value: 'nu', label: 'Nữ' }]} />
              </Form.Item>
              <Form.Item name="idNumber" label="Số định danh cá nhân">
                <Input style={{ width: 180 }} />
              </Form.Item>
            </>
          )}
        </Space>
        <Space wrap align="start">
          <Form.Item name="positionTitle" label="Chức vụ">
            <Input style={{ width: 300 }} />
          </Form.Item>
          <Form.Item name="workplace" label="Đơn vị công tác">
            <Input style={{ width: 300 }} />
          </Form.Item>
          <Form.Item name="workerCategory" label="Thành phần">
            <Select style={{ width: 260 }} allowClear options={WORKER_OPTIONS.map((o) => ({ ...o }))} />
          </Form.Item>
          <Form.Item name="isDirectWorker" label="Trực tiếp lao động, công tác" valuePropName="checked">
            <Switch />
          </Form.Item>
        </Space>
        <Form.Item name="awardCode" label="Danh hiệu, hình thức khen thưởng đề nghị" rules={[{ required: true, message: 'Chọn danh hiệu, hình thức.' }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} loading={awards.isLoading} options={awardOptions} />
        </Form.Item>

        <Typography.Title level={5}>Báo cáo thành tích — {template.name}</Typography.Title>
        <Typography.Paragraph type="secondary">{template.citation}. Có thể đính kèm bản báo cáo đã ký (mục Tài liệu) thay cho nội dung soạn ở đây.</Typography.Paragraph>
        {template.sections.map((s) => (
          <div key={s.key} style={{ marginBottom: 16 }}>
            <Typography.Text strong>
              {s.title}
              {s.required ? ' *' : ''}
            </Typography.Text>
            <div>
              <Typography.Text type="secondary">{s.hint}</Typography.Text>
            </div>
            <RichTextEditor aria-label={s.title} value={sections[s.key] ?? EMPTY} onChange={(doc) => setSections((x) => ({ ...x, [s.key]: doc }))} />
          </div>
        ))}

        <Collapse
          items={[
            {
              key: 'h',
              label: 'Thông tin thành tích hồ sơ nêu thêm ngoài sổ khen thưởng (xếp loại, danh hiệu năm xét, sáng kiến, kỷ luật)',
              children: (
                <>
                  <ListField name="ratings" label="Xếp loại mức độ hoàn thành nhiệm vụ" render={(f) => (
                    <>
                      <Form.Item name={[f.name, 'year']} noStyle rules={[{ required: true, message: 'Năm' }]}><InputNumber<number> placeholder="Năm" min={1945} max={2200} /></Form.Item>
                      <Form.Item name={[f.name, 'rating']} noStyle rules={[{ required: true, message: 'Xếp loại' }]}><Select style={{ width: 280 }} options={RATING_OPTIONS.map((o) => ({ ...o }))} /></Form.Item>
                    </>
                  )} />
                  <ListField name="titles" label="Danh hiệu đã đạt chưa có trong sổ (ví dụ danh hiệu năm xét)" render={(f) => (
                    <>
                      <Form.Item name={[f.name, 'year']} noStyle rules={[{ required: true, message: 'Năm' }]}><InputNumber<number> placeholder="Năm" min={1945} max={2200} /></Form.Item>
                      <Form.Item name={[f.name, 'award']} noStyle rules={[{ required: true, message: 'Danh hiệu' }]}><Select style={{ width: 320 }} showSearch={{ optionFilterProp: 'label' }} options={titleOptions} /></Form.Item>
                    </>
                  )} />
                  <ListField name="initiatives" label="Sáng kiến, đề tài được công nhận" render={(f) => (
                    <>
                      <Form.Item name={[f.name, 'year']} noStyle rules={[{ required: true, message: 'Năm' }]}><InputNumber<number> placeholder="Năm" min={1945} max={2200} /></Form.Item>
                      <Form.Item name={[f.name, 'scope']} noStyle rules={[{ required: true, message: 'Phạm vi' }]}><Select style={{ width: 200 }} placeholder="Phạm vi ảnh hưởng" options={SCOPE_OPTIONS.map((o) => ({ ...o }))} /></Form.Item>
                      <Form.Item name={[f.name, 'title']} noStyle><Input placeholder="Tên sáng kiến" style={{ width: 260 }} /></Form.Item>
                    </>
                  )} />
                  <ListField name="disciplines" label="Kỷ luật (ngày ISO: năm-tháng-ngày)" render={(f) => (
                    <>
                      <Form.Item name={[f.name, 'from']} noStyle rules={[{ required: true, message: 'Từ ngày' }]}><Input placeholder="Từ ngày (2024-03-12)" style={{ width: 170 }} /></Form.Item>
                      <Form.Item name={[f.name, 'to']} noStyle><Input placeholder="Đến ngày (trống: chưa hết)" style={{ width: 190 }} /></Form.Item>
                      <Form.Item name={[f.name, 'level']} noStyle><Select style={{ width: 150 }} placeholder="Hình thức" allowClear options={DISCIPLINE_OPTIONS.map((o) => ({ ...o }))} /></Form.Item>
                    </>
                  )} />
                  {kind !== 'ca_nhan' && (
                    <Space wrap>
                      <Form.Item name={['history', 'members', 'total']} label="Tổng số thành viên"><InputNumber<number> min={0} /></Form.Item>
                      <Form.Item name={['history', 'members', 'completingTasks']} label="Hoàn thành nhiệm vụ"><InputNumber<number> min={0} /></Form.Item>
                      <Form.Item name={['history', 'members', 'ldtt']} label="Đạt Lao động tiên tiến"><InputNumber<number> min={0} /></Form.Item>
                      <Form.Item name={['history', 'members', 'cstdcs']} label="Đạt CSTĐ cơ sở"><InputNumber<number> min={0} /></Form.Item>
                    </Space>
                  )}
                </>
              ),
            },
          ]}
        />
      </Form>
    </Drawer>
  );
}

function ListField({ name, label, render }: { name: string; label: string; render: (f: { name: number; key: number }) => React.ReactNode }) {
  return (
    <Form.List name={['history', name]}>
      {(fields, { add, remove }) => (
        <div style={{ marginBottom: 12 }}>
          <Typography.Text strong>{label}</Typography.Text>
          {fields.map((f) => (
            <Space key={f.key} style={{ display: 'flex', marginTop: 6 }} align="baseline">
              {render(f)}
              <MinusCircleOutlined aria-label="Xóa dòng" onClick={() => remove(f.name)} />
            </Space>
          ))}
          <div>
            <Button type="dashed" size="small" icon={<PlusOutlined />} onClick={() => add()} style={{ marginTop: 6 }}>Thêm dòng</Button>
          </div>
        </div>
      )}
    </Form.List>
  );
}
