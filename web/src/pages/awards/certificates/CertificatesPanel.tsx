import { Button, Empty, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { downloadDecisionCertificates, openCertificatePdf, useCertificates, useIssueCertificates, type CertificateView } from '../../../api/award-certificates';
import { formatNumber, formatViDateTime } from '../../../lib/dates';
import { useFeedback } from '../../../lib/feedback';
import { ReissueModal } from './ReissueModal';

const STATUS_COLORS: Record<CertificateView['status'], string> = { hieu_luc: 'green', da_thay_the: 'default', da_thu_hoi: 'red' };

/** Certificates of an issued decision: issue them all, print one or the whole batch, re-issue, with history. */
export function CertificatesPanel({ decisionId, canPrint }: { decisionId: string; canPrint: boolean }) {
  const certs = useCertificates({ decisionId });
  const issue = useIssueCertificates();
  const feedback = useFeedback();
  const [reissuing, setReissuing] = useState<CertificateView | null>(null);
  const run = (p: Promise<unknown>) => p.catch((e) => feedback.error(e));
  return (
    <>
      <Space style={{ marginBottom: 12 }} wrap>
        {canPrint && (
          <Button
            type="primary"
            loading={issue.isPending}
            onClick={() => issue.mutate({ decisionId }, { onSuccess: (r) => feedback.success(`Đã có ${formatNumber(r.items.length)} giấy chứng nhận.`), onError: (e) => feedback.error(e) })}
          >
            Cấp giấy chứng nhận cho cả danh sách
          </Button>
        )}
        <Button disabled={!certs.data?.length} onClick={() => run(downloadDecisionCertificates(decisionId))}>In tất cả (PDF)</Button>
      </Space>
      <Table<CertificateView>
        rowKey="id"
        size="small"
        loading={certs.isLoading}
        dataSource={certs.data ?? []}
        locale={{ emptyText: <Empty description="Chưa cấp giấy chứng nhận." /> }}
        columns={[
          { title: 'Người nhận', render: (_, c) => c.recipientName },
          { title: 'Mã xác minh', render: (_, c) => <Typography.Text code copyable={{ text: `${window.location.origin}${c.verifyPath}` }}>{c.code}</Typography.Text> },
          { title: 'Cấp ngày', render: (_, c) => formatViDateTime(c.issuedAt), width: 150 },
          { title: 'Tình trạng', render: (_, c) => <><Tag color={STATUS_COLORS[c.status]}>{c.statusLabel}</Tag>{c.reissueKind && <Typography.Text type="secondary">{c.reissueKind === 'cap_doi' ? 'Cấp đổi' : 'Cấp lại'}: {c.reissueReason}</Typography.Text>}</> },
          {
            title: '',
            width: 190,
            render: (_, c) => (
              <Space>
                <Button size="small" onClick={() => run(openCertificatePdf(c.id))}>In</Button>
                {canPrint && c.status === 'hieu_luc' && <Button size="small" onClick={() => setReissuing(c)}>Cấp đổi, cấp lại</Button>}
              </Space>
            ),
          },
        ]}
      />
      <ReissueModal cert={reissuing} onClose={() => setReissuing(null)} />
    </>
  );
}
