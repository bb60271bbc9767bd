import type { Ctx, Tx } from './context';
import { AppError } from '../shared/errors';

/**
 * Runs a write in one transaction. Database constraint failures are turned into
 * Vietnamese errors; nothing of a failed write is kept.
 */
export async function inTx<T>(ctx: Pick<Ctx, 'db'>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  // A use-case called from inside another one's transaction joins it, so both commit or neither.
  if (ctx.db.isTransaction) return fn(ctx.db as Tx);
  try {
    return await ctx.db.transaction().execute(fn);
  } catch (err) {
    throw translateDbError(err);
  }
}

export function translateDbError(err: unknown): unknown {
  if (err instanceof AppError) return err;
  const pgErr = err as { code?: string; constraint?: string };
  switch (pgErr.code) {
    case '23505':
      if (pgErr.constraint === 'org_unit_code_uq') return new AppError('DUPLICATE_CODE', 'Mã đơn vị đã được dùng trong cùng danh mục.');
      if (pgErr.constraint === 'app_user_username_uq') return new AppError('CONFLICT', 'Tên đăng nhập đã tồn tại.');
      return new AppError('CONFLICT', 'Dữ liệu bị trùng với bản ghi đã có.');
    case '23503':
      return new AppError('VALIDATION', 'Dữ liệu tham chiếu đến một bản ghi không tồn tại.');
    case '23514':
      return new AppError('VALIDATION', 'Dữ liệu không thỏa điều kiện hợp lệ (ví dụ: ngày bắt đầu sau ngày kết thúc).');
    case '40001':
    case '40P01':
      return new AppError('CONFLICT', 'Có thao tác khác đang sửa cùng dữ liệu. Vui lòng thử lại.');
    default:
      return err;
  }
}
