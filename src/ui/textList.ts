// Real DOM text for panels (DESIGN.md rule 4): a list of rows, each an optional verdict badge and lines of text,
// and muted paragraphs. Text is set with textContent, never innerHTML.
export interface TextRow {
  /** A short verdict shown first; `tone` picks its style (right, partial, wrong, or none for not yet). */
  badge?: { text: string; tone: 'right' | 'partial' | 'wrong' | 'none' };
  lines: Array<{ text: string; muted?: boolean }>;
}

/** Appends a list of rows to `el`; returns the list items in order (to scroll one into view). */
export function appendRows(el: HTMLElement, rows: readonly TextRow[]): HTMLLIElement[] {
  const ul = document.createElement('ul');
  const items = rows.map((row) => {
    const li = document.createElement('li');
    if (row.badge) {
      const v = document.createElement('div');
      v.className = `verdict v-${row.badge.tone === 'none' ? 'none muted' : row.badge.tone}`;
      v.textContent = row.badge.text;
      li.append(v);
    }
    for (const line of row.lines) {
      const d = document.createElement('div');
      if (line.muted) d.className = 'muted';
      d.textContent = line.text;
      li.append(d);
    }
    ul.append(li);
    return li;
  });
  el.append(ul);
  return items;
}

/** Appends paragraphs of secondary text. */
export function appendMuted(el: HTMLElement, lines: readonly string[]): void {
  for (const line of lines) {
    const p = document.createElement('p');
    p.className = 'muted';
    p.style.margin = '0.3em 0';
    p.textContent = line;
    el.append(p);
  }
}

/** Appends a heading and paragraphs: `parts` in order, each a paragraph (muted or bold), heading or bulleted list (an
 * item may be a warning). */
export function appendBlocks(
  el: HTMLElement,
  parts: ReadonlyArray<
    { p: string; muted?: boolean; strong?: boolean } | { h3: string } | { list: ReadonlyArray<string | { text: string; warning?: boolean }> }
  >,
): void {
  for (const part of parts) {
    if ('h3' in part) {
      const h = document.createElement('h3');
      h.textContent = part.h3;
      el.append(h);
    } else if ('list' in part) {
      const ul = document.createElement('ul');
      for (const item of part.list) {
        const li = document.createElement('li');
        li.textContent = typeof item === 'string' ? item : item.text;
        if (typeof item !== 'string' && item.warning) li.className = 'warning';
        ul.append(li);
      }
      el.append(ul);
    } else {
      const p = document.createElement('p');
      if (part.muted) p.classList.add('muted');
      if (part.strong) p.classList.add('strong');
      p.textContent = part.p;
      el.append(p);
    }
  }
}
