/** Vietnamese names of audited actions, shown in the audit log. */
export const ACTION_LABELS: Record<string, string> = {
  'auth.login': 'Đăng nhập',
  'auth.logout': 'Đăng xuất',
  'auth.change_password': 'Đổi mật khẩu',
  'org.create_unit': 'Thêm đơn vị',
  'org.update_unit': 'Sửa đơn vị',
  'org.add_parent': 'Đặt trực thuộc',
  'org.close_parent': 'Kết thúc trực thuộc',
  'org.import_units': 'Nhập danh mục đơn vị hành chính',
  'group.create': 'Thêm cụm/khối thi đua',
  'group.update': 'Sửa cụm/khối thi đua',
  'group.add_member': 'Thêm thành viên cụm/khối',
  'group.update_member': 'Sửa thành viên cụm/khối',
  'group.remove_member': 'Bỏ thành viên cụm/khối',
  'user.create': 'Tạo tài khoản',
  'user.update': 'Sửa tài khoản',
  'user.reset_password': 'Đặt lại mật khẩu',
  'user.add_assignment': 'Giao vai trò',
  'user.remove_assignment': 'Thu hồi vai trò',
  'document.create': 'Vào sổ văn bản',
  'document.update': 'Sửa văn bản',
  'movement.create': 'Soạn phong trào thi đua',
  'movement.update': 'Sửa phong trào thi đua',
  'movement.transition': 'Chuyển trạng thái phong trào',
};

export const actionLabel = (action: string): string => ACTION_LABELS[action] ?? action;
