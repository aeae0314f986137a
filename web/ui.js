// Small DOM helpers. Everything a user or the core wrote goes in as text
// (textContent), never as HTML.
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

export function append(node, children) {
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

export function clear(node) {
  node.replaceChildren();
  return node;
}

// A labelled input; returns {wrapper, input}.
export function field(labelText, inputAttributes = {}, hint = '') {
  const id = inputAttributes.id;
  const input = el(inputAttributes.tag || 'input', { ...inputAttributes, tag: undefined });
  const wrapper = el('div', { class: 'field' }, el('label', { for: id }, labelText), input,
    hint ? el('small', { class: 'hint' }, hint) : null);
  return { wrapper, input };
}

// Shows an API error object in words.
export function errorBox(error) {
  return el('p', { class: 'error', role: 'alert' }, `入力エラー: ${error.message}`,
    error.field ? `（項目: ${error.field}）` : '');
}

// Calls fn at most once per animation frame while the user types.
export function debounceFrame(fn) {
  let pending = false;
  return (...args) => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; fn(...args); });
  };
}
