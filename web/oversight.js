// The supervisors' and auditors' screens: queue overview per jurisdiction, cases that need a
// supervisor (reassign, reopen with a reason), snoozes (see, extend, lift), and the audit log query.
// Same rules as the rest of the page (dom.js): text only from data (never HTML), no inline script, every control a real
// button, link or form field so the keyboard reaches it.

import { loadAgreement, renderAgreement } from './agreement.js';
import { api } from './api.js';
import { initCapacity, loadCapacity, renderCapacity } from './capacity.js';
import { initCheckPlanning, loadCheckPlan, renderCheckPlan } from './check-planning.js';
import { initDelegations, loadDelegations, renderDelegations } from './delegations.js';
import { formatDateTime, label, t } from './i18n.js';
import { session, supervisedOf } from './session.js';

const NEAR_DEADLINE_MS = 60 * 60 * 1000;
const SUPERVISOR_STATUSES = ['Escalated', 'Claimed', 'Open', 'Decided', 'Missed'];
const REOPENABLE = ['Decided', 'Escalated', 'Missed'];
const REASSIGNABLE = ['Open', 'Claimed', 'Escalated'];
const AUDIT_MAX = 1000;

const $ = (id) => document.getElementById(id);

const local = {
  status: 'Escalated',
  cases: null,
  chosen: null,
  overview: null,
  snoozes: null,
  snooze: null,
  audit: null,
};

let ui = null;

/** Takes the page's helpers (DOM building, messages, error handling) and wires the forms. */
export function initOversight(helpers) {
  ui = helpers;
  $('sup-refresh').addEventListener('click', () => loadSupervisor());
  $('sup-filter').addEventListener('submit', (event) => {
    event.preventDefault();
    local.status = $('sup-status').value;
    loadCases();
  });
  $('reassign-form').addEventListener('submit', reassign);
  initDelegations();
  initCapacity();
  initCheckPlanning();
  $('reopen-form').addEventListener('submit', reopen);
  $('extend-form').addEventListener('submit', extend);
  $('audit-form').addEventListener('submit', (event) => {
    event.preventDefault();
    loadAudit();
  });
}

// ---------- supervisor ----------

export async function showSupervisor() {
  renderStatusOptions();
  $('supervisor-heading').focus();
  await loadSupervisor();
}

async function loadSupervisor() {
  ui.clearMessages();
  ui.showStatus(t('sup.loading'));
  local.chosen = null;
  local.snooze = null;
  await Promise.all([loadOverview(), loadCases(), loadSnoozes(), loadAgreement(), loadDelegations(), loadCapacity(), loadCheckPlan()]);
  ui.showStatus(t('sup.loaded'));
}

/** Counts from the worklist API (its totals), one row per jurisdiction the caller supervises. */
async function loadOverview() {
  const codes = supervisedOf(session.payload());
  const near = new Date(Date.now() + NEAR_DEADLINE_MS).toISOString();
  const count = async (code, query) => (await api.worklist(code, { ...query, page: 1, pageSize: 1 })).total ?? 0;
  try {
    local.overview = await Promise.all(codes.map(async (code) => {
      const [open, claimed, escalated, nearDeadline, missed] = await Promise.all([
        count(code, { status: 'Open' }),
        count(code, { status: 'Claimed' }),
        count(code, { status: 'Escalated' }),
        count(code, { deadlineBefore: near }),
        count(code, { status: 'Missed' }),
      ]);
      return { code, open, claimed, escalated, nearDeadline, missed };
    }));
  } catch (error) {
    local.overview = null;
    ui.handleError(error);
  }
  renderOverview();
}

function renderOverview() {
  const { h, fill } = ui;
  $('overview-caption').textContent = t('sup.overviewCaption');
  const number = (value, key) => h('td', { class: 'number', dataset: { label: t(key) } }, String(value));
  fill($('overview-body'), (local.overview ?? []).map((row) => h('tr', { dataset: { jurisdiction: row.code } },
    h('th', { scope: 'row' }, label('jurisdiction', row.code)),
    number(row.open, 'status.Open'),
    number(row.claimed, 'status.Claimed'),
    number(row.escalated, 'status.Escalated'),
    h('td', { class: row.nearDeadline > 0 ? 'number urgent-count' : 'number', dataset: { label: t('sup.col.nearDeadline') } }, String(row.nearDeadline)),
    number(row.missed, 'status.Missed'))));
}

function renderStatusOptions() {
  const { h, fill } = ui;
  fill($('sup-status'), SUPERVISOR_STATUSES.map((s) => h('option', { value: s, selected: s === local.status }, label('status', s))));
}

async function loadCases() {
  try {
    local.cases = await api.worklist(session.jurisdiction(), { status: local.status, sort: 'deadline', page: 1, pageSize: 50 });
  } catch (error) {
    local.cases = null;
    ui.handleError(error);
  }
  renderCases();
}

