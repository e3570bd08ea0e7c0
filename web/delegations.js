// Protocol staffing on the supervision screen: the jurisdiction's review delegations (who, until
// when, state), a form to grant one to a named reviewer of another service, and revoke buttons.
// GET/POST /api/supervision/{j}/delegations, POST …/{id}/revoke.

import { api } from './api.js';
import { $, fill, h, showAlert, showStatus } from './dom.js';
import { handleError } from './errors.js';
import { formatDateTime, t } from './i18n.js';
import { session } from './session.js';

let delegations = null;

/** Wires the grant form. */
export function initDelegations() {
  $('delegation-form').addEventListener('submit', grant);
}

/** Loads and shows the delegations of the jurisdiction the supervisor works in. */
export async function loadDelegations() {
  try {
    delegations = await api.delegations(session.jurisdiction());
  } catch (error) {
    delegations = null;
    handleError(error);
  }
  renderDelegations();
}

/** Renders the loaded list (also after a change of language). */
export function renderDelegations() {
  const rows = delegations ?? [];
  fill($('delegations-body'), rows.map(({ delegation: d, status }) => h('tr', { dataset: { delegationId: d.id } },
    h('th', { scope: 'row' }, d.reviewer),
    h('td', { dataset: { label: t('delegation.col.until') } }, formatDateTime(d.until)),
    h('td', { dataset: { label: t('delegation.col.status') } }, t(`delegation.status.${status}`)),
    h('td', { dataset: { label: t('delegation.col.by') } }, d.grantedBy),
    h('td', { dataset: { label: t('delegation.col.reason') } }, d.reason),
    h('td', { dataset: { label: t('sup.col.action') } }, status === 'active'
      ? h('button', { type: 'button', class: 'revoke', 'aria-label': t('delegation.revokeFor', { reviewer: d.reviewer }), dataset: { id: d.id } }, t('delegation.revoke'))
      : '—'))));
  $('delegations-empty').hidden = rows.length > 0 || delegations === null;
  for (const button of document.querySelectorAll('#delegations-body button.revoke')) {
    button.addEventListener('click', () => revoke(button.dataset.id));
  }
}

async function grant(event) {
  event.preventDefault();
  const reviewer = $('delegation-reviewer').value.trim();
  const hours = Number($('delegation-hours').value);
  const reason = $('delegation-reason').value.trim();
  if (!reviewer || !reason || !Number.isInteger(hours)) {
    showAlert(t('delegation.missing'));
    return;
  }
  try {
    await api.grantDelegation(session.jurisdiction(), { reviewer, hours, reason });
    $('delegation-form').reset();
    showStatus(t('delegation.granted', { reviewer }));
    await loadDelegations();
  } catch (error) {
    handleError(error);
  }
}

async function revoke(id) {
  const reason = $('delegation-reason').value.trim() || t('delegation.revokedReason');
  try {
    await api.revokeDelegation(session.jurisdiction(), id, reason);
    showStatus(t('delegation.revoked'));
    await loadDelegations();
  } catch (error) {
    handleError(error);
  }
}
