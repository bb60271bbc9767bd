/** Vietnamese names of audited entity kinds (the table names the server records); unknown kinds are shown as recorded. */
export const ENTITY_LABELS: Record<string, string> = {
  org_unit: 'Đơn vị',
  org_parent: 'Quan hệ trực thuộc',
  org_group: 'Cụm/khối thi đua',
  org_group_member: 'Thành viên cụm/khối',
  app_user: 'Tài khoản',
  role_assignment: 'Vai trò được giao',
  directive_document: 'Văn bản',
};

export const entityLabel = (e: string) => ENTITY_LABELS[e] ?? e;