function renderCases() {
  const { h, fill } = ui;
  const jurisdiction = label('jurisdiction', session.jurisdiction());
  $('sup-cases-heading').textContent = t('sup.cases', { jurisdiction });
  $('sup-cases-caption').textContent = t('sup.casesCaption', { jurisdiction, status: label('status', local.status) });
  const items = local.cases?.items ?? [];
  fill($('sup-cases-body'), items.map((item) => h('tr', { dataset: { caseId: item.caseId } },
    h('td', { dataset: { label: t('sup.col.case') } }, h('code', {}, item.caseId)),
    h('td', { dataset: { label: t('worklist.col.status') } }, h('span', { class: `status-tag s-${String(item.status).toLowerCase()}` }, label('status', item.status))),
    h('td', { dataset: { label: t('worklist.col.claimedBy') } }, item.claimedBy ?? '—'),
    h('td', { dataset: { label: t('worklist.col.deadline') } }, formatDateTime(item.deadline),
      // Raised to priority 1 by the deadline guard: the supervisors were alerted for this case.
      item.deadlineEscalatedAt ? h('span', { class: 'status-tag s-escalated', title: formatDateTime(item.deadlineEscalatedAt) }, t('sup.deadlineEscalated')) : null),
    h('td', { dataset: { label: t('sup.col.outcome') } }, item.outcome ? label('outcome', item.outcome) : item.missedReason ?? '—'),
    h('td', { dataset: { label: t('sup.col.action') } },
      h('button', { type: 'button', class: 'choose-case', 'aria-label': t('sup.choose', { caseId: item.caseId }), dataset: { caseId: item.caseId } }, t('sup.chooseShort'))))));
  $('sup-cases-empty').hidden = items.length > 0 || local.cases === null;
  for (const button of document.querySelectorAll('#sup-cases-body button.choose-case')) {
    button.addEventListener('click', () => choose(button.dataset.caseId));
  }
  renderAction();
}

function choose(caseId) {
  local.chosen = (local.cases?.items ?? []).find((i) => i.caseId === caseId) ?? null;
  renderAction();
  $('sup-action-heading').focus();
}

function renderAction() {
  const item = local.chosen;
  $('sup-action').hidden = !item;
  if (!item) {
    return;
  }
  $('sup-action-heading').textContent = t('sup.actionHeading', { caseId: item.caseId, status: label('status', item.status) });
  $('reassign-form').hidden = !REASSIGNABLE.includes(item.status);
  $('reopen-form').hidden = !REOPENABLE.includes(item.status);
}

async function reassign(event) {
  event.preventDefault();
  const item = local.chosen;
  const reviewer = $('reassign-reviewer').value.trim();
  const reason = $('reassign-reason').value.trim();
  if (!item) {
    return;
  }
  if (!reviewer) {
    ui.showAlert(t('sup.needsReviewer'));
    $('reassign-reviewer').focus();
    return;
  }
  if (!reason) {
    ui.showAlert(t('sup.needsReason'));
    $('reassign-reason').focus();
    return;
  }
  try {
    await api.reassign(session.jurisdiction(), item.caseId, reviewer, reason);
    $('reassign-form').reset();
    await afterCaseAction(t('sup.reassigned', { caseId: item.caseId, reviewer }));
  } catch (error) {
    ui.handleError(error);
  }
}

async function reopen(event) {
  event.preventDefault();
  const item = local.chosen;
  const reason = $('reopen-reason').value.trim();
  if (!item) {
    return;
  }
  if (!reason) {
    ui.showAlert(t('sup.needsReason'));
    $('reopen-reason').focus();
    return;
  }
  try {
    await api.reopen(session.jurisdiction(), item.caseId, reason);
    $('reopen-form').reset();
    await afterCaseAction(t('sup.reopened', { caseId: item.caseId }));
  } catch (error) {
    ui.handleError(error);
  }
}

async function afterCaseAction(message) {
  ui.clearMessages();
  local.chosen = null;
  await Promise.all([loadCases(), loadOverview()]);
  ui.showStatus(message);
  $('sup-status').focus();
}

// ---------- snoozes ----------

async function loadSnoozes() {
  try {
    local.snoozes = await api.snoozes(session.jurisdiction());
  } catch (error) {
    local.snoozes = null;
    ui.handleError(error);
  }
  renderSnoozes();
}

function renderSnoozes() {
  const { h, fill } = ui;
  $('snoozes-caption').textContent = t('sup.snoozesCaption', { jurisdiction: label('jurisdiction', session.jurisdiction()) });
  const list = local.snoozes ?? [];
  fill($('snoozes-body'), list.map((s) => h('tr', { dataset: { snoozeId: s.id } },
    h('td', { dataset: { label: t('sup.col.indicator') } }, h('code', {}, s.indicatorId)),
    h('td', { dataset: { label: t('sup.col.entity') } }, label('entity', s.entityType)),
    h('td', { dataset: { label: t('sup.reason') } }, s.reason),
    h('td', { dataset: { label: t('sup.col.by') } }, s.createdBy),
    h('td', { dataset: { label: t('sup.col.expires') } }, formatDateTime(s.expiresAt)),
    h('td', { class: 'row-actions', dataset: { label: t('sup.col.action') } },
      h('button', { type: 'button', class: 'extend-snooze', 'aria-label': t('sup.extendOne', { indicator: s.indicatorId }), dataset: { snoozeId: s.id } }, t('sup.extend')),
      ' ',
      h('button', { type: 'button', class: 'lift-snooze', 'aria-label': t('sup.liftOne', { indicator: s.indicatorId }), dataset: { snoozeId: s.id } }, t('sup.lift'))))));
  $('snoozes-empty').hidden = list.length > 0 || local.snoozes === null;
  for (const button of document.querySelectorAll('#snoozes-body button.extend-snooze')) {
    button.addEventListener('click', () => chooseSnooze(button.dataset.snoozeId));
  }
  for (const button of document.querySelectorAll('#snoozes-body button.lift-snooze')) {
    button.addEventListener('click', () => lift(button.dataset.snoozeId));
  }
  renderExtend();
}

