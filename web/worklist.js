// The worklist: the jurisdiction's cases with filters, sort and pages, a selection the keyboard
// moves (j/k), and "next case" (the first open case in the current order).

import { api } from './api.js';
import { claimedByText, countdown, typologyText } from './case-fields.js';
import { currentCase, leaveCase } from './current-case.js';
import { $, fill, h, showStatus } from './dom.js';
import { handleError } from './errors.js';
import { formatNumber, label, t } from './i18n.js';
import { navigate, showView } from './router.js';
import { session, supervisedOf } from './session.js';

const STATUSES = ['Open', 'Claimed', 'Escalated', 'Decided', 'Missed'];
const TYPOLOGIES = ['SexualExploitation', 'LabourExploitation', 'DomesticServitude', 'ForcedCriminality', 'ChildTrafficking', 'Smuggling'];
const SORTS = ['deadline', 'priority', 'score'];
const PAGE_SIZE = 25;

const local = {
  filters: defaultFilters(),
  worklist: null,
  selected: -1,
};

function defaultFilters() {
  return { status: '', typology: '', priority: '', deadlineBefore: '', sort: 'deadline', page: 1 };
}

/** Back to the default filters and sort, first page (a new sign-in or jurisdiction). */
export function resetFilters() {
  local.filters = defaultFilters();
}

export function clearSelection() {
  local.selected = -1;
}

/** Wires the filter form, refresh, paging and the row selection. */
export function initWorklist() {
  $('filters').addEventListener('submit', applyFilters);
  $('filters-reset').addEventListener('click', () => {
    local.filters = defaultFilters();
    renderFilterOptions();
    loadWorklist();
  });
  $('worklist-refresh').addEventListener('click', loadWorklist);
  $('page-prev').addEventListener('click', () => {
    local.filters.page = Math.max(1, local.filters.page - 1);
    loadWorklist();
  });
  $('page-next').addEventListener('click', () => {
    local.filters.page = Math.min(pageCount(), local.filters.page + 1);
    loadWorklist();
  });
  $('worklist-body').addEventListener('focusin', (event) => {
    const link = event.target.closest('a.case-link');
    if (link) {
      local.selected = Number(link.dataset.index);
    }
  });
}

function renderFilterOptions() {
  const f = local.filters;
  fill($('f-status'), h('option', { value: '' }, t('worklist.any')), STATUSES.map((s) => h('option', { value: s, selected: f.status === s }, label('status', s))));
  fill($('f-typology'), h('option', { value: '' }, t('worklist.any')), TYPOLOGIES.map((s) => h('option', { value: s, selected: f.typology === s }, label('typology', s))));
  fill($('f-priority'), h('option', { value: '' }, t('worklist.any')), [1, 2, 3, 4, 5].map((p) => h('option', { value: String(p), selected: String(f.priority) === String(p) }, t('priority.long', { priority: p }))));
  // Reviewers never see scores in the worklist, not even as an order (the API refuses it too).
  const sorts = seesScores() ? SORTS : SORTS.filter((s) => s !== 'score');
  fill($('f-sort'), sorts.map((s) => h('option', { value: s, selected: f.sort === s }, t(`worklist.sort.${s}`))));
  $('f-deadline').value = f.deadlineBefore;
}

function worklistQuery(filters) {
  return {
    status: filters.status,
    typology: filters.typology,
    priority: filters.priority,
    deadlineBefore: filters.deadlineBefore ? new Date(filters.deadlineBefore).toISOString() : '',
    sort: filters.sort,
    page: filters.page,
    pageSize: PAGE_SIZE,
  };
}

export async function showWorklist({ focus = true } = {}) {
  showView('worklist');
  renderFilterOptions();
  $('worklist-heading').textContent = t('worklist.heading', { jurisdiction: label('jurisdiction', session.jurisdiction()) });
  if (focus) {
    $('worklist-heading').focus();
  }
  await loadWorklist();
}

async function loadWorklist() {
  showStatus(t('worklist.loading'));
  try {
    local.worklist = await api.worklist(session.jurisdiction(), worklistQuery(local.filters));
  } catch (error) {
    local.worklist = null;
    renderWorklist();
    handleError(error);
    return;
  }
  renderWorklist();
  const { total = 0, page = 1 } = local.worklist;
  showStatus(t('worklist.loaded', { total, page, pages: pageCount() }));
}

