/**
 * Reports typed with the old TCVN3 (ABC, .VnTime) or VNI fonts arrive as Latin-1 look-alikes
 * ("ViÖt Nam"). TCVN3 maps one byte to one letter, so it converts in place and keeps every offset;
 * VNI spreads a letter over two characters and is refused with instructions instead.
 */
export type TextEncoding = 'unicode' | 'tcvn3' | 'vni';

const TCVN3_PAIRS =
  '¸á µà ¶ả ·ã ¹ạ ¨ă ¾ắ »ằ ¼ẳ ½ẵ Æặ ©â Êấ Çầ Èẩ Éẫ Ëậ ®đ Ðé Ìè Îẻ Ïẽ Ñẹ ªê Õế Òề Óể Ôễ Öệ ' +
  'Ýí ×ì Øỉ Üĩ Þị ãó ßò áỏ âõ äọ «ô èố åồ æổ çỗ éộ ¬ơ íớ êờ ëở ìỡ îợ óú ïù ñủ òũ ôụ ' +
  '\u00adư øứ õừ öử ÷ữ ùự ýý úỳ ûỷ üỹ þỵ ¡Ă ¢Â £Ê ¤Ô ¥Ơ ¦Ư §Đ';

const TCVN3_MAP = new Map<string, string>(TCVN3_PAIRS.split(' ').map((p) => [p[0]!, p.slice(1)]));

/** Characters that occur in TCVN3 text but almost never in Vietnamese Unicode text. */
const TCVN3_TELLTALE = /[¸µ¶·¹¨¾»¼½©®ª«¬§¡¢£¤¥¦]/g;
const VIETNAMESE_UNICODE = /[\u1ea0-\u1ef9ơưăđƠƯĂĐ]/g;
/** VNI puts tone marks as separate Latin-1 letters after the vowel: "Vieät", "hoaø", "ñoàng". */
const VNI_TELLTALE = /[aeiouyAEIOUY][ùøûõï]|[aeiouAEIOU][äåë]|ñ[aeiou]/g;

function count(re: RegExp, text: string): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.exec(text)) n++;
  return n;
}

export function detectEncoding(text: string): TextEncoding {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const unicode = count(VIETNAMESE_UNICODE, sample);
  const tcvn = count(TCVN3_TELLTALE, sample);
  if (tcvn >= 5 && tcvn > 3 * unicode) return 'tcvn3';
  const vni = count(VNI_TELLTALE, sample);
  if (vni >= 10 && vni > 3 * unicode) return 'vni';
  return 'unicode';
}

/** TCVN3 → Unicode, one character for one character (upper-case fonts like .VnTimeH come out lower case). */
export function convertTcvn3(text: string): string {
  let out = '';
  for (const ch of text) out += TCVN3_MAP.get(ch) ?? ch;
  return out;
}
