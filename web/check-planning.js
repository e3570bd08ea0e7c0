// Multidisciplinary check planning on the supervision screen (GET /api/check-planning/{j}): the
// employers, agencies, sponsors and addresses behind recent hits, ranked with the reasons; a CSV export
// for the joint inspection; and the form that records an inspection's finding against an entity.

import { api, ApiError } from './api.js';
import {
  $, fill, h, showAlert, showStatus,
} from './dom.js';
import { handleError } from './errors.js';
import { label, t } from './i18n.js';
import { session } from './session.js';

const FINDINGS = ['ExploitationFound', 'LabourViolations', 'NoIndication'];
let plan = null;

/** Wires the buttons and the findings form. */
export function initCheckPlanning() {
  $('plan-load').addEventListener('click', loadCheckPlan);
  $('plan-export').addEventListener('click', exportCsv);
  $('finding-form').addEventListener('submit', recordFinding);
}

/** Loads the plan of the jurisdiction the supervisor works in. */
export async function loadCheckPlan() {
  try {
    plan = await api.checkPlan(session.jurisdiction(), days());
  } catch (error) {
    plan = null;
    handleError(error);
  }
  renderCheckPlan();
}

/** Renders the loaded plan (also after a change of language). */
export function renderCheckPlan() {
  const entities = plan?.entities ?? [];
  const name = (e) => `${label('entityType', e.entityType)}: ${e.clearValue ?? e.entityKey}`;
  fill($('plan-body'), entities.length === 0
    ? h('tr', {}, h('td', { colspan: '6' }, t('plan.empty')))
    : entities.map((e) => h('tr', { dataset: { key: e.entityKey } },
      h('th', { scope: 'row' }, String(e.rank)),
      h('td', { dataset: { label: t('plan.col.entity') } }, name(e)),
      h('td', { class: 'number', dataset: { label: t('plan.col.hits') } }, String(e.hits)),
      h('td', { class: 'number', dataset: { label: t('plan.col.records') } }, String(e.recordsIn30Days)),
      h('td', { dataset: { label: t('plan.col.indicators') } }, (e.indicators ?? []).map((i) => `${i.id} ×${i.hits}`).join(', ') || '—'),
      h('td', { dataset: { label: t('plan.col.why') } }, e.why))));
  const selected = $('finding-entity').value;
  fill($('finding-entity'), entities.map((e) => h('option', { value: `${e.entityType}|${e.entityKey}`, selected: `${e.entityType}|${e.entityKey}` === selected }, name(e))));
  const code = $('finding-code').value;
  fill($('finding-code'), FINDINGS.map((f) => h('option', { value: f, selected: f === code }, label('finding', f))));
  if (!$('finding-date').value) {
    $('finding-date').value = new Date().toISOString().slice(0, 10);
  }
}

function days() {
  const value = Number($('plan-days').value);
  return Number.isInteger(value) && value >= 1 && value <= 90 ? value : 30;
}

// A link cannot carry the bearer token, so the CSV is fetched and handed to the browser as a file.
async function exportCsv() {
  const jurisdiction = session.jurisdiction();
  try {
    const response = await fetch(`/api/check-planning/${encodeURIComponent(jurisdiction)}?days=${days()}&format=csv`, {
      headers: { Accept: 'text/csv', Authorization: `Bearer ${session.token()}` }, cache: 'no-store',
    });
    if (!response.ok) {
      throw new ApiError(response.status, null);
    }
    const url = URL.createObjectURL(await response.blob());
    const link = h('a', { href: url, download: `check-plan-${jurisdiction}.csv`, hidden: true });
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(url);
    showStatus(t('plan.exported'));
  } catch (error) {
    handleError(error);
  }
}

async function recordFinding(event) {
  event.preventDefault();
  const [entityType, entityKey] = ($('finding-entity').value || '|').split('|');
  const inspectedOn = $('finding-date').value;
  if (!entityKey || !inspectedOn) {
    showAlert(t('plan.findingMissing'));
    return;
  }
  try {
    const result = await api.recordFinding(session.jurisdiction(), {
      entityType, entityKey, finding: $('finding-code').value, inspectedOn, note: $('finding-note').value.trim() || null,
    });
    $('finding-note').value = '';
    showStatus(t('plan.findingSaved', { labelled: result.labelled, noted: result.casesNoted }));
  } catch (error) {
    handleError(error);
  }
}
