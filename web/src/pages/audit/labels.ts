/** Vietnamese names of audited entity kinds; unknown kinds are shown as recorded. */
export const ENTITY_LABELS: Record<string, string> = {
  org_unit: 'Đơn vị',
  org_parent: 'Quan hệ trực thuộc',
  group: 'Cụm/khối thi đua',
  group_member: 'Thành viên cụm/khối',
  user: 'Tài khoản',
  user_assignment: 'Vai trò được giao',
  session: 'Phiên đăng nhập',
};

export const entityLabel = (e: string) => ENTITY_LABELS[e] ?? e;
