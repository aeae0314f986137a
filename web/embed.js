// Embeds one gigcheck tool in any page:
//   <script type="module" src="https://example.com/gigcheck/embed.js"></script>
//   <gigcheck-widget tool="risk"></gigcheck-widget>
// tool: cert | risk | proposal | timeline. The widget lives in a Shadow DOM
// with the site's own stylesheet, so it neither takes nor gives styles to the
// host page, and it loads the WebAssembly module from this script's folder.
import { load } from './gigcheck.mjs';

const tools = {
  cert: { module: './tabs/cert.js', title: '認定チェック' },
  risk: { module: './tabs/risk.js', title: 'クライアント診断' },
  proposal: { module: './tabs/proposal.js', title: '応募文チェック' },
  timeline: { module: './tabs/timeline.js', title: '連絡タイムライン' },
};

let api;  // one module instance shared by every widget on the page
function loadOnce() {
  api ??= load();
  return api;
}

class GigcheckWidget extends HTMLElement {
  async connectedCallback() {
    if (this.shadowRoot) return;
    const tool = tools[this.getAttribute('tool')] ?? tools.cert;
    const shadow = this.attachShadow({ mode: 'open' });
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = new URL('./style.css', import.meta.url).href;
    const panel = document.createElement('section');
    panel.className = 'gigcheck-embed';
    panel.setAttribute('aria-label', `gigcheck ${tool.title}`);
    const status = document.createElement('p');
    status.className = 'status';
    status.textContent = '読み込み中…';
    const credit = document.createElement('p');
    credit.className = 'small';
    credit.textContent = 'gigcheck：入力内容はこの端末の中だけで処理され、外部に送信されません。';
    shadow.append(style, status, panel, credit);
    try {
      const [gc, { mount }] = await Promise.all([loadOnce(), import(new URL(tool.module, import.meta.url).href)]);
      mount(panel, gc);
      status.remove();
      this.dataset.ready = 'true';
    } catch (error) {
      status.textContent = `読み込みに失敗しました: ${error.message}`;
    }
  }
}

if (!customElements.get('gigcheck-widget')) customElements.define('gigcheck-widget', GigcheckWidget);
