import { DatePicker, type DatePickerProps } from 'antd';
import { VI_DATE_INPUT_FORMATS } from '../lib/dates';

/** A date field shown as d/m/yyyy (the first format), also accepting dd/mm/yyyy and ISO when typed. Works with dayjs values inside antd Form. */
export function DateInput(props: DatePickerProps) {
  return (
    <DatePicker
      format={VI_DATE_INPUT_FORMATS}
      placeholder="Chọn ngày (ngày/tháng/năm)"
      style={{ width: '100%' }}
      {...props}
    />
  );
}
