import { z } from 'zod';
import { ROLES } from '../../access/roles';
import { nonEmpty, optionalDate, ref, uuid } from './common';

export const PASSWORD_MIN_LENGTH = 10;
export const password = z
  .string({ message: 'Mật khẩu là bắt buộc.' })
  .min(PASSWORD_MIN_LENGTH, { message: `Mật khẩu phải có ít nhất ${PASSWORD_MIN_LENGTH} ký tự.` })
  .max(200, { message: 'Mật khẩu quá dài.' });

export const role = z.enum(ROLES);

export const assignmentView = z.object({
  id: z.string(),
  role,
  roleLabel: z.string(),
  orgUnit: ref,
  group: ref.nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
});
export type AssignmentView = z.infer<typeof assignmentView>;

export const me = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  homeUnit: ref,
  mustChangePassword: z.boolean(),
  actions: z.array(z.string()),
  assignments: z.array(assignmentView),
});
export type Me = z.infer<typeof me>;
export const sessionResponse = z.object({ user: me, csrfToken: z.string() });

export const loginBody = z.object({
  username: nonEmpty('Tên đăng nhập', 100),
  password: z.string({ message: 'Mật khẩu là bắt buộc.' }).min(1, { message: 'Mật khẩu là bắt buộc.' }).max(200),
});
export const changePasswordBody = z.object({ currentPassword: z.string().min(1, { message: 'Nhập mật khẩu hiện tại.' }), newPassword: password });

export const userSummary = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  email: z.string().nullable(),
  homeUnit: ref,
  active: z.boolean(),
  roles: z.array(z.string()),
  version: z.number().int(),
});
export type UserSummary = z.infer<typeof userSummary>;
export const userDetail = userSummary.extend({ mustChangePassword: z.boolean(), assignments: z.array(assignmentView) });
export type UserDetail = z.infer<typeof userDetail>;

export const listUsersQuery = z.object({ q: z.string().trim().max(200).optional() });
export const listUsersResponse = z.object({ items: z.array(userSummary) });

export const createUserBody = z.object({
  username: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9._-]{3,60}$/, { message: 'Tên đăng nhập chỉ gồm chữ không dấu, số, dấu chấm, gạch dưới, gạch ngang (3–60 ký tự).' }),
  fullName: nonEmpty('Họ và tên', 200),
  email: z.email({ message: 'Địa chỉ thư điện tử không hợp lệ.' }).nullable().optional(),
  homeUnitId: uuid,
  password,
});
export const updateUserBody = z.object({
  version: z.number().int(),
  fullName: nonEmpty('Họ và tên', 200).optional(),
  email: z.email({ message: 'Địa chỉ thư điện tử không hợp lệ.' }).nullable().optional(),
  active: z.boolean().optional(),
  homeUnitId: uuid.optional(),
});
export const resetPasswordBody = z.object({ newPassword: password });
export const addAssignmentBody = z.object({
  role,
  orgUnitId: uuid,
  groupId: uuid.nullable().optional(),
  validFrom: optionalDate,
  validTo: optionalDate,
});
export const assignmentParams = z.object({ id: uuid, assignmentId: uuid });
export const rolesResponse = z.object({ items: z.array(z.object({ id: role, label: z.string() })) });
