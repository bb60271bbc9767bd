/** Stable error codes of the API; the message is always Vietnamese and meant for the user. */
export type ErrorCode =
  | 'VALIDATION'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'VERSION_CONFLICT'
  | 'DUPLICATE_CODE'
  | 'OVERLAPPING_VALIDITY'
  | 'CYCLE'
  | 'CSRF'
  | 'RATE_LIMITED'
  | 'BAD_CREDENTIALS'
  | 'WEAK_PASSWORD'
  | 'PAYLOAD_TOO_LARGE'
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'PERIOD_LOCKED'
  | 'CONFIRMATION_REQUIRED'
  | 'INTERNAL';

export interface FieldIssue {
  path: string;
  message: string;
}

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; details?: FieldIssue[] };
}

const STATUS: Record<ErrorCode, number> = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  VERSION_CONFLICT: 409,
  DUPLICATE_CODE: 409,
  OVERLAPPING_VALIDITY: 409,
  CYCLE: 409,
  CSRF: 403,
  RATE_LIMITED: 429,
  BAD_CREDENTIALS: 401,
  WEAK_PASSWORD: 400,
  PAYLOAD_TOO_LARGE: 413,
  PASSWORD_CHANGE_REQUIRED: 403,
  PERIOD_LOCKED: 409,
  CONFIRMATION_REQUIRED: 422,
  INTERNAL: 500,
};

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return STATUS[this.code];
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}) } };
  }
}

export const notFound = (what = 'Dữ liệu') => new AppError('NOT_FOUND', `${what} không tồn tại hoặc bạn không có quyền xem.`);
export const forbidden = (message = 'Bạn không có quyền thực hiện thao tác này.') => new AppError('FORBIDDEN', message);
export const versionConflict = () =>
  new AppError(
    'VERSION_CONFLICT',
    'Dữ liệu đã được người khác thay đổi sau khi bạn mở. Vui lòng tải lại để xem bản mới nhất rồi sửa lại; thay đổi của bạn chưa được lưu.',
  );
