// Shared DOM helpers for the reviewers' page: build elements from text only (never HTML from data)
// and speak to the two live regions (#status polite, #alert assertive).

export const $ = (id) => document.getElementById(id);

export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) {
      continue;
    }
    if (key === 'class') {
      element.className = value;
    } else if (key === 'dataset') {
      Object.assign(element.dataset, value);
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  }
  for (const child of children.flat(Infinity)) {
    if (child !== undefined && child !== null && child !== false) {
      element.append(child instanceof Node ? child : String(child));
    }
  }
  return element;
}

export function fill(container, ...children) {
  container.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
}

export function showStatus(text) {
  // Clear first so the same message is announced again.
  $('status').textContent = '';
  window.setTimeout(() => { $('status').textContent = text; }, 30);
}

export function showAlert(text) {
  $('alert').textContent = text;
}

export function clearMessages() {
  $('status').textContent = '';
  $('alert').textContent = '';
}