function pageCount() {
  const total = local.worklist?.total ?? 0;
  const size = local.worklist?.pageSize || PAGE_SIZE;
  return Math.max(1, Math.ceil(total / size));
}

/** Whether the signed-in user supervises this jurisdiction, and so sees scores in the list. */
const seesScores = () => supervisedOf(session.payload()).includes(session.jurisdiction());

function renderWorklist() {
  const items = local.worklist?.items ?? [];
  const showScore = seesScores() && !items.some((item) => item.scoresHidden);
  $('worklist-score-col').hidden = !showScore;
  const sortName = t(`worklist.sort.${local.filters.sort}`).toLowerCase();
  $('worklist-caption').textContent = t('worklist.caption', { sort: sortName });
  const col = (key) => t(`worklist.col.${key}`);
  fill($('worklist-body'), items.map((item, index) => h('tr', { class: index === local.selected ? 'selected' : '', dataset: { caseId: item.caseId } },
    h('td', { dataset: { label: col('priority') } },
      h('a', { class: 'case-link', href: `#/cases/${encodeURIComponent(item.caseId)}`, dataset: { index: String(index) } },
        h('span', { class: `priority p${item.priority}` }, t('priority.label', { priority: item.priority })),
        h('span', { class: 'visually-hidden' }, ` ${t('worklist.open', { priority: item.priority, typologies: typologyText(item.typologies) })}`)),
      item.forcedReview ? h('span', { class: 'tag forced' }, t('case.indicator.forces')) : null),
    h('td', { dataset: { label: col('typologies') } }, (item.typologies ?? []).map((x) => h('span', { class: 'chip' }, label('typology', x)))),
    h('td', { dataset: { label: col('deadline') } }, countdown(item.deadline)),
    h('td', { dataset: { label: col('status') } }, h('span', { class: `status-tag s-${String(item.status).toLowerCase()}` }, label('status', item.status))),
    h('td', { dataset: { label: col('claimedBy') } }, claimedByText(item.claimedBy)),
    showScore ? h('td', { class: 'score', dataset: { label: col('score') } }, formatNumber(item.score ?? 0)) : null)));
  $('worklist-empty').hidden = items.length > 0 || local.worklist === null;
  const pages = pageCount();
  $('page-info').textContent = t('worklist.page', { page: local.filters.page, pages });
  $('page-prev').disabled = local.filters.page <= 1;
  $('page-next').disabled = local.filters.page >= pages;
  if (local.selected >= items.length) {
    local.selected = items.length - 1;
  }
}

export function moveSelection(delta) {
  const links = [...document.querySelectorAll('#worklist-body a.case-link')];
  if (links.length === 0) {
    return;
  }
  const current = links.indexOf(document.activeElement);
  const from = current >= 0 ? current : local.selected;
  const next = from < 0 ? 0 : Math.min(links.length - 1, Math.max(0, from + delta));
  local.selected = next;
  for (const row of document.querySelectorAll('#worklist-body tr')) {
    row.classList.remove('selected');
  }
  links[next].closest('tr').classList.add('selected');
  links[next].focus();
}

function applyFilters(event) {
  event.preventDefault();
  local.filters = {
    status: $('f-status').value,
    typology: $('f-typology').value,
    priority: $('f-priority').value,
    deadlineBefore: $('f-deadline').value,
    sort: $('f-sort').value,
    page: 1,
  };
  local.selected = -1;
  loadWorklist();
}

/** The link of the selected row (the first when none is), for Enter. */
export function selectedCaseLink() {
  return document.querySelectorAll('#worklist-body a.case-link')[Math.max(0, local.selected)];
}

/** The first open case of the worklist (current filters and sort) other than this one. */
export async function nextCase() {
  const currentId = currentCase()?.caseId;
  await leaveCase();
  try {
    const page = await api.worklist(session.jurisdiction(), worklistQuery({ ...local.filters, status: 'Open', page: 1 }));
    const next = (page.items ?? []).find((i) => i.caseId !== currentId && i.status === 'Open');
    if (next) {
      navigate(`#/cases/${encodeURIComponent(next.caseId)}`);
      return;
    }
    navigate('#/cases');
    showStatus(t('next.none'));
  } catch (error) {
    handleError(error);
  }
}

/** Re-renders the worklist in the current language. */
export function rerenderWorklist() {
  renderFilterOptions();
  $('worklist-heading').textContent = t('worklist.heading', { jurisdiction: label('jurisdiction', session.jurisdiction()) });
  renderWorklist();
}
