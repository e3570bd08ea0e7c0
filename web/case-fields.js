// How a case's fields read in both the worklist and on the case page: the deadline as a live
// countdown (re-rendered every second by tick), the typologies, and who holds the claim.

import { h } from './dom.js';
import { formatDateTime, formatDuration, label, t } from './i18n.js';
import { session } from './session.js';

const URGENT_MS = 60 * 60 * 1000;

export function countdown(deadline) {
  const element = h('span', { class: 'countdown', dataset: { deadline } });
  renderCountdown(element);
  return element;
}

function renderCountdown(element) {
  const deadline = new Date(element.dataset.deadline);
  const remaining = deadline.getTime() - Date.now();
  const overdue = remaining < 0;
  const urgent = !overdue && remaining < URGENT_MS;
  element.classList.toggle('overdue', overdue);
  element.classList.toggle('urgent', urgent);
  const parts = [];
  if (overdue || urgent) {
    // The tag carries the meaning in words, not only in colour.
    parts.push(h('span', { class: 'tag' }, overdue ? t('deadline.overdueTag') : t('deadline.urgent')));
  }
  parts.push(h('span', { class: 'remaining' }, overdue ? t('deadline.overdue', { time: formatDuration(remaining) }) : t('deadline.in', { time: formatDuration(remaining) })));
  parts.push(h('time', { class: 'absolute', datetime: deadline.toISOString() }, formatDateTime(deadline)));
  element.replaceChildren(...parts);
}

/** Re-renders every countdown on the page; called once a second. */
export function tick() {
  for (const element of document.querySelectorAll('[data-deadline]')) {
    renderCountdown(element);
  }
}

export function claimedByText(claimedBy) {
  if (!claimedBy) {
    return t('worklist.nobody');
  }
  return claimedBy === session.subject() ? `${t('worklist.you')} (${claimedBy})` : claimedBy;
}

export function typologyText(typologies) {
  return (typologies ?? []).map((x) => label('typology', x)).join(', ') || '—';
}
