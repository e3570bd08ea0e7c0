// The watchlists screen (#/watchlists) for list managers (Watchlist.Manage, Watchlist.Children):
// pick a list, see its entries, add one, import a CSV (each refused line is listed), expire or
// remove an entry. On a case, a watchlist indicator offers the matched entry and "false match".
// The API decides every right; this page only hides what the token cannot do.

import { ApiError, apiRequest } from './api.js';
import {
  $, clearMessages, fill, h, showAlert, showStatus,
} from './dom.js';
import { handleError } from './errors.js';
import { t } from './i18n.js';

let lists = [];

const path = (listId, rest = '') => `/api/watchlists/${encodeURIComponent(listId)}${rest}`;

async function loadEntries() {
  const listId = $('watchlist-select').value;
  if (!listId) {
    fill($('watchlist-entries'), h('p', { class: 'empty' }, t('watchlists.noLists')));
    return;
  }
  const entries = await apiRequest('GET', path(listId, '/entries'));
  fill($('watchlist-entries'), entries.length
    ? h('table', { class: 'worklist-table', id: 'watchlist-table' },
      h('thead', {}, h('tr', {}, ['watchlists.entry', 'watchlists.kind', 'watchlists.display', 'watchlists.validTo', 'watchlists.actions']
        .map((key) => h('th', { scope: 'col' }, t(key))))),
      h('tbody', {}, entries.map((e) => h('tr', { dataset: { entry: e.entryId } },
        h('td', {}, e.entryId),
        h('td', {}, e.kind),
        h('td', {}, e.display),
        h('td', {}, e.validTo ?? '—'),
        h('td', {},
          h('button', { type: 'button', class: 'secondary', dataset: { action: 'expire', entry: e.entryId } }, t('watchlists.expire')),
          h('button', { type: 'button', class: 'secondary', dataset: { action: 'remove', entry: e.entryId } }, t('watchlists.remove')))))))
    : h('p', { class: 'empty' }, t('watchlists.noEntries')));
}

/** Shows the screen: the lists the token manages, then the chosen list's entries. */
export async function showWatchlists() {
  clearMessages();
  try {
    lists = await apiRequest('GET', '/api/watchlists');
    const current = $('watchlist-select').value;
    fill($('watchlist-select'), lists.map((l) => h('option', { value: l.id, selected: l.id === current }, `${l.name} (${l.id}, ${l.owner})`)));
    await loadEntries();
  } catch (error) {
    handleError(error);
  }
}

async function act(work, done) {
  clearMessages();
  try {
    await work();
    showStatus(done);
    await loadEntries();
  } catch (error) {
    if (error instanceof ApiError && error.problem?.errors) {
      showAlert(error.problem.errors.map((e) => `${e.path ?? e.field}: ${e.message}`).join('; '));
    } else {
      handleError(error);
    }
  }
}

export function initWatchlists() {
  $('watchlist-select').addEventListener('change', () => loadEntries().catch(handleError));
  $('watchlist-add-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (id) => $(id).value.trim() || undefined;
    act(() => apiRequest('POST', path($('watchlist-select').value, '/entries'), {
      kind: value('watchlist-kind'),
      givenNames: value('watchlist-given'),
      name: value('watchlist-name'),
      birthDate: value('watchlist-birth'),
      value: value('watchlist-value'),
      reason: value('watchlist-reason'),
      source: value('watchlist-source'),
    }), t('watchlists.added'));
  });
  $('watchlist-import').addEventListener('click', async () => {
    clearMessages();
    try {
      const report = await apiRequest('POST', path($('watchlist-select').value, '/import'), $('watchlist-import-text').value, 'text/csv');
      fill($('watchlist-import-errors'), report.errors.map((e) => h('li', {}, `${e.path}: ${e.message}`)));
      showStatus(t('watchlists.imported', { count: report.stored, refused: report.errors.length }));
      await loadEntries();
    } catch (error) {
      handleError(error);
    }
  });
  $('watchlist-entries').addEventListener('click', (event) => {
    const button = event.target.closest('button[data-action]');
    if (!button) {
      return;
    }
    const listId = $('watchlist-select').value;
    const entry = encodeURIComponent(button.dataset.entry);
    if (button.dataset.action === 'expire') {
      act(() => apiRequest('POST', path(listId, `/entries/${entry}/expire`)), t('watchlists.expired'));
    } else {
      act(() => apiRequest('DELETE', path(listId, `/entries/${entry}`)), t('watchlists.removed'));
    }
  });
}

/**
 * For a fired watchlist indicator on a case: a button that shows the matched entry (within the
 * reviewer's rights) and one that reports the match as false (kept as a labelled pair).
 */
export function watchlistActions(indicator, caseId) {
  const listId = indicator.values?.listId;
  const entryId = indicator.values?.entry;
  if (!listId || !entryId || !caseId) {
    return null;
  }
  const shown = h('p', { class: 'watchlist-entry' });
  const view = h('button', { type: 'button', class: 'secondary' }, t('watchlists.showEntry'));
  view.addEventListener('click', async () => {
    try {
      const entry = await apiRequest('GET', path(listId, `/entries/${encodeURIComponent(entryId)}`));
      shown.textContent = t('watchlists.entryShown', {
        display: entry.display, reason: entry.reason, source: entry.source, validTo: entry.validTo ?? '—',
      });
    } catch (error) {
      handleError(error);
    }
  });
  const falseMatch = h('button', { type: 'button', class: 'secondary' }, t('watchlists.falseMatch'));
  falseMatch.addEventListener('click', async () => {
    try {
      await apiRequest('POST', path(listId, `/entries/${encodeURIComponent(entryId)}/false-matches`), { caseId });
      falseMatch.disabled = true;
      showStatus(t('watchlists.falseMatchDone'));
    } catch (error) {
      handleError(error);
    }
  });
  return h('div', { class: 'actions' }, view, falseMatch, shown);
}