function chooseSnooze(snoozeId) {
  local.snooze = (local.snoozes ?? []).find((s) => s.id === snoozeId) ?? null;
  renderExtend();
  $('extend-heading').focus();
}

function renderExtend() {
  const snooze = local.snooze;
  $('extend-form').hidden = !snooze;
  if (snooze) {
    $('extend-heading').textContent = t('sup.extendHeading', { indicator: snooze.indicatorId, entity: label('entity', snooze.entityType) });
  }
}

async function extend(event) {
  event.preventDefault();
  const snooze = local.snooze;
  const days = Number($('extend-days').value);
  const reason = $('extend-reason').value.trim();
  if (!snooze) {
    return;
  }
  if (!Number.isInteger(days) || days < 1 || days > 180) {
    ui.showAlert(t('sup.daysRange'));
    $('extend-days').focus();
    return;
  }
  if (!reason) {
    ui.showAlert(t('sup.needsReason'));
    $('extend-reason').focus();
    return;
  }
  try {
    const extended = await api.extendSnooze(session.jurisdiction(), snooze.id, days, reason);
    $('extend-reason').value = '';
    local.snooze = null;
    ui.clearMessages();
    await loadSnoozes();
    ui.showStatus(t('sup.extended', { time: formatDateTime(extended.expiresAt) }));
    $('snoozes-heading').scrollIntoView({ block: 'nearest' });
  } catch (error) {
    ui.handleError(error);
  }
}

async function lift(snoozeId) {
  try {
    await api.liftSnooze(session.jurisdiction(), snoozeId);
    if (local.snooze?.id === snoozeId) {
      local.snooze = null;
    }
    ui.clearMessages();
    await loadSnoozes();
    ui.showStatus(t('sup.lifted'));
    // The row and its buttons are gone: keep the focus in the section.
    $('sup-refresh').focus();
  } catch (error) {
    ui.handleError(error);
  }
}

// ---------- audit ----------

export async function showAudit() {
  $('audit-heading').focus();
  renderAudit();
}

async function loadAudit() {
  const toIso = (value) => (value ? new Date(value).toISOString() : '');
  ui.clearMessages();
  ui.showStatus(t('audit.loading'));
  try {
    local.audit = await api.audit({
      caseId: $('audit-case').value.trim(),
      actor: $('audit-actor').value.trim(),
      from: toIso($('audit-from').value),
      to: toIso($('audit-to').value),
    });
  } catch (error) {
    local.audit = null;
    ui.handleError(error);
    renderAudit();
    return;
  }
  renderAudit();
  ui.showStatus($('audit-count').textContent);
}

function renderAudit() {
  const { h, fill } = ui;
  $('audit-caption').textContent = t('audit.caption');
  const entries = local.audit ?? [];
  $('audit-count').textContent = local.audit === null
    ? ''
    : entries.length === 0
      ? t('audit.none')
      : t(entries.length >= AUDIT_MAX ? 'audit.capped' : 'audit.count', { count: entries.length });
  fill($('audit-body'), entries.map((e) => h('tr', {},
    h('td', { dataset: { label: t('case.history.at') } }, formatDateTime(e.at)),
    h('td', { dataset: { label: t('case.history.actor') } }, e.actor),
    h('td', { dataset: { label: t('audit.role') } }, e.role),
    h('td', { dataset: { label: t('case.history.action') } }, h('code', {}, e.action)),
    h('td', { dataset: { label: t('audit.case') } }, e.caseId ? h('code', {}, e.caseId) : '—'),
    h('td', { dataset: { label: t('app.jurisdiction') } }, e.jurisdiction ? label('jurisdiction', e.jurisdiction) : '—'),
    h('td', { dataset: { label: t('case.history.detail') } }, e.detail ?? ''),
    h('td', { dataset: { label: t('audit.source') } }, e.source ?? ''))));
}

/** Re-renders the oversight view in the current language. */
export function rerenderOversight(view) {
  if (view === 'supervisor') {
    renderStatusOptions();
    renderOverview();
    renderCases();
    renderSnoozes();
    renderAgreement();
    renderDelegations();
    renderCapacity();
    renderCheckPlan();
  } else if (view === 'audit') {
    renderAudit();
  }
}
