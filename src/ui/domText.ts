// Real DOM text from plain data (headings, paragraphs, lists, "who: what" lines), for the text panels of the
// accessible layer. Text is set with textContent only; the words come in already translated.
export type DomBlock =
  | { kind: 'heading'; level: 2 | 3; text: string; size?: number }
  | { kind: 'para'; text: string; bold?: boolean; size?: number }
  | { kind: 'list'; ordered: boolean; items: readonly string[] }
  /** Lines of a conversation: who (bold), then what was said; muted lines are asides. */
  | { kind: 'said'; items: ReadonlyArray<{ who: string; text: string; muted?: boolean }> };

function block(b: DomBlock): HTMLElement {
  switch (b.kind) {
    case 'heading': {
      const h = document.createElement(`h${b.level}`);
      h.textContent = b.text;
      h.style.margin = '0 0 0.5em';
      if (b.size) h.style.fontSize = `${b.size}px`;
      return h;
    }
    case 'para': {
      const p = document.createElement('p');
      p.textContent = b.text;
      p.style.margin = '0 0 0.5em';
      if (b.bold) p.style.fontWeight = '700';
      if (b.size) p.style.fontSize = `${b.size}px`;
      return p;
    }
    case 'list': {
      const list = document.createElement(b.ordered ? 'ol' : 'ul');
      for (const item of b.items) {
        const li = document.createElement('li');
        li.textContent = item;
        li.style.margin = '0 0 0.2em';
        list.append(li);
      }
      return list;
    }
    case 'said': {
      const ol = document.createElement('ol');
      ol.style.listStyle = 'none';
      ol.style.paddingLeft = '0';
      for (const line of b.items) {
        const li = document.createElement('li');
        const who = document.createElement('strong');
        who.textContent = line.who;
        const text = document.createElement('span');
        text.textContent = line.text;
        if (line.muted) text.className = 'muted';
        // A space between, so the two read as two words wherever the layer is read as plain text.
        li.append(who, ' ', text);
        ol.append(li);
      }
      return ol;
    }
  }
}

/** Appends the blocks to `el`, in order. */
export function fillBlocks(el: HTMLElement, blocks: readonly DomBlock[]): void {
  for (const b of blocks) el.append(block(b));
}
