/** Saves text (or a blob, e.g. a PNG) as a file through a temporary link (works in a shadow root too). */
export function saveFile(filename: string, content: string | Blob, type: string): void {
  const blob = new Blob([content], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
