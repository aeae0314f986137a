// Embeds one gigcheck tool in any page:
//   <script type="module" src="https://example.com/gigcheck/embed.js"></script>
//   <gigcheck-widget tool="risk"></gigcheck-widget>
// tool: cert | risk | proposal | timeline. The widget lives in a Shadow DOM
// with the site's own stylesheet, so it neither takes nor gives styles to the
// host page, and it loads the WebAssembly module from this script's folder.
import { load } from './gigcheck.mjs';
import { mount as mountCert } from './tabs/cert.js';
import { mount as mountRisk } from './tabs/risk.js';
import { mount as mountProposal } from './tabs/proposal.js';
import { mount as mountTimeline } from './tabs/timeline.js';

const tools = {
  cert: { mount: mountCert, title: '認定チェック' },
  risk: { mount: mountRisk, title: 'クライアント診断' },
  proposal: { mount: mountProposal, title: '応募文チェック' },
  timeline: { mount: mountTimeline, title: '連絡タイムライン' },
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
      tool.mount(panel, await loadOnce());
      status.remove();
      this.dataset.ready = 'true';
    } catch (error) {
      status.textContent = `読み込みに失敗しました: ${error.message}`;
    }
  }
}

if (!customElements.get('gigcheck-widget')) customElements.define('gigcheck-widget', GigcheckWidget);
