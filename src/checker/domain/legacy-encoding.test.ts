import { describe, expect, it } from 'vitest';
import { convertTcvn3, detectEncoding } from './legacy-encoding';

describe('legacy Vietnamese encodings', () => {
  it('recognises TCVN3 and converts it letter for letter', () => {
    const tcvn = 'Céng hoµ x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc. Khen th\u00adëng n¨m 2023.';
    expect(detectEncoding(tcvn)).toBe('tcvn3');
    const out = convertTcvn3(tcvn);
    expect(out).toBe('Cộng hoà xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Khen thưởng năm 2023.');
    expect(out.length).toBe(tcvn.length);
  });

  it('recognises VNI', () => {
    expect(detectEncoding('Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam, ñoäc laäp töï do haïnh phuùc, baùo caùo keát quaû thi ñua')).toBe('vni');
  });

  it('leaves Unicode text alone, even with a few Latin-1 symbols', () => {
    expect(detectEncoding('Cộng hòa xã hội chủ nghĩa Việt Nam © 2024 · báo cáo ® số liệu ª')).toBe('unicode');
    expect(detectEncoding('plain ascii report 2024')).toBe('unicode');
  });
});
