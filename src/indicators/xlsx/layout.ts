/** The layout shared by the template writer and the upload reader. */
export const DATA_SHEET = 'Số liệu';
export const META_SHEET = 'ThongTin';
export const UNIT_ID_HEADER = 'Mã định danh đơn vị';
export const UNIT_NAME_HEADER = 'Tên đơn vị';
export const HEADER_ROW = 4;
export const UOM_ROW = 5;
export const FIRST_DATA_ROW = 6;
/** Columns: A = STT, B = unit id (hidden), C = unit name, D… = one per indicator. */
export const FIRST_INDICATOR_COL = 4;
export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** Total uncompressed size allowed inside an upload (a zip bomb declares far more). */
export const MAX_UNZIPPED_BYTES = 300 * 1024 * 1024;
