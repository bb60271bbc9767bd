import { DownloadOutlined } from '@ant-design/icons';
import { Button, Card, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';

const FORMS = [
  { id: '0601', label: 'Biểu 0601.N — Số phong trào thi đua' },
  { id: '0602', label: 'Biểu 0602.N — Khen thưởng cấp Nhà nước' },
  { id: '0603', label: 'Biểu 0603.N — Khen thưởng cấp bộ, ngành, tỉnh' },
] as const;

/** The Ministry of Home Affairs' yearly tables, filled from the registry for the chosen unit. */
export function OfficialFormsCard({ unitId }: { unitId: string }) {
  const [year, setYear] = useState(new Date().getFullYear());
  const url = (form: string) => `/api/awards/stats/bieu/${form}/xlsx?${new URLSearchParams({ unitId, year: String(year) }).toString()}`;
  return (
    <Card size="small" title="Biểu thống kê báo cáo Bộ Nội vụ (Thông tư số 2/2023/TT-BNV)">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        Số liệu lấy từ sổ khen thưởng (khen thưởng có quyết định trong năm) và danh sách phong trào thi đua của đơn vị và các đơn vị trực thuộc.
      </Typography.Paragraph>
      <Space wrap>
        <span>Năm báo cáo</span>
        <InputNumber<number> aria-label="Năm báo cáo" min={1945} max={2200} precision={0} value={year} onChange={(v) => v && setYear(v)} style={{ width: 100 }} />
        {FORMS.map((f) => (
          <Button key={f.id} icon={<DownloadOutlined />} href={url(f.id)}>
            {f.label}
          </Button>
        ))}
      </Space>
    </Card>
  );
}
