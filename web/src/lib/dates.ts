import dayjs, { type Dayjs } from 'dayjs';
import { formatViDate } from '../../../src/shared/vi-date';

/** Display / input formats of dates: d/m/yyyy as Vietnamese documents write them. */
export const VI_DATE_FORMAT = 'D/M/YYYY';
export const VI_DATE_INPUT_FORMATS = ['D/M/YYYY', 'DD/MM/YYYY', 'D-M-YYYY', 'YYYY-MM-DD'];

export function toIso(d: Dayjs | null | undefined): string | null {
  return d && d.isValid() ? d.format('YYYY-MM-DD') : null;
}

export function fromIso(iso: string | null | undefined): Dayjs | null {
  if (!iso) return null;
  const d = dayjs(iso);
  return d.isValid() ? d : null;
}

/** "28/06/2024 14:05" for timestamps (audit log), in Vietnam time (UTC+7) whatever the browser's zone. */
export function formatViDateTime(isoTimestamp: string): string {
  const ms = Date.parse(isoTimestamp);
  if (Number.isNaN(ms)) return isoTimestamp;
  const t = new Date(ms + 7 * 3600_000).toISOString(); // YYYY-MM-DDTHH:mm in UTC+7
  return `${t.slice(8, 10)}/${t.slice(5, 7)}/${t.slice(0, 4)} ${t.slice(11, 16)}`;
}

/** "từ 1/7/2025 đến 31/12/2025", open ends left out. */
export function validityText(from: string | null | undefined, to: string | null | undefined): string {
  if (!from && !to) return 'không giới hạn thời gian';
  if (from && to) return `từ ${formatViDate(from)} đến ${formatViDate(to)}`;
  if (from) return `từ ${formatViDate(from)}`;
  return `đến ${formatViDate(to)}`;
}

/** Whether an ISO date lies inside a period with inclusive, possibly open ends. */
export function isValidOn(from: string | null | undefined, to: string | null | undefined, day: string): boolean {
  return (!from || from <= day) && (!to || to >= day);
}

export const formatNumber = (n: number) => n.toLocaleString('vi-VN');
