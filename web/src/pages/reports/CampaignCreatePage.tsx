import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Form, Input, InputNumber, Row, Space, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { parsePeriodKey } from '../../../../src/indicators/domain/period-key';
import { useMe } from '../../api/auth';
import { toApiError } from '../../api/client';
import { useCreateCampaign, useOutlineVersion, type CampaignDetail } from '../../api/reports';
import { DateInput } from '../../components/DateInput';
import { UnitSearchSelect } from '../../components/UnitSearchSelect';
import { AsOfLink, useAsOf, useAsOfNavigate } from '../../lib/asOf';
import { toIso } from '../../lib/dates';
import { useFeedback } from '../../lib/feedback';
import { PeriodPicker } from '../indicators/PeriodPicker';
import { MovementSelect } from '../registrations/MovementSelect';
import { CampaignOutlineFields } from './CampaignOutlineFields';
import { DocumentSelect } from './DocumentSelect';
import { OutlineTreeView } from './OutlineTreeView';
import { RecipientsFields, type RecipientMode } from './RecipientsFields';

interface FormValues {
  title: string;
  requesterUnitId: string | null;
  outlineId?: string;
  outlineVersionId?: string;
  periodKey: string;
  movementId?: string | null;
  requestDocumentId?: string | null;
  deadline?: Dayjs | null;
  graceDays: number | null;
  recipientMode: RecipientMode;
  recipientUnitIds: string[];
  groupId?: string;
}

