/**
 * The copy buttons of the reproducibility page's code blocks: each copies its block's text
 * and says so for a moment, on the button and in the block's polite status line.
 */
export function bindCopyButtons(doc: Document): void {
  for (const button of doc.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const code = button.parentElement?.querySelector('code');
    if (!code || !navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', () => {
      navigator.clipboard.writeText(code.textContent ?? '').then(
        () => flash(button, 'Copied'),
        () => flash(button, 'Select and copy'),
      );
    });
  }
}

function flash(button: HTMLButtonElement, text: string): void {
  button.textContent = text;
  const status = button.parentElement?.querySelector('[data-copy-status]');
  if (status)
    status.textContent = text === 'Copied' ? 'Copied to the clipboard.' : 'Could not copy; select the text instead.';
  window.setTimeout(() => (button.textContent = 'Copy'), 2000);
}
