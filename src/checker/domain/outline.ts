/** An outline (đề cương) as units receive it: numbered items the report must answer. */
export interface OutlineItem {
  label: string;
  text: string;
  level: number;
  parent: number | null;
}

const ITEM = /^\s*(?:(?<roman>[IVXLC]+(?:\.\d+)*)[.:)]|(?<num>\d+(?:\.\d+)*)[.)]|(?<letter>[a-zđ])[).]|(?<bullet>[-+*•–]))\s*(?<text>.+)$/u;
/** Lines that tell the unit how to answer instead of asking something ("báo cáo tương tự mục III.1"). */
const INSTRUCTION = /tương tự (?:mục|phần|nội dung)|lần lượt từng nội dung|theo (?:mẫu|biểu) (?:số|kèm)/iu;

function levelOf(g: Record<string, string | undefined>): number {
  if (g.roman) return g.roman.includes('.') ? 2 : 1;
  if (g.num) return 2 + (g.num.split('.').length - 1);
  if (g.letter) return 4;
  return 5;
}

export function parseOutline(text: string): OutlineItem[] {
  const items: OutlineItem[] = [];
  const stack: number[] = [];
  for (const rawLine of text.normalize('NFC').split(/\r?\n/)) {
    const line = rawLine.replace(/[*_#]+/g, '').trimEnd();
    const m = ITEM.exec(line);
    if (!m?.groups) continue;
    const g = m.groups;
    const body = g.text!.trim().replace(/[./:;]+$/u, '').trim();
    if (!body || INSTRUCTION.test(body)) continue;
    const level = levelOf(g);
    while (stack.length && items[stack.at(-1)!]!.level >= level) stack.pop();
    items.push({ label: (g.roman ?? g.num ?? g.letter ?? g.bullet)!, text: body, level, parent: stack.at(-1) ?? null });
    stack.push(items.length - 1);
  }
  return items;
}
