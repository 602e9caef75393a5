// Files to and from the device: one saved through the browser's download (a Blob and an a[download]), one opened
// through the file picker, and a part of the page printed on its own. Nothing is sent anywhere.

/** Saves `text` as a file named `name`. */
export function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.className = 'sr-only';
  document.body.append(a);
  a.click();
  a.remove();
  // The browser has the file once the click is handled; the address is freed a moment later.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Opens the device's file picker for one file (a button asked for it) and hands it on once chosen. The picker's own
 * input is out of the tab order and hidden from screen readers: the button that asked is what they use. Returns the
 * input, for a screen that removes it when it closes.
 */
export function pickFile(accept: string, label: string, onFile: (f: File) => void, parent: HTMLElement = document.body): HTMLInputElement {
  document.querySelector('input.pick-file')?.remove();
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = accept;
  input.className = 'sr-only pick-file';
  input.tabIndex = -1;
  input.setAttribute('aria-hidden', 'true');
  input.setAttribute('aria-label', label);
  input.addEventListener('change', () => {
    const f = input.files?.[0];
    input.remove();
    if (f) onFile(f);
  });
  parent.append(input);
  input.click();
  return input;
}

/**
 * Prints one part of the page alone (a guide, a report): `html.<cls>` is on while the browser prints, and the print
 * stylesheet (ui/arcade.css) shows that part only.
 */
export function printOnly(cls: string): void {
  document.documentElement.classList.add(cls);
  window.addEventListener('afterprint', () => document.documentElement.classList.remove(cls), { once: true });
  window.print();
}
