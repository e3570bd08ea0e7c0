// The supervisors' agreement report (GET /api/supervision/{j}/agreement): per reviewer and month,
// how often own assessments, scores and outcomes agree. Small counts arrive suppressed ("<10") and
// are shown as the API sends them.

import { api } from './api.js';
import { $, fill, h } from './dom.js';
import { handleError } from './errors.js';
import { label, t } from './i18n.js';
import { session } from './session.js';

const COLUMNS = ['decisions', 'ownAgreesWithScore', 'ownAgreesWithOutcome', 'outcomeFollowsScore', 'unsure'];

let report = null;

/** Loads and shows the report of the jurisdiction the supervisor is working in (last 90 days). */
export async function loadAgreement() {
  try {
    report = await api.agreement(session.jurisdiction());
  } catch (error) {
    report = null;
    handleError(error);
  }
  renderAgreement();
}

/** Renders the loaded report (also after a change of language). */
export function renderAgreement() {
  $('agreement-caption').textContent = t('agreement.caption', { jurisdiction: label('jurisdiction', session.jurisdiction()) });
  const rows = report?.rows ?? [];
  const who = (value) => (value === 'all' ? t('agreement.all') : value);
  fill($('agreement-body'), rows.map((row) => h('tr', { class: row.reviewer === 'all' || row.month === 'all' ? 'total' : '' },
    h('th', { scope: 'row' }, who(row.reviewer)),
    h('td', { dataset: { label: t('agreement.col.month') } }, who(row.month)),
    COLUMNS.map((key) => h('td', { class: 'number', dataset: { label: t(`agreement.col.${key}`) } }, row[key]?.text ?? '–')))));
  $('agreement-empty').hidden = rows.some((row) => row.reviewer !== 'all') || report === null;
}
