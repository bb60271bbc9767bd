import { Tag, Tooltip } from 'antd';
import type { RuleView } from '../../../api/award-council';

const STATE_COLORS: Record<string, string> = { du_thao: 'default', dang_bieu_quyet: 'processing', da_dong: 'success' };

export function SessionStateTag({ state, label }: { state: string; label: string }) {
  return <Tag color={STATE_COLORS[state] ?? 'default'}>{label}</Tag>;
}

/** The vote rule in one line, with the secret-ballot mark and where the value comes from. */
export function RuleTags({ rule }: { rule: RuleView }) {
  return (
    <>
      {rule.secret ? <Tag color="purple">Bỏ phiếu kín</Tag> : <Tag>Biểu quyết công khai</Tag>}
      <Tooltip title={`${rule.text} ${rule.source}`}>
        {rule.confirmed ? <Tag color="green">Theo quy định</Tag> : <Tag color="orange">{rule.origin === 'local' ? 'Cài đặt của Hội đồng' : 'Cài đặt địa phương (mặc định)'}</Tag>}
      </Tooltip>
    </>
  );
}

export const ROLE_OPTIONS = [
  { value: 'chu_tich', label: 'Chủ tịch' },
  { value: 'pho_chu_tich', label: 'Phó Chủ tịch' },
  { value: 'uy_vien_thuong_truc', label: 'Ủy viên thường trực' },
  { value: 'uy_vien', label: 'Ủy viên' },
  { value: 'thu_ky', label: 'Thư ký' },
] as const;
