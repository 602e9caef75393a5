// Files to and from the device: one saved through the browser's download (a Blob and an a[download]), one opened
// through the file picker. Nothing is sent anywhere.

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
 * Opens the device's file picker for one file (a button asked for it); resolves with it once chosen. The picker's
 * own input is out of the tab order and hidden from screen readers: the button that asked is what they use.
 */
export function pickFile(accept: string, label: string, onFile: (f: File) => void): void {
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
  document.body.append(input);
  input.click();
}
