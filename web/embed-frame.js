// @ts-check
// The page inside the recommended blog embed (an iframe of this file, README
// "Embedding"): one tool, chosen by ?tool=cert|risk|proposal|timeline, with
// ?theme=light|dark|auto (default light) and ?compact=1. It runs on gigcheck's
// own origin, so the blog's scripts cannot read what the user types, and it
// tells the host page only its height, so the frame can be sized to fit.
import { load } from './gigcheck.mjs';
import { embedChoice, mountEmbed } from './embed-tools.js';

const params = new URLSearchParams(location.search);
const { tool, theme } = embedChoice(params.get('tool'), params.get('theme'));
const root = document.documentElement;
root.dataset.theme = theme;
if (params.get('compact') === '1') root.dataset.compact = 'true';
document.title = `gigcheck ${tool.title}`;

const panel = /** @type {HTMLElement} */ (document.querySelector('main'));
panel.setAttribute('aria-label', `gigcheck ${tool.title}`);

// Only a number crosses to the host: the height the frame needs.
function postHeight() {
  if (parent === window) return;
  parent.postMessage({ gigcheckHeight: Math.ceil(root.getBoundingClientRect().height) }, '*');
}
new ResizeObserver(postHeight).observe(root);

if (await mountEmbed(tool, panel, document.getElementById('status'), load)) root.dataset.ready = 'true';
