// An officer's observations on the case page (POST …/cases/{id}/observations): codes as checkboxes
// and a note; the record is screened again and the page shows the earlier assessment beside the new one.

import { api } from './api.js';
import { renderCase } from './case-detail.js';
import { currentCase } from './current-case.js';
import {
  $, fill, h, showAlert, showStatus,
} from './dom.js';
import { handleError } from './errors.js';
import { formatNumber, label, t } from './i18n.js';

/** The officer's codes (ObservationCodes.All); intake checks are the service's own. */
const CODES = [
  'DOCUMENTS_HELD_BY_OTHER', 'SCRIPTED_ANSWERS', 'ACCOMPANIED_BY_CONTROLLER', 'UNAWARE_OF_DESTINATION',
  'SIGNS_OF_ABUSE', 'FEARFUL', 'INSUFFICIENT_MEANS', 'DEBT_MENTIONED', 'JOB_MISMATCH',
];

/** Wires the form. */
export function initObservations() {
  $('observation-form').addEventListener('submit', save);
}

/** Renders the checkboxes and the change between versions of the open case. */
export function renderObservations() {
  const detail = currentCase()?.detail;
  const checked = new Set([...document.querySelectorAll('#observation-codes input:checked')].map((i) => i.value));
  fill($('observation-codes'), CODES.map((code) => h('div', { class: 'option' },
    h('input', {
      type: 'checkbox', id: `obs-${code}`, value: code, checked: checked.has(code),
    }),
    h('label', { for: `obs-${code}` }, label('observation', code)))));
  const change = detail?.change;
  if (!change) {
    fill($('case-change'), h('p', { class: 'empty' }, t('observation.noChange')));
    return;
  }
  const list = (ids) => (ids?.length ? ids.join(', ') : '—');
  const pairs = [
    [t('observation.versions'), t('observation.versionsValue', { before: change.previousVersion, after: change.version })],
  ];
  if (change.band !== undefined && change.band !== null) {
    pairs.push([t('observation.band'), `${label('band', change.previousBand)} → ${label('band', change.band)}`]);
    pairs.push([t('observation.score'), `${formatNumber(change.previousScore, 2)} → ${formatNumber(change.score, 2)}`]);
  }
  pairs.push([t('observation.added'), list(change.added)], [t('observation.removed'), list(change.removed)]);
  fill($('case-change'), h('dl', { class: 'pairs', id: 'change-pairs' }, pairs.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])));
}

async function save(event) {
  event.preventDefault();
  const current = currentCase();
  if (!current) {
    return;
  }
  const codes = [...document.querySelectorAll('#observation-codes input:checked')].map((i) => i.value);
  if (codes.length === 0) {
    showAlert(t('observation.missing'));
    return;
  }
  const note = $('observation-note').value.trim();
  try {
    current.detail = await api.addObservations(current.jurisdiction, current.caseId, { codes, note: note || null });
    $('observation-note').value = '';
    for (const box of document.querySelectorAll('#observation-codes input')) {
      box.checked = false;
    }
    renderCase();
    renderObservations();
    showStatus(t('observation.saved', { version: current.detail.case?.version ?? '' }));
  } catch (error) {
    handleError(error);
  }
}
