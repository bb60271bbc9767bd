import { Tag } from 'antd';
import { MEMBER_ROLE_LABELS, type MemberRole } from '../../../src/shared/api/groups';

const COLORS: Record<MemberRole, string> = { truong: 'red', pho: 'blue', thanh_vien: 'default' };

/** Trưởng / Phó / Thành viên of a cụm/khối. */
export function MemberRoleTag({ role }: { role: string }) {
  const known = role in MEMBER_ROLE_LABELS ? (role as MemberRole) : null;
  return <Tag color={known ? COLORS[known] : 'default'}>{known ? MEMBER_ROLE_LABELS[known] : role}</Tag>;
}
