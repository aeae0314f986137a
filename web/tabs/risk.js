// Placeholder until this tab's feature lands.
import { el } from '../ui.js';

export function mount(root) {
  root.append(el('p', { class: 'note' }, 'この機能は準備中です。'));
}
