// @ts-check
// Embeds one gigcheck tool in a page of the same site as gigcheck:
//   <script type="module" src="/gigcheck/embed.js"></script>
//   <gigcheck-widget tool="risk" theme="light"></gigcheck-widget>
// tool: cert | risk | proposal | timeline; theme: light (default) | dark | auto.
// For a blog on another site use the iframe of embed-frame.html instead
// (README, "Embedding"): a script on the host page can read anything in this
// widget's page, whereas it cannot read inside a frame from another origin.
// The widget lives in a closed Shadow DOM with the site's own stylesheet,
// keeps nothing in storage, and loads the module from this script's folder.
import { load } from './gigcheck.mjs';
import { embedChoice, mountEmbed } from './embed-tools.js';

let api;  // one module instance shared by every widget on the page
function loadOnce() {
  api ??= load();
  return api;
}

class GigcheckWidget extends HTMLElement {
  #mounted = false;

  async connectedCallback() {
    if (this.#mounted) return;
    this.#mounted = true;
    const { tool, theme } = embedChoice(this.getAttribute('tool'), this.getAttribute('theme'));
    const shadow = this.attachShadow({ mode: 'closed' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = new URL('./style.css', import.meta.url).href;
    const panel = document.createElement('section');
    panel.className = 'gigcheck-embed';
    panel.dataset.theme = theme;
    panel.setAttribute('aria-label', `gigcheck ${tool.title}`);
    const status = document.createElement('p');
    status.className = 'status';
    status.textContent = '読み込み中…';
    const credit = document.createElement('p');
    credit.className = 'small';
    credit.textContent = 'gigcheck：入力内容はこの端末の中だけで処理され、外部に送信されず、保存もされません。';
    panel.append(status);
    shadow.append(style, panel, credit);
    if (await mountEmbed(tool, panel, status, loadOnce)) this.dataset.ready = 'true';
  }
}

if (!customElements.get('gigcheck-widget')) customElements.define('gigcheck-widget', GigcheckWidget);
