/**
 * Ô 9b of NĐ 30/2020: one recipient per line, each "- X;", the last one (the archive,
 * "Lưu: VT, …") ending with "." instead. Users paste lines that already carry the dash or the
 * punctuation, so both are stripped before they are put back.
 */
export function recipientLines(recipients: readonly string[]): string[] {
  const cleaned = recipients.map(cleanRecipient).filter((r) => r !== '');
  return cleaned.map((r, i) => `- ${r}${i === cleaned.length - 1 ? '.' : ';'}`);
}

export function cleanRecipient(raw: string): string {
  return raw
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[-–—+•]\s*/u, '')
    .replace(/[;.,]+$/u, '')
    .trim();
}
