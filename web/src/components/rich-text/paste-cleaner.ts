/**
 * Reduces clipboard HTML (Word, LibreOffice, Google Docs, web pages) to plain structural tags before
 * ProseMirror parses it: Office markup, comments, styles and classes go; formatting expressed only
 * in styles becomes <strong>/<em>/<u>; Word's fake lists become real lists; Word footnotes become
 * footnote nodes. Whatever survives is then reduced further by the editor's schema.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const body = doc.body;
  convertFootnotes(doc);
  removeComments(body);
  removeJunk(body);
  convertWordLists(body);
  flattenInsideCells(body);
  styleToTags(body);
  stripAttributes(body);
  return body.innerHTML;
}

const DROP_TAGS = new Set(['SCRIPT', 'STYLE', 'META', 'LINK', 'TITLE', 'XML', 'TEMPLATE', 'NOSCRIPT', 'IMG', 'PICTURE', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO', 'IFRAME', 'OBJECT', 'EMBED', 'INPUT', 'BUTTON', 'SELECT', 'TEXTAREA', 'O:P']);

function removeComments(root: HTMLElement): void {
  // Word's conditional comments (<!--[if …]>…<![endif]-->) and <![if …]> markers are comment nodes here.
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT);
  const comments: Node[] = [];
  while (walker.nextNode()) comments.push(walker.currentNode);
  for (const c of comments) c.parentNode?.removeChild(c);
}

function unwrap(el: Element): void {
  el.replaceWith(...Array.from(el.childNodes));
}

function removeJunk(root: HTMLElement): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (!el.isConnected) continue;
    if (DROP_TAGS.has(el.tagName.toUpperCase())) el.remove();
    // Other Office namespaces (v:shape, w:sdt, st1:place) either draw or wrap text: drop drawings, keep text.
    else if (el.tagName.includes(':')) {
      if (/^v:/i.test(el.tagName)) el.remove();
      else unwrap(el);
    }
  }
}

const NOTE_REF = /^#(_ftn\d+|_edn\d+|sdfootnote\d+sym|sdendnote\d+sym|ftnt\d+)$/;

/** Word, LibreOffice and Google Docs link each reference to a note at the end; fold the note into the reference. */
function convertFootnotes(doc: Document): void {
  const containers = new Set<Element>();
  for (const ref of Array.from(doc.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'))) {
    const target = NOTE_REF.exec(ref.getAttribute('href') ?? '')?.[1];
    if (!target) continue;
    const anchor = doc.getElementById(target) ?? doc.querySelector(`a[name="${CSS.escape(target)}"]`);
    const note =
      anchor?.closest('[style*="mso-element:footnote"]:not([style*="footnote-list"]), [style*="mso-element:endnote"]:not([style*="endnote-list"]), div[id^="sdfootnote"], div[id^="sdendnote"]') ??
      anchor?.closest('p');
    if (!note || note.contains(ref)) continue;
    const clone = note.cloneNode(true) as Element;
    for (const back of Array.from(clone.querySelectorAll('a[href^="#"]'))) back.remove();
    const text = (clone.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (!text) continue;
    const sup = doc.createElement('sup');
    sup.setAttribute('data-footnote', text);
    ref.replaceWith(sup);
    containers.add(note);
  }
  for (const c of containers) c.remove();
  for (const list of Array.from(doc.querySelectorAll('[style*="mso-element:footnote-list"], [style*="mso-element:endnote-list"]'))) {
    if (!list.textContent?.trim()) list.remove();
  }
}

const LIST_STYLE = /mso-list:\s*l(\d+)\s+level(\d+)/i;
// "1.", "a)", "(iv)", "2": numbered; Word's bullets are glyphs such as "·", "o" or "§".
const ORDERED_MARKER = /^(?:[([]?(?:\d+|[a-z]|[ivxlcdm]+)[.)\]]|\d+)$/i;

/** Word pastes lists as paragraphs with "mso-list: l0 level2" and the bullet as text; rebuild nested lists. */
function convertWordLists(root: HTMLElement): void {
  const doc = root.ownerDocument;
  const items = Array.from(root.querySelectorAll<HTMLElement>('p[style*="mso-list"], h1[style*="mso-list"], h2[style*="mso-list"], h3[style*="mso-list"], h4[style*="mso-list"]'));
  const done = new Set<Element>();
  for (const first of items) {
    if (done.has(first)) continue;
    // A run is consecutive list paragraphs under one parent, with only whitespace between them.
    const run: HTMLElement[] = [];
    for (let n: ChildNode | null = first; n; n = n.nextSibling) {
      if (n.nodeType === Node.TEXT_NODE && !n.textContent?.trim()) continue;
      if (n.nodeType !== Node.ELEMENT_NODE || !LIST_STYLE.test((n as HTMLElement).getAttribute('style') ?? '')) break;
      run.push(n as HTMLElement);
    }
    const stack: { level: number; list: HTMLElement }[] = [];
    const anchor = doc.createElement('span');
    first.before(anchor);
    for (const p of run) {
      done.add(p);
      const level = Number(LIST_STYLE.exec(p.getAttribute('style') ?? '')?.[2] ?? 1);
      const markerEl = p.querySelector('span[style*="mso-list:Ignore"], span[style*="mso-list: Ignore"]');
      const marker = (markerEl?.textContent ?? '').replace(/[\s\u00A0]+/g, '');
      markerEl?.remove();
      const ordered = ORDERED_MARKER.test(marker);
      while (stack.length && stack[stack.length - 1]!.level > level) stack.pop();
      let top = stack[stack.length - 1];
      if (!top || top.level < level || (top.list.tagName === 'OL') !== ordered) {
        if (top && top.level === level) stack.pop();
        const list = doc.createElement(ordered ? 'ol' : 'ul');
        const start = /^\d+/.exec(marker)?.[0];
        if (ordered && start && start !== '1') list.setAttribute('start', start);
        const parentItem = stack[stack.length - 1]?.list.lastElementChild;
        if (parentItem) parentItem.append(list);
        else anchor.before(list);
        top = { level, list };
        stack.push(top);
      }
      const li = doc.createElement('li');
      const para = doc.createElement('p');
      para.append(...Array.from(p.childNodes));
      li.append(para);
      top.list.append(li);
      p.remove();
    }
    anchor.remove();
  }
}

/**
 * Cells hold paragraphs only. Left to the schema, a list or table inside a cell would be pushed out
 * of the table; as paragraphs (list items keeping a "- " or "n. " marker) they stay in their cell.
 */
function flattenInsideCells(root: HTMLElement): void {
  for (;;) {
    const el = root.querySelector('td ul, td ol, th ul, th ol, td table, th table');
    if (!el) return;
    el.replaceWith(...(el.tagName === 'TABLE' ? tableToParagraphs(el as HTMLTableElement) : listToParagraphs(el)));
  }
}

const isList = (n: Node): n is Element => n.nodeType === Node.ELEMENT_NODE && ['UL', 'OL'].includes((n as Element).tagName);
const isBlock = (n: Node) => n.nodeType === Node.ELEMENT_NODE && ['P', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6'].includes((n as Element).tagName);

function listToParagraphs(list: Element): HTMLElement[] {
  const doc = list.ownerDocument;
  const out: HTMLElement[] = [];
  let number = Number(list.getAttribute('start') ?? '1') || 1;
  for (const li of Array.from(list.children)) {
    const p = doc.createElement('p');
    p.append(list.tagName === 'OL' ? `${number++}. ` : '- ');
    out.push(p);
    let current = p;
    for (const child of Array.from(li.childNodes)) {
      if (isList(child)) {
        out.push(...listToParagraphs(child));
        current = doc.createElement('p');
        out.push(current);
      } else if (isBlock(child)) {
        if (current.textContent?.trim() && !/^(?:-|\d+\.) $/.test(current.textContent)) {
          current = doc.createElement('p');
          out.push(current);
        }
        current.append(...Array.from(child.childNodes));
      } else current.append(child);
    }
  }
  return out.filter((p) => p.childNodes.length > 0);
}

function tableToParagraphs(table: HTMLTableElement): HTMLElement[] {
  const doc = table.ownerDocument;
  const out: HTMLElement[] = [];
  for (const row of Array.from(table.rows)) {
    for (const cell of Array.from(row.cells)) {
      if (Array.from(cell.childNodes).some(isBlock)) out.push(...(Array.from(cell.children) as HTMLElement[]));
      else {
        const p = doc.createElement('p');
        p.append(...Array.from(cell.childNodes));
        out.push(p);
      }
    }
  }
  return out;
}

/** Formatting that only lives in styles (Google Docs, some Word spans) would be lost with the styles. */
function styleToTags(root: HTMLElement): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[style]'))) {
    const s = el.style;
    // Google Docs wraps the whole paste in <b style="font-weight:normal">.
    if (el.tagName === 'B' && s.fontWeight === 'normal') {
      unwrap(el);
      continue;
    }
    const wrappers: string[] = [];
    if (/^(bold|bolder|[6-9]00)$/.test(s.fontWeight)) wrappers.push('strong');
    if (s.fontStyle === 'italic') wrappers.push('em');
    if (/underline/.test(s.textDecoration || s.textDecorationLine)) wrappers.push('u');
    for (const tag of wrappers) {
      const w = root.ownerDocument.createElement(tag);
      w.append(...Array.from(el.childNodes));
      el.append(w);
    }
  }
}

const KEEP_ATTRS: Record<string, string[]> = { TD: ['colspan', 'rowspan'], TH: ['colspan', 'rowspan'], OL: ['start'], SUP: ['data-footnote'] };

function stripAttributes(root: HTMLElement): void {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const keep = KEEP_ATTRS[el.tagName] ?? [];
    for (const a of Array.from(el.attributes)) if (!keep.includes(a.name)) el.removeAttribute(a.name);
  }
}
