// Review capacity per day on the supervision screen (GET/POST /api/supervision/{j}/capacity): the
// next 14 days, set or default, and a form to set one day. The capacity-following threshold uses it.

import { api } from './api.js';
import { $, fill, h, showAlert, showStatus } from './dom.js';
import { handleError } from './errors.js';
import { t } from './i18n.js';
import { session } from './session.js';

let days = null;

/** Wires the form. */
export function initCapacity() {
  $('capacity-form').addEventListener('submit', setCapacity);
}

/** Loads and shows the next 14 days of the jurisdiction the supervisor works in. */
export async function loadCapacity() {
  try {
    days = await api.capacity(session.jurisdiction());
  } catch (error) {
    days = null;
    handleError(error);
  }
  renderCapacity();
}

/** Renders the loaded days (also after a change of language). */
export function renderCapacity() {
  fill($('capacity-body'), (days ?? []).map((d) => h('tr', { dataset: { day: d.day } },
    h('th', { scope: 'row' }, d.day),
    h('td', { class: 'number', dataset: { label: t('capacity.col.cases') } }, String(d.cases)),
    h('td', { dataset: { label: t('capacity.col.source') } }, d.setBy ? t('capacity.setBy', { who: d.setBy }) : t('capacity.default')),
    h('td', { dataset: { label: t('capacity.col.reason') } }, d.reason ?? '—'))));
}

async function setCapacity(event) {
  event.preventDefault();
  const day = $('capacity-day').value;
  const cases = Number($('capacity-cases').value);
  const reason = $('capacity-reason').value.trim();
  if (!day || !reason || !Number.isInteger(cases)) {
    showAlert(t('capacity.missing'));
    return;
  }
  try {
    await api.setCapacity(session.jurisdiction(), { day, cases, reason });
    showStatus(t('capacity.saved', { day, cases }));
    await loadCapacity();
  } catch (error) {
    handleError(error);
  }
}
