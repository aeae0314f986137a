// @ts-check
// Page entry: loads the WebAssembly module, exposes it as window.gigcheck,
// mounts each tab when it is first shown and switches between them.
// Imports are static so the build can bundle them (wasm/bundle-site.cmake).
import { load } from './gigcheck.mjs';
import { setUpLocalData } from './local-data.js';
import { createJobs } from './jobs.js';
import { japaneseDate, localToday } from './ui.js';
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

/** @type {import('./gigcheck').Gigcheck} */
let gc;  // the loaded module; tabs are mounted once it is here
let refreshResultBar = () => {};
let keeper = null;  // local-data.js: gives a newly built tab what the user typed before a reload
let shownTab;
const mountedTabs = new Set();

// An element that index.html always has.
/** @param {string} id */
const byId = (id) => /** @type {HTMLElement} */ (document.getElementById(id));

// A tab is built when it is first shown, not on load: building all four laid
// out the whole page and delayed drawing the first result by ~50 ms.
function mountTab(tab) {
  if (!gc || mountedTabs.has(tab.id)) return;
  mountedTabs.add(tab.id);
  const panel = byId(`panel-${tab.id}`);
  try {
    tab.mount(panel, gc);
    keeper?.restore(panel);
  } catch (error) {
    // One broken tab must not take the others down with it.
    panel.textContent = `この機能を読み込めませんでした: ${error.message}`;
  }
}

function mountAllTabs() {
  for (const tab of tabs) mountTab(tab);
}

function showTab(id) {
  shownTab = id;
  for (const tab of tabs) {
    const button = byId(`tab-${tab.id}`);
    const panel = byId(`panel-${tab.id}`);
    const selected = tab.id === id;
    button.setAttribute('aria-selected', String(selected));
    button.tabIndex = selected ? 0 : -1;
    panel.hidden = !selected;
    if (selected) mountTab(tab);
  }
  refreshResultBar();
}

// A tab the user picks is kept in the address, so a reload or a shared link
// opens it. (Not on load: writing the address then cost ~10 ms of start-up.)
function pickTab(id, focus = false) {
  showTab(id);
  if (focus) byId(`tab-${id}`).focus();
  if (location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
}

function setUpTabs() {
  const ids = tabs.map((t) => t.id);
  for (const id of ids) {
    const button = byId(`tab-${id}`);
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
  if (!ids.includes(fromHash)) {
    showTab(ids[0]);
    return;
  }
  showTab(fromHash);
  // On a phone the tab strip scrolls sideways: bring a tab opened by link into view.
  byId(`tab-${fromHash}`).scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

async function main() {
  refreshResultBar = setUpResultBar(document.querySelector('main'));
  setUpTabs();
  const status = byId('status');
  try {
    gc = await load();
  } catch (error) {
    status.textContent = `読み込みに失敗しました: ${error.message}`;
    return;
  }
  /** @type {any} */ (window).gigcheck = gc;
  // Saving and loading the inputs covers every tab, so it builds them all first.
  const jobs = createJobs(byId('jobs'), gc);
  keeper = setUpLocalData(byId('local-data'), /** @type {HTMLElement} */ (document.querySelector('main')), mountAllTabs, jobs);
  jobs.start(keeper);
  showTab(shownTab);
  status.textContent = '';
  document.documentElement.dataset.ready = 'true';
  stampPrintDate();
  registerOfflineSupport();
}

// The shown tab's result in a few words (「5項目中1項目達成」「リスク高」), kept
// at the bottom of the screen while its details are out of sight, which on a
// phone is most of the time while typing; a tap jumps to them.
function setUpResultBar(main) {
  const bar = byId('result-bar');
  const button = byId('result-bar-button');
  const latest = new Map();  // panel id -> {text, target}
  const inView = new Set();
  const shown = () => latest.get(main.querySelector('[role="tabpanel"]:not([hidden])')?.id);
  const refresh = () => {
    const summary = shown();
    bar.hidden = !summary || inView.has(summary.target);
    document.body.classList.toggle('has-result-bar', !bar.hidden);
    if (summary) button.textContent = `${summary.text}　詳しく見る`;
  };
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (entry.isIntersecting) inView.add(entry.target);
      else inView.delete(entry.target);
    }
    refresh();
  });
  main.addEventListener('gigcheck-summary', (event) => {
    const panel = event.target.closest('[role="tabpanel"]');
    if (!panel) return;
    const before = latest.get(panel.id);
    if (before?.target !== event.target) {
      if (before) observer.unobserve(before.target);
      observer.observe(event.target);
    }
    latest.set(panel.id, { text: event.detail.text, target: event.target });
    refresh();
  });
  // The details come into view and take the focus, so that a screen reader
  // or the keyboard goes on from there.
  button.addEventListener('click', () => {
    const target = shown()?.target;
    if (!target) return;
    if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
    target.scrollIntoView({ behavior: 'smooth', block: 'start' });
    target.focus({ preventScroll: true });
  });
  return refresh;
}

// A printed summary says when it was printed (style.css shows it on paper
// only): dated when the page is ready, and again as the print dialog opens.
function stampPrintDate() {
  const stamp = byId('print-date');
  const write = () => { stamp.textContent = `印刷日: ${japaneseDate(localToday())}`; };
  write();
  addEventListener('beforeprint', write);
}

// The one Trusted Types policy, named in index.html's trusted-types directive.
const serviceWorkerPolicy = 'gigcheck-sw';

// After the first visit the page works offline (sw.js caches the site's own files).
function registerOfflineSupport() {
  if (!('serviceWorker' in navigator) || location.protocol === 'file:') return;
  // The CSP requires Trusted Types for script URLs (index.html); this one is
  // the only script URL the page hands the browser, and its policy allows no other.
  const policy = globalThis.trustedTypes?.createPolicy(serviceWorkerPolicy, {
    createScriptURL: (url) => { if (url === 'sw.js') return url; throw new TypeError(`not the service worker: ${url}`); },
  });
  navigator.serviceWorker.register(policy ? policy.createScriptURL('sw.js') : 'sw.js').catch(() => {
    // Offline support is a bonus: the page works the same without it.
  });
}

main();
