// Page entry: loads the WebAssembly module, exposes it as window.gigcheck,
// mounts each tab and switches between them.
// Imports are static so the build can bundle them (wasm/bundle-site.cmake).
import { load } from './gigcheck.mjs';
import { setUpLocalData } from './local-data.js';
import { mount as mountCert } from './tabs/cert.js';
import { mount as mountRisk } from './tabs/risk.js';
import { mount as mountProposal } from './tabs/proposal.js';
import { mount as mountTimeline } from './tabs/timeline.js';

const tabs = [
  { id: 'cert', mount: mountCert },
  { id: 'risk', mount: mountRisk },
  { id: 'proposal', mount: mountProposal },
  { id: 'timeline', mount: mountTimeline },
];

function showTab(id) {
  for (const { id: other } of tabs) {
    const button = document.getElementById(`tab-${other}`);
    const panel = document.getElementById(`panel-${other}`);
    const selected = other === id;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    panel.hidden = !selected;
  }
}

// A tab the user picks is kept in the address, so a reload or a shared link
// opens it. (Not on load: writing the address then cost ~10 ms of start-up.)
function pickTab(id, focus = false) {
  showTab(id);
  if (focus) document.getElementById(`tab-${id}`).focus();
  if (location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
}

function setUpTabs() {
  const ids = tabs.map((t) => t.id);
  for (const id of ids) {
    const button = document.getElementById(`tab-${id}`);
    button.addEventListener('click', () => pickTab(id));
    button.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (!step) return;
      const next = ids[(ids.indexOf(id) + step + ids.length) % ids.length];
      pickTab(next, true);
      event.preventDefault();
    });
  }
  const fromHash = location.hash.slice(1);
  const shown = ids.includes(fromHash) ? fromHash : ids[0];
  showTab(shown);
  return shown;
}

function mountTab(tab, gc) {
  const panel = document.getElementById(`panel-${tab.id}`);
  try {
    tab.mount(panel, gc);
  } catch (error) {
    // One broken tab must not take the others down with it.
    panel.textContent = `この機能を読み込めませんでした: ${error.message}`;
  }
}

// Resolves once the frame with what the DOM holds now has been drawn: a
// requestAnimationFrame callback runs just before drawing, a task queued
// from it runs after. A hidden tab draws no frames, so it waits 100 ms at most.
function afterNextPaint() {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, 100);
    requestAnimationFrame(() => setTimeout(() => {
      clearTimeout(timer);
      resolve();
    }));
  });
}

async function main() {
  const shown = setUpTabs();
  const status = document.getElementById('status');
  let gc;
  try {
    gc = await load();
  } catch (error) {
    status.textContent = `読み込みに失敗しました: ${error.message}`;
    return;
  }
  window.gigcheck = gc;
  // The tab on screen gets its first result drawn before the hidden tabs are
  // built: building them lays out the whole page, ~50 ms on a phone-class CPU.
  mountTab(tabs.find((tab) => tab.id === shown), gc);
  await afterNextPaint();
  for (const tab of tabs) if (tab.id !== shown) mountTab(tab, gc);
  setUpLocalData(document.getElementById('local-data'), document.querySelector('main'));
  status.textContent = '';
  document.documentElement.dataset.ready = 'true';
  registerOfflineSupport();
}

// After the first visit the page works offline (sw.js caches the site's own files).
function registerOfflineSupport() {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  navigator.serviceWorker.register('sw.js').catch(() => {
    // Offline support is a bonus: the page works the same without it.
  });
}

main();
