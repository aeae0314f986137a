// @ts-check
// The tools an embed can show, by the `tool` attribute or URL parameter;
// shared by the iframe page (embed-frame.js) and the web component (embed.js).
import { mount as mountCert } from './tabs/cert.js';
import { mount as mountRisk } from './tabs/risk.js';
import { mount as mountProposal } from './tabs/proposal.js';
import { mount as mountTimeline } from './tabs/timeline.js';

export const tools = {
  cert: { mount: mountCert, title: '認定チェック' },
  risk: { mount: mountRisk, title: 'クライアント診断' },
  proposal: { mount: mountProposal, title: '応募文チェック' },
  timeline: { mount: mountTimeline, title: '連絡タイムライン' },
};

export const themes = ['light', 'dark', 'auto'];

// The tool and theme asked for, or the defaults: the certification check, in
// light (most blogs are light; a dark box in a light page looks broken).
export function embedChoice(tool, theme) {
  return { tool: tools[tool] ?? tools.cert, theme: themes.includes(theme) ? theme : 'light' };
}

// Mounts the tool into `panel`, keeping nothing in storage (an embed lives on
// someone else's page); `status` says what is happening until it is ready.
export async function mountEmbed(tool, panel, status, loadModule) {
  try {
    tool.mount(panel, await loadModule(), { autosave: false });
    status.remove();
    return true;
  } catch (error) {
    status.textContent = `読み込みに失敗しました: ${error.message}`;
    return false;
  }
}
