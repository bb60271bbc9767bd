import { describe, expect, it } from 'vitest';
import { planForward, stepsFor } from './proposal-steps';
import { templateFor, missingSections } from './achievement-templates';

describe('proposal steps', () => {
  it('lets each side take only its own steps', () => {
    expect(stepsFor('soan', { edit: true, review: false }).map((t) => t.to)).toEqual(['gui']);
    expect(stepsFor('soan', { edit: false, review: true })).toEqual([]);
    expect(stepsFor('gui', { edit: true, review: false })).toEqual([]);
    expect(stepsFor('gui', { edit: false, review: true }).map((t) => t.to)).toEqual(['tiep_nhan', 'tra_lai']);
    expect(stepsFor('tham_dinh', { edit: false, review: true }).map((t) => t.to)).toEqual(['tra_lai', 'lay_y_kien', 'trinh_hoi_dong', 'chuyen_cap_tren']);
    // The council opens and closes the vote; the decision module issues the decision.
    expect(stepsFor('trinh_hoi_dong', { edit: true, review: true })).toEqual([]);
    expect(stepsFor('trinh_ky', { edit: false, review: true }).map((t) => t.to)).toEqual(['chuyen_cap_tren']);
  });

  it('forwards only live nominees above the receiving body, closing the dossier when none is left', () => {
    expect(planForward([{ id: 'a', active: true, routing: 'forward', councilRefused: false }, { id: 'b', active: true, routing: 'decide_here', councilRefused: false }])).toEqual({ forward: ['a'], closesDossier: false });
    expect(planForward([{ id: 'a', active: true, routing: 'forward', councilRefused: false }, { id: 'b', active: false, routing: 'decide_here', councilRefused: false }])).toEqual({ forward: ['a'], closesDossier: true });
    expect(planForward([{ id: 'a', active: true, routing: 'forward', councilRefused: true }])).toEqual({ forward: [], closesDossier: false });
  });

  it('picks the achievement report template by subject and round', () => {
    expect(templateFor('ca_nhan', 'thuong_xuyen').code).toBe('ca_nhan_cong_trang');
    expect(templateFor('tap_the', 'thuong_xuyen').code).toBe('tap_the_cong_trang');
    expect(templateFor('ho_gia_dinh', 'nien_han').code).toBe('tap_the_cong_trang');
    expect(templateFor('tap_the', 'dot_xuat').code).toBe('dot_xuat');
    expect(templateFor('ca_nhan', 'chuyen_de').code).toBe('chuyen_de');
    expect(templateFor('ca_nhan', 'cong_hien').code).toBe('cong_hien');
    expect(missingSections(templateFor('ca_nhan', 'thuong_xuyen'), new Set(['so_luoc'])).map((s) => s.key)).toEqual(['thanh_tich']);
  });
});
