import { describe, expect, it } from 'vitest';
import { found } from '../../testing/findings';

const arith = (t: string) => found(t, 'ARITH');

describe('ARITH: figures that disagree with the numbers they come from', () => {
  it('checks "x/y … đạt z%" and shows the computation', () => {
    const [f] = arith('Lũy kế toàn tỉnh có 61/119 xã được công nhận đạt chuẩn, đạt tỷ lệ 52%.');
    expect(f!.message).toBe('Tỷ lệ không khớp với số liệu: 61/119 = 51,26%, không phải 52%.');
    expect(f!.suggestion).toBe('51%');
    expect(arith('Đăng ký 04 mã vùng 83,3ha/312 ha, đạt tỷ lệ 62,67%.')[0]!.message).toContain('26,7%');
    expect(arith('Tiền mặt 1,45 tỷ đồng/1 tỷ đồng (đạt 103,57%).')[0]!.message).toContain('= 145%');
  });

  it('accepts rounding and truncation of the last digit', () => {
    expect(arith('Có 61/119 xã đạt chuẩn, đạt tỷ lệ 51,26%; 51/64 vụ việc, đạt 79,68%; 2.434.000.000 đ/1.400.000.000 đ, đạt 173,8%; 106,5ha/107,7ha, đạt tỷ lệ 98,88%.')).toEqual([]);
  });

  it('checks a total against its parts, in both orders, and leaves nested parts out', () => {
    expect(arith('Khen thưởng 2.889 trường hợp với 1.463 tập thể và 1.426 cá nhân.')).toEqual([]);
    expect(arith('Khen thưởng 2.899 trường hợp với 1.463 tập thể và 1.426 cá nhân.')[0]!.message).toContain('1.463 + 1.426 = 2.889');
    expect(arith('Hỗ trợ gồm: 3.750 suất quà/ 375.000.000đ, 6.620 suất cơm/662.000.000đ, tiền mặt 20.000.000đ, tổng trị giá 1,5 tỷ.')[0]!.message).toContain('= 1,057 tỷ đồng');
    expect(arith('Hỗ trợ gồm: 3.750 suất quà/ 375.000.000đ, 6.620 suất cơm/662.000.000đ, tiền mặt 20.000.000đ, tổng trị giá 1,057 tỷ.')).toEqual([]);
    expect(arith('Thực hiện 10 công trình, trị giá 3,2 tỷ đồng, trong đó: cầu A trị giá 1,4 tỷ đồng, trong đó Nhân dân đóng góp 200.000.000đ; đường B trị giá 1,8 tỷ đồng.')).toEqual([]);
  });

  it('does not sum lists that only say what each got, or partial lists', () => {
    expect(arith('Giúp đỡ cho 21 người nghèo qua đời gồm: vận động cho 21 quan tài, 21 phần đồ tẩn liệm.')).toEqual([]);
    expect(arith('Tổng kinh phí 500 triệu đồng, trong đó: xã A 100 triệu đồng, xã B 200 triệu đồng...')).toEqual([]);
  });

  it('checks remainders, unit prices, plan percentages and growth', () => {
    expect(arith('Xã Tân Thành đạt 15/19 tiêu chí, còn 04 tiêu chí chưa đạt.')).toEqual([]);
    expect(arith('Xã Tân Thành đạt 15/19 tiêu chí, còn 05 tiêu chí chưa đạt.')[0]!.message).toContain('19 − 15 = 4');
    expect(arith('Trao 356 suất học bổng, mỗi suất 500.000đ, trị giá: 178.000.000đ.')).toEqual([]);
    expect(arith('Hoàn thành 42 căn/71 căn, trị giá mỗi căn nhà 50 triệu, tổng chi phí 1.900.000 đồng.')[0]!.message).toContain('42 × 50 triệu = 2.100.000.000 đồng');
    expect(arith('Tặng 450 phần quà, mỗi phần từ 200.000đ đến 300.000đ, trị giá 112.500.000đ.')).toEqual([]);
    expect(arith('Xây dựng 36 căn nhà, đạt 120% kế hoạch (kế hoạch là 30 căn).')).toEqual([]);
    expect(arith('Xây dựng 39 căn nhà, đạt 118% kế hoạch (kế hoạch là 36 căn).')[0]!.message).toContain('108,33%');
    expect(arith('Thu ngân sách đạt 5.200 tỷ đồng, tăng 4% so với cùng kỳ (cùng kỳ năm 2023: 5.000 tỷ đồng).')).toEqual([]);
    expect(arith('Thu ngân sách đạt 5.200 tỷ đồng, tăng 6% so với cùng kỳ (cùng kỳ năm 2023: 5.000 tỷ đồng).')[0]!.message).toContain('4%');
  });

  it('checks a share of a total stated earlier, and parts in parentheses', () => {
    expect(arith('Tổng số 1.520 hồ sơ, đã giải quyết 1.498 hồ sơ (đạt 98,55%).')).toEqual([]);
    expect(arith('Tổng số 1.520 hồ sơ, đã giải quyết 1.498 hồ sơ (đạt 98,65%).')[0]!.message).toContain('1.498 / 1.520 = 98,55%');
    expect(arith('Khen thưởng theo chuyên đề 346 trường hợp (131 tập thể, 225 cá nhân).')[0]!.message).toContain('131 + 225 = 356');
    expect(arith('Tiếp 285 đoàn với 1.770 lượt khách (tăng 42 đoàn và 162 lượt khách so với cùng kỳ).')).toEqual([]);
    expect(arith('Kết nạp 312 đồng chí, trong đó: khối xã 198 đồng chí, khối cơ quan 77 đồng chí, khối doanh nghiệp 37 đồng chí.')).toEqual([]);
    expect(arith('Tổng chi ngân sách địa phương 9.288 tỷ đồng. Thu 6,1 tỷ đồng. Chi 5,8 tỷ đồng.')).toEqual([]);
  });

  it('counts named lists', () => {
    expect(arith('Thành phố có 06 đơn vị hành chính, gồm 04 phường: Hiệp Lợi, Hiệp Thành, Lái Hiếu, Ngã Bảy và 02 xã: Đại Thành và Tân Thành.')).toEqual([]);
    expect(arith('Có 03 xã: Đại Thành, Tân Thành và Hiệp Lợi được công nhận.')).toEqual([]);
    expect(arith('Có 04 xã: Đại Thành, Tân Thành và Hiệp Lợi được công nhận.')[0]!.message).toContain('liệt kê 3');
  });
});
