/**
 * <copy-button data-copy-from="<id>">: copies the text of the element with that id (an embed code)
 * and says so in a live region. Without JavaScript the button stays hidden and the code can be
 * selected by hand.
 */

class CopyButton extends HTMLElement {
  #button: HTMLButtonElement | null = null;
  #status: HTMLElement | null = null;

  connectedCallback(): void {
    this.#button = this.querySelector('button');
    this.#status = this.querySelector('[role="status"]');
    this.#button?.addEventListener('click', this.#copy);
    this.toggleAttribute('data-ready', true);
  }

  disconnectedCallback(): void {
    this.#button?.removeEventListener('click', this.#copy);
  }

  #copy = async (): Promise<void> => {
    const source = document.getElementById(this.dataset['copyFrom'] ?? '');
    const text = source instanceof HTMLTextAreaElement ? source.value : (source?.textContent ?? '');
    let copied = false;
    try {
      await navigator.clipboard.writeText(text);
      copied = true;
    } catch {
      if (source instanceof HTMLTextAreaElement) {
        source.select();
        copied = document.execCommand('copy');
      }
    }
    if (!this.#status) return;
    // The page's language, set by EmbedCode.astro; the original edition's words otherwise.
    const en = this.dataset['lang'] === 'en';
    const copiedText = en ? 'Copied' : '已复制 (copied)';
    const byHand = en ? 'Select the code and copy it by hand' : '请手动选择并复制 (select and copy by hand)';
    this.#status.textContent = copied ? copiedText : byHand;
  };
}

if (!customElements.get('copy-button')) customElements.define('copy-button', CopyButton);