/** "Tạo yêu cầu báo cáo" (/bao-cao/yeu-cau/moi). */
export function CampaignCreatePage() {
  const [form] = Form.useForm<FormValues>();
  const [params] = useSearchParams();
  const me = useMe().data;
  const { asOf } = useAsOf();
  const navigate = useAsOfNavigate();
  const feedback = useFeedback();
  const create = useCreateCampaign();
  const [submitting, setSubmitting] = useState<'open' | 'draft' | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);

  const versionId = Form.useWatch('outlineVersionId', form);
  const periodKey = Form.useWatch('periodKey', form);
  const version = useOutlineVersion(versionId);
  const period = periodKey ? parsePeriodKey(periodKey) : null;

  const initial: FormValues = {
    title: '',
    requesterUnitId: me?.homeUnit.id ?? null,
    outlineId: params.get('outlineId') ?? undefined,
    periodKey: String(new Date().getFullYear()),
    graceDays: 0,
    recipientMode: 'units',
    recipientUnitIds: [],
  };
  useEffect(() => {
    if (me && !form.getFieldValue('requesterUnitId')) form.setFieldValue('requesterUnitId', me.homeUnit.id);
  }, [me, form]);
  // The outline's own title is the usual name of the request; it is offered while the name is empty.
  useEffect(() => {
    const t = version.data?.tree.title;
    if (t && !form.getFieldValue('title')?.trim()) form.setFieldValue('title', t.slice(0, 1000));
  }, [version.data, form]);

  async function submit(open: boolean) {
    setRefusal(null);
    let v: FormValues;
    try {
      v = await form.validateFields();
    } catch {
      return;
    }
    setSubmitting(open ? 'open' : 'draft');
    const byGroup = v.recipientMode === 'group';
    create.mutate(
      {
        title: v.title.trim(),
        requesterUnitId: v.requesterUnitId ?? '',
        outlineVersionId: v.outlineVersionId ?? '',
        periodKey: v.periodKey,
        movementId: v.movementId || null,
        requestDocumentId: v.requestDocumentId || null,
        deadline: toIso(v.deadline) ?? '',
        graceDays: v.graceDays ?? 0,
        recipientUnitIds: byGroup ? undefined : v.recipientUnitIds,
        groupId: byGroup ? v.groupId : null,
        open,
      },
      {
        onSuccess: (c: CampaignDetail) => {
          feedback.success(open ? `Đã gửi yêu cầu báo cáo tới ${c.recipients.length} đơn vị.` : 'Đã lưu nháp yêu cầu báo cáo.');
          navigate(`/bao-cao/yeu-cau/${c.id}`);
        },
        onError: (err) => {
          // The refusal stays in view above the buttons; its details go on the fields they name.
          const e = toApiError(err);
          setRefusal(e.message);
          feedback.error(e, { form });
        },
        onSettled: () => setSubmitting(null),
      },
    );
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <AsOfLink to="/bao-cao">
        <ArrowLeftOutlined /> Danh sách yêu cầu báo cáo
      </AsOfLink>
      <Row gutter={16}>
        <Col xs={24} xl={14}>
          <Card title={<Typography.Title level={4} style={{ margin: 0 }}>Tạo yêu cầu báo cáo</Typography.Title>}>
            <Form<FormValues> form={form} layout="vertical" initialValues={initial} onValuesChange={() => setRefusal(null)} scrollToFirstError>
              <CampaignOutlineFields />
              <Form.Item label="Tên yêu cầu báo cáo" name="title" rules={[{ required: true, whitespace: true, message: 'Nhập tên yêu cầu báo cáo.' }]}>
                <Input.TextArea maxLength={1000} autoSize={{ minRows: 1, maxRows: 4 }} />
              </Form.Item>
              <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
                <Form.Item label="Đơn vị yêu cầu" name="requesterUnitId" style={{ flex: '2 1 300px', minWidth: 0 }} rules={[{ required: true, message: 'Chọn đơn vị yêu cầu báo cáo.' }]}>
                  <UnitSearchSelect asOf={asOf} initial={me?.homeUnit} allowClear={false} />
                </Form.Item>
                <Form.Item label="Kỳ báo cáo" name="periodKey" style={{ flex: '1 1 300px', minWidth: 0 }} rules={[{ required: true, message: 'Chọn kỳ báo cáo.' }]}>
                  <PeriodPicker grains={['year', 'half', 'nine_months', 'quarter', 'month', 'phase']} />
                </Form.Item>
              </div>
              <Form.Item label="Văn bản yêu cầu" name="requestDocumentId" extra="Công văn, kế hoạch yêu cầu báo cáo (trong Sổ văn bản). Trích dẫn được in trên báo cáo.">
                <DocumentSelect />
              </Form.Item>
              <Form.Item label="Phong trào thi đua" name="movementId" extra="Không bắt buộc: phong trào mà báo cáo sơ kết, tổng kết.">
                <MovementSelect placeholder="Không gắn với phong trào" />
              </Form.Item>
              <div style={{ display: 'flex', gap: 16, flexWrap: 'wrap' }}>
                <Form.Item label="Hạn nộp" name="deadline" style={{ flex: '1 1 220px', minWidth: 0 }} rules={[{ required: true, message: 'Chọn hạn nộp báo cáo.' }]}>
                  <DateInput />
                </Form.Item>
                <Form.Item
                  label="Số ngày gia hạn"
                  name="graceDays"
                  style={{ flex: '1 1 220px', minWidth: 0 }}
                  extra="Sau hạn nộp, đơn vị vẫn sửa và nộp được trong số ngày này (tính là nộp muộn)."
                >
                  <InputNumber<number> min={0} max={60} precision={0} style={{ width: '100%' }} suffix="ngày" />
                </Form.Item>
              </div>
              <RecipientsFields asOf={asOf} year={period ? Number(period.to.slice(0, 4)) : null} />
              {refusal && <Alert type="error" showIcon role="alert" title={refusal} style={{ marginBottom: 16 }} />}
              <div style={{ display: 'flex', justifyContent: 'flex-end', marginTop: 8 }}>
                <Space wrap>
                  <Button onClick={() => navigate('/bao-cao')}>Hủy</Button>
                  <Button loading={submitting === 'draft'} disabled={submitting === 'open'} onClick={() => void submit(false)}>
                    Lưu nháp
                  </Button>
                  <Button type="primary" loading={submitting === 'open'} disabled={submitting === 'draft'} onClick={() => void submit(true)}>
                    Tạo và gửi
                  </Button>
                </Space>
              </div>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title="Xem trước đề cương" styles={{ body: { maxHeight: 'calc(100vh - 160px)', overflow: 'auto' } }}>
            {version.data ? (
              <OutlineTreeView tree={version.data.tree} />
            ) : version.isError ? (
              <Alert type="error" showIcon title={version.error.message} />
            ) : (
              <Typography.Text type="secondary">{versionId ? 'Đang tải…' : 'Chọn đề cương để xem các mục đơn vị phải báo cáo.'}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
