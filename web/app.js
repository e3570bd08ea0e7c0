// The reviewers' page: sign-in, worklist, case view with claim and decision. Plain ES modules, no
// inline script or style (the page runs under a strict Content-Security-Policy). Views are chosen by
// the URL hash: #/signin, #/cases, #/cases/{caseId}, #/supervisor and #/audit (oversight.js).

import { api, ApiError } from './api.js';
import {
  applyTexts, formatDateTime, formatDuration, formatList, formatNumber, formatPercent, label, language, loadTexts, setLanguage, t,
} from './i18n.js';
import { initOversight, rerenderOversight, showAudit, showSupervisor } from './oversight.js';
import {
  decodeToken, isAuditor, isExpired, isSupervisor, jurisdictionsOf, session,
} from './session.js';

const STATUSES = ['Open', 'Claimed', 'Escalated', 'Decided', 'Missed'];
const TYPOLOGIES = ['SexualExploitation', 'LabourExploitation', 'DomesticServitude', 'ForcedCriminality', 'ChildTrafficking', 'Smuggling'];
const SORTS = ['deadline', 'priority', 'score'];
const OWN = ['Concern', 'NoConcern', 'Unsure'];
const OUTCOMES = ['NoConcern', 'ReferCriminalInvestigation', 'ReferVictimSupport', 'ReferLabourInspection', 'InsufficientInformation'];
const REASONS = ['FACTS_EXPLAINED', 'DOCUMENTS_IN_ORDER', 'INTERVIEW_CONCERN', 'THIRD_PARTY_CONTROL', 'MINOR_AT_RISK', 'EXPLOITATIVE_CONDITIONS', 'OTHER'];
const URGENT_MS = 60 * 60 * 1000;
const PAGE_SIZE = 25;

const $ = (id) => document.getElementById(id);

const state = {
  view: null,
  filters: defaultFilters(),
  worklist: null,
  selected: -1,
  case: null,
  outcomeKeyPending: false,
  outcomeKeyTimer: 0,
};

function defaultFilters() {
  return { status: '', typology: '', priority: '', deadlineBefore: '', sort: 'deadline', page: 1 };
}

// ---------- DOM helpers (text only, never HTML from data) ----------

function h(tag, attributes = {}, ...children) {
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

function fill(container, ...children) {
  container.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
}

function showStatus(text) {
  // Clear first so the same message is announced again.
  $('status').textContent = '';
  window.setTimeout(() => { $('status').textContent = text; }, 30);
}

function showAlert(text) {
  $('alert').textContent = text;
}

function clearMessages() {
  $('status').textContent = '';
  $('alert').textContent = '';
}

function isTextField(element) {
  if (!element) {
    return false;
  }
  if (element.tagName === 'TEXTAREA' || element.tagName === 'SELECT' || element.isContentEditable) {
    return true;
  }
  return element.tagName === 'INPUT' && !['radio', 'checkbox', 'button', 'submit', 'reset'].includes(element.type);
}

function errorText(error) {
  if (error instanceof ApiError) {
    if (error.status === 0) {
      return t('error.network');
    }
    if (error.status === 403) {
      return t('error.forbidden');
    }
    const problem = error.problem ?? {};
    const details = Array.isArray(problem.errors)
      ? problem.errors.map((e) => [e.path, e.message ?? e.detail].filter(Boolean).join(' ') || JSON.stringify(e))
      : problem.errors && typeof problem.errors === 'object'
        ? Object.entries(problem.errors).map(([field, messages]) => `${field}: ${[].concat(messages).join(', ')}`)
        : [];
    return t('error.generic', { detail: [problem.title ?? `HTTP ${error.status}`, problem.detail, ...details].filter(Boolean).join(' — ') });
  }
  return t('error.generic', { detail: error?.message ?? String(error) });
}

/** A refused token ends the session: back to sign-in with a message. */
function handleError(error) {
  if (error instanceof ApiError && error.status === 401) {
    session.signOut();
    state.case = null;
    navigate('#/signin');
    showAlert(t('signin.sessionEnded'));
    return;
  }
  showAlert(errorText(error));
}

// ---------- deadlines ----------

function countdown(deadline) {
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

function tick() {
  for (const element of document.querySelectorAll('[data-deadline]')) {
    renderCountdown(element);
  }
}

// ---------- routing ----------

function navigate(hash) {
  if (location.hash === hash) {
    route();
  } else {
    location.hash = hash;
  }
}

function showView(name) {
  state.view = name;
  for (const view of ['signin', 'worklist', 'case', 'supervisor', 'audit']) {
    $(`view-${view}`).hidden = view !== name;
  }
  const signedIn = name !== 'signin';
  $('session').hidden = !signedIn;
  if (signedIn) {
    renderSession();
  }
}

async function route() {
  const hash = location.hash || '#/cases';
  const caseMatch = /^#\/cases\/(.+)$/.exec(hash);
  // Leaving a case we hold without a decision gives it back, so nobody waits for a lapsed lease.
  if (state.case && (!caseMatch || decodeURIComponent(caseMatch[1]) !== state.case.caseId)) {
    await leaveCase();
  }
  if (!session.isSignedIn()) {
    if (hash !== '#/signin') {
      history.replaceState(null, '', '#/signin');
    }
    showSignIn();
    return;
  }
  const payload = session.payload();
  const reviews = jurisdictionsOf(payload).includes(session.jurisdiction());
  if (hash === '#/signin') {
    showSignIn();
  } else if (hash === '#/audit' && isAuditor(payload)) {
    showView('audit');
    await showAudit();
  } else if (hash === '#/supervisor' && isSupervisor(payload) && reviews) {
    showView('supervisor');
    await showSupervisor();
  } else if (!reviews) {
    // An auditor without a review role has only the audit log.
    history.replaceState(null, '', '#/audit');
    showView('audit');
    await showAudit();
  } else if (caseMatch) {
    await openCase(decodeURIComponent(caseMatch[1]));
  } else {
    await showWorklist();
  }
}

async function leaveCase() {
  const current = state.case;
  state.case = null;
  if (current?.claimed && !current.done) {
    try {
      await api.release(current.jurisdiction, current.caseId);
    } catch {
      // The lease lapses by itself after 15 minutes; nothing else to do.
    }
  }
}

// ---------- header ----------

function renderSession() {
  const payload = session.payload();
  $('whoami').textContent = t('app.signedInAs', { subject: payload?.sub ?? '?' });
  const select = $('jurisdiction-switch');
  const current = session.jurisdiction();
  const codes = jurisdictionsOf(payload);
  fill(select, codes.map((code) => h('option', { value: code, selected: code === current }, label('jurisdiction', code))));
  $('jurisdiction-field').hidden = codes.length === 0;
  $('nav-worklist').hidden = codes.length === 0;
  $('nav-supervisor').hidden = !isSupervisor(payload) || codes.length === 0;
  $('nav-audit').hidden = !isAuditor(payload);
  const active = { worklist: 'nav-worklist', case: 'nav-worklist', supervisor: 'nav-supervisor', audit: 'nav-audit' }[state.view];
  for (const id of ['nav-worklist', 'nav-supervisor', 'nav-audit']) {
    if (id === active) {
      $(id).setAttribute('aria-current', 'page');
    } else {
      $(id).removeAttribute('aria-current');
    }
  }
}

function renderLanguageButtons() {
  for (const button of document.querySelectorAll('button.lang')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === language()));
  }
}

// ---------- sign-in ----------

function showSignIn() {
  showView('signin');
  updateTokenInfo();
  $('signin-heading').focus();
}

function updateTokenInfo() {
  const raw = $('token').value.trim();
  const info = $('token-info');
  const select = $('signin-jurisdiction');
  if (!raw) {
    fill(info);
    fill(select);
    select.disabled = true;
    return null;
  }
  const payload = decodeToken(raw);
  const allowed = jurisdictionsOf(payload);
  const lines = [];
  if (!payload) {
    lines.push(h('p', { class: 'error-text' }, t('signin.invalid')));
  } else {
    if (payload.sub) {
      lines.push(h('p', {}, t('signin.subject', { subject: payload.sub })));
    }
    const roles = [].concat(payload.roles ?? []);
    lines.push(h('p', {}, t('signin.roles', { roles: roles.join(', ') || '—' })));
    lines.push(allowed.length
      ? h('p', { class: 'allowed' }, t('signin.allowed', { list: formatList(allowed.map((c) => label('jurisdiction', c))) }))
      : isAuditor(payload) ? h('p', { class: 'allowed' }, t('signin.auditorOnly')) : h('p', { class: 'error-text' }, t('signin.none')));
    if (typeof payload.exp === 'number') {
      lines.push(isExpired(payload)
        ? h('p', { class: 'error-text' }, t('signin.expired'))
        : h('p', {}, t('signin.expires', { time: formatDateTime(new Date(payload.exp * 1000)) })));
    }
  }
  fill(info, lines);
  const previous = select.value || session.jurisdiction();
  fill(select, allowed.map((code) => h('option', { value: code, selected: code === previous }, label('jurisdiction', code))));
  select.disabled = allowed.length === 0;
  return payload;
}

function submitSignIn(event) {
  event.preventDefault();
  const payload = updateTokenInfo();
  const jurisdiction = $('signin-jurisdiction').value;
  if (!payload) {
    showAlert(t('signin.invalid'));
    $('token').focus();
    return;
  }
  if (isExpired(payload)) {
    showAlert(t('signin.expired'));
    $('token').focus();
    return;
  }
  if (!jurisdiction && !isAuditor(payload)) {
    showAlert(t('signin.none'));
    $('token').focus();
    return;
  }
  session.signIn($('token').value, jurisdiction);
  $('token').value = '';
  fill($('token-info'));
  clearMessages();
  state.filters = defaultFilters();
  navigate(jurisdiction ? '#/cases' : '#/audit');
}

// ---------- worklist ----------

function renderFilterOptions() {
  const f = state.filters;
  fill($('f-status'), h('option', { value: '' }, t('worklist.any')), STATUSES.map((s) => h('option', { value: s, selected: f.status === s }, label('status', s))));
  fill($('f-typology'), h('option', { value: '' }, t('worklist.any')), TYPOLOGIES.map((s) => h('option', { value: s, selected: f.typology === s }, label('typology', s))));
  fill($('f-priority'), h('option', { value: '' }, t('worklist.any')), [1, 2, 3, 4, 5].map((p) => h('option', { value: String(p), selected: String(f.priority) === String(p) }, t('priority.long', { priority: p }))));
  fill($('f-sort'), SORTS.map((s) => h('option', { value: s, selected: f.sort === s }, t(`worklist.sort.${s}`))));
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

async function showWorklist({ focus = true } = {}) {
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
    state.worklist = await api.worklist(session.jurisdiction(), worklistQuery(state.filters));
  } catch (error) {
    state.worklist = null;
    renderWorklist();
    handleError(error);
    return;
  }
  renderWorklist();
  const { total = 0, page = 1 } = state.worklist;
  showStatus(t('worklist.loaded', { total, page, pages: pageCount() }));
}

function pageCount() {
  const total = state.worklist?.total ?? 0;
  const size = state.worklist?.pageSize || PAGE_SIZE;
  return Math.max(1, Math.ceil(total / size));
}

function claimedByText(claimedBy) {
  if (!claimedBy) {
    return t('worklist.nobody');
  }
  return claimedBy === session.subject() ? `${t('worklist.you')} (${claimedBy})` : claimedBy;
}

function typologyText(typologies) {
  return (typologies ?? []).map((x) => label('typology', x)).join(', ') || '—';
}

function renderWorklist() {
  const items = state.worklist?.items ?? [];
  const sortName = t(`worklist.sort.${state.filters.sort}`).toLowerCase();
  $('worklist-caption').textContent = t('worklist.caption', { sort: sortName });
  const col = (key) => t(`worklist.col.${key}`);
  fill($('worklist-body'), items.map((item, index) => h('tr', { class: index === state.selected ? 'selected' : '', dataset: { caseId: item.caseId } },
    h('td', { dataset: { label: col('priority') } },
      h('a', { class: 'case-link', href: `#/cases/${encodeURIComponent(item.caseId)}`, dataset: { index: String(index) } },
        h('span', { class: `priority p${item.priority}` }, t('priority.label', { priority: item.priority })),
        h('span', { class: 'visually-hidden' }, ` ${t('worklist.open', { priority: item.priority, typologies: typologyText(item.typologies) })}`)),
      item.forcedReview ? h('span', { class: 'tag forced' }, t('case.indicator.forces')) : null),
    h('td', { dataset: { label: col('typologies') } }, (item.typologies ?? []).map((x) => h('span', { class: 'chip' }, label('typology', x)))),
    h('td', { dataset: { label: col('deadline') } }, countdown(item.deadline)),
    h('td', { dataset: { label: col('status') } }, h('span', { class: `status-tag s-${String(item.status).toLowerCase()}` }, label('status', item.status))),
    h('td', { dataset: { label: col('claimedBy') } }, claimedByText(item.claimedBy)),
    h('td', { class: 'score', dataset: { label: col('score') } }, formatNumber(item.score ?? 0)))));
  $('worklist-empty').hidden = items.length > 0 || state.worklist === null;
  const pages = pageCount();
  $('page-info').textContent = t('worklist.page', { page: state.filters.page, pages });
  $('page-prev').disabled = state.filters.page <= 1;
  $('page-next').disabled = state.filters.page >= pages;
  if (state.selected >= items.length) {
    state.selected = items.length - 1;
  }
}

function moveSelection(delta) {
  const links = [...document.querySelectorAll('#worklist-body a.case-link')];
  if (links.length === 0) {
    return;
  }
  const current = links.indexOf(document.activeElement);
  const from = current >= 0 ? current : state.selected;
  const next = from < 0 ? 0 : Math.min(links.length - 1, Math.max(0, from + delta));
  state.selected = next;
  for (const row of document.querySelectorAll('#worklist-body tr')) {
    row.classList.remove('selected');
  }
  links[next].closest('tr').classList.add('selected');
  links[next].focus();
}

function applyFilters(event) {
  event.preventDefault();
  state.filters = {
    status: $('f-status').value,
    typology: $('f-typology').value,
    priority: $('f-priority').value,
    deadlineBefore: $('f-deadline').value,
    sort: $('f-sort').value,
    page: 1,
  };
  state.selected = -1;
  loadWorklist();
}

// ---------- case ----------

async function openCase(caseId) {
  const jurisdiction = session.jurisdiction();
  if (state.case?.caseId === caseId) {
    showView('case');
    return;
  }
  showView('case');
  clearMessages();
  state.case = { caseId, jurisdiction, claimed: false, done: false, detail: null, claim: null, conflict: null };
  $('case-heading').textContent = t('case.heading', { caseId });
  for (const id of ['case-summary', 'case-facts', 'case-indicators', 'case-linked', 'case-model', 'case-risk', 'case-history']) {
    fill($(id));
  }
  $('claim-banner').hidden = true;
  resetDecisionForm();
  setDecisionEnabled(false);
  $('case-heading').focus();
  showStatus(t('case.loading'));

  const current = state.case;
  try {
    current.claim = await api.claim(jurisdiction, caseId);
    current.claimed = true;
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      current.conflict = error.problem ?? {};
    } else if (error instanceof ApiError && error.status === 404) {
      showBanner(t('case.notFound'));
      return;
    } else {
      handleError(error);
      if (!(error instanceof ApiError) || error.status === 401) {
        return;
      }
    }
  }
  if (state.case !== current) {
    return;
  }
  try {
    current.detail = await api.caseDetail(jurisdiction, caseId);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) {
      showBanner(t('case.notFound'));
    } else {
      handleError(error);
    }
    return;
  }
  if (state.case !== current) {
    return;
  }
  renderCase();
  if (current.claimed) {
    setDecisionEnabled(true);
    showStatus(t('case.claimed', { time: formatDateTime(current.claim.leaseUntil) }));
  } else if (current.conflict) {
    showConflict();
  }
}

function showBanner(text, withBack = true) {
  const banner = $('claim-banner');
  fill(banner, h('p', {}, text), withBack ? h('button', { type: 'button', class: 'primary', id: 'banner-back' }, t('case.back')) : null);
  banner.hidden = false;
  $('banner-back')?.addEventListener('click', () => navigate('#/cases'));
}

function showConflict() {
  const item = state.case?.detail?.case;
  const otherHolder = item?.status === 'Claimed' && item.claimedBy && item.claimedBy !== session.subject();
  if (item && ['Decided', 'Missed', 'Escalated'].includes(item.status)) {
    showBanner(t('case.notClaimable', { status: label('status', item.status) }));
    return;
  }
  showBanner(t('case.claimedByOther'));
  if (otherHolder) {
    $('claim-banner').insertBefore(h('p', {}, t('case.claimedByOtherWho', { who: item.claimedBy })), $('banner-back'));
  }
  $('banner-back').focus();
}

function renderCase() {
  const current = state.case;
  const detail = current?.detail;
  if (!detail) {
    return;
  }
  const item = detail.case ?? {};
  const lang = language();
  const dl = (pairs) => h('dl', { class: 'pairs' }, pairs.map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]));

  fill($('case-summary'), dl([
    [t('worklist.col.priority'), t('priority.long', { priority: item.priority })],
    [t('worklist.col.typologies'), typologyText(item.typologies)],
    [t('worklist.col.deadline'), countdown(item.deadline)],
    [t('worklist.col.status'), label('status', item.status)],
    [t('worklist.col.claimedBy'), claimedByText(item.claimedBy)],
  ]));

  // 1. Facts.
  const facts = detail.facts ?? [];
  fill($('case-facts'), facts.length
    ? h('dl', { class: 'facts' }, facts.map((f) => [h('dt', {}, lang === 'nl' ? f.labelNl || f.labelEn : f.labelEn || f.labelNl), h('dd', {}, f.value)]))
    : h('p', { class: 'empty' }, t('case.noFacts')));

  // 2. Indicators with explanations and sources.
  const indicators = detail.indicators ?? [];
  const notEvaluated = detail.notEvaluated ?? [];
  fill($('case-indicators'),
    indicators.length
      ? h('ol', { class: 'indicators' }, indicators.map((i) => h('li', { class: 'indicator' },
        h('p', { class: 'explanation' }, lang === 'nl' ? i.explanationNl || i.explanationEn : i.explanationEn || i.explanationNl),
        h('p', { class: 'tags' },
          h('code', { class: 'indicator-id' }, i.id),
          i.forcesReview ? h('span', { class: 'tag forced' }, t('case.indicator.forces')) : null,
          i.weight < 0 ? h('span', { class: 'tag exonerating' }, t('case.indicator.exonerating')) : null,
          i.shadow ? h('span', { class: 'tag' }, t('case.indicator.shadow')) : null),
        dl([
          [t('case.indicator.typology'), label('typology', i.typology)],
          [t('case.indicator.strength'), label('strength', i.strength)],
          [t('case.indicator.source'), i.source || '—'],
          ...(Object.keys(i.values ?? {}).length ? [[t('case.indicator.values'), Object.entries(i.values).map(([k, v]) => `${k} = ${v}`).join('; ')]] : []),
        ]))))
      : h('p', { class: 'empty' }, t('case.noIndicators')),
    notEvaluated.length
      ? [h('h3', {}, t('case.notEvaluated')), h('ul', {}, notEvaluated.map((n) => h('li', {}, h('code', {}, n.id), `: ${n.reason}`)))]
      : null);

  // 3. Linked cases with their outcomes ("this sponsor was cleared twice last month").
  const linked = detail.linked ?? [];
  const byEntity = new Map();
  for (const l of linked) {
    byEntity.set(l.entityType, [...(byEntity.get(l.entityType) ?? []), l]);
  }
  const outcomeSummary = (cases) => {
    const counts = new Map();
    for (const c of cases) {
      const key = c.outcome ? label('outcome', c.outcome) : `${label('status', c.status)} (${t('case.linked.open')})`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    return formatList([...counts].map(([k, n]) => `${k} ×${n}`));
  };
  fill($('case-linked'), linked.length
    ? [
      h('ul', { class: 'linked-summary' }, [...byEntity].map(([entity, cases]) => h('li', {},
        t('case.linked.summary', { entity: label('entity', entity), count: cases.length, outcomes: outcomeSummary(cases) })))),
      h('div', { class: 'table-wrap' }, h('table', { class: 'compact' },
        h('thead', {}, h('tr', {}, ['case', 'entity', 'status', 'outcome', 'received'].map((k) => h('th', { scope: 'col' }, t(`case.linked.${k}`))))),
        h('tbody', {}, linked.map((l) => h('tr', {},
          h('td', {}, h('code', {}, l.caseId)),
          h('td', {}, label('entity', l.entityType)),
          h('td', {}, label('status', l.status)),
          h('td', {}, l.outcome ? label('outcome', l.outcome) : t('case.linked.open')),
          h('td', {}, formatDateTime(l.receivedAt))))))),
    ]
    : h('p', { class: 'empty' }, t('case.noLinked')));

  // 4. Model probability with contributions both ways.
  const model = detail.model ?? {};
  const contributions = model.contributions ?? [];
  const maximum = Math.max(1e-9, ...contributions.map((c) => Math.abs(c.contribution)));
  const contributionList = (title, list, cls) => (list.length
    ? [h('h3', {}, title), h('table', { class: `compact contributions ${cls}` },
      h('thead', {}, h('tr', {}, ['feature', 'value', 'contribution'].map((k) => h('th', { scope: 'col' }, t(`case.model.${k}`))))),
      h('tbody', {}, list.map((c) => h('tr', {},
        h('td', {}, h('code', {}, c.feature)),
        h('td', {}, formatNumber(c.value)),
        h('td', {}, h('span', { class: 'sign', 'aria-hidden': 'true' }, c.contribution >= 0 ? '▲ ' : '▼ '),
          `${c.contribution >= 0 ? '+' : '−'}${formatNumber(Math.abs(c.contribution), 3)} `,
          h('meter', { min: '0', max: String(maximum), value: String(Math.abs(c.contribution)), 'aria-hidden': 'true' }))))))]
    : []);
  const up = contributions.filter((c) => c.contribution > 0).sort((a, b) => b.contribution - a.contribution);
  const down = contributions.filter((c) => c.contribution < 0).sort((a, b) => a.contribution - b.contribution);
  fill($('case-model'),
    h('p', {}, t('case.model.probability', { p: formatPercent(model.probability ?? 0) })),
    model.modelVersion ? h('p', { class: 'help' }, t('case.model.version', { version: model.modelVersion })) : null,
    contributions.length ? [...contributionList(t('case.model.up'), up, 'up'), ...contributionList(t('case.model.down'), down, 'down')] : h('p', { class: 'empty' }, t('case.model.none')));

  // 5. Risk components.
  const risk = detail.risk ?? {};
  fill($('case-risk'), dl([
    [t('case.risk.score'), formatNumber(risk.score ?? 0)],
    [t('case.risk.band'), label('band', risk.band)],
    [t('case.risk.rules'), formatNumber(risk.rulesScore ?? 0)],
    [t('case.risk.model'), formatNumber(risk.modelProbability ?? 0)],
    [t('case.risk.threshold'), formatNumber(risk.threshold ?? 0)],
    [t('case.risk.forced'), risk.forcedReview ? t('yes') : t('no')],
    [t('case.risk.priority'), String(risk.priority ?? item.priority ?? '')],
    [t('case.risk.deadline'), risk.deadline ? formatDateTime(risk.deadline) : '—'],
  ]));

  // 6. History.
  const history = detail.history ?? [];
  fill($('case-history'), history.length
    ? h('div', { class: 'table-wrap' }, h('table', { class: 'compact' },
      h('thead', {}, h('tr', {}, ['at', 'actor', 'action', 'detail'].map((k) => h('th', { scope: 'col' }, t(`case.history.${k}`))))),
      h('tbody', {}, history.map((e) => h('tr', {},
        h('td', {}, formatDateTime(e.at)), h('td', {}, e.actor), h('td', {}, h('code', {}, e.action)), h('td', {}, e.detail ?? ''))))))
    : h('p', { class: 'empty' }, t('case.noHistory')));

  if (current.conflict && !current.claimed) {
    showConflict();
  }
}

// ---------- decision ----------

function renderDecisionOptions() {
  const own = document.querySelector('input[name="own"]:checked')?.value;
  const outcome = document.querySelector('input[name="outcome"]:checked')?.value;
  const reasons = new Set([...document.querySelectorAll('input[name="reason"]:checked')].map((i) => i.value));
  const radio = (name, value, key, index, checked) => h('label', { class: 'option' },
    h('input', { type: 'radio', name, value, checked }),
    h('kbd', { 'aria-hidden': 'true' }, String(index + 1)), ' ', t(key));
  fill($('own-options'), OWN.map((v, i) => radio('own', v, `own.${v}`, i, v === own)));
  fill($('outcome-options'), OUTCOMES.map((v, i) => radio('outcome', v, `outcome.${v}`, i, v === outcome)));
  fill($('reason-options'), REASONS.map((v) => h('label', { class: 'option' },
    h('input', { type: 'checkbox', name: 'reason', value: v, checked: reasons.has(v) }), ' ', t(`reason.${v}`))));
}

function resetDecisionForm() {
  $('decision-form').reset();
  renderDecisionOptions();
  updateDecisionGates();
}

function setDecisionEnabled(enabled) {
  $('own-fieldset').disabled = !enabled;
  $('more-actions').hidden = !enabled;
  updateDecisionGates(enabled);
}

/** Outcome, reasons, note and submit open only after the reviewer's own assessment. */
function updateDecisionGates(enabled = !$('own-fieldset').disabled) {
  const hasOwn = !!document.querySelector('input[name="own"]:checked');
  const open = enabled && hasOwn;
  $('outcome-fieldset').disabled = !open;
  $('reasons-fieldset').disabled = !open;
  $('decision-note').disabled = !open;
  $('decision-submit').disabled = !open;
  $('own-first').hidden = !enabled || hasOwn;
}

function chooseRadio(name, index) {
  const input = document.querySelectorAll(`input[name="${name}"]`)[index];
  if (!input || input.disabled || input.closest('fieldset')?.disabled) {
    return;
  }
  input.checked = true;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.focus();
}

async function submitDecision(event) {
  event?.preventDefault();
  const current = state.case;
  if (!current?.claimed || current.done) {
    return;
  }
  const ownAssessment = document.querySelector('input[name="own"]:checked')?.value;
  const outcome = document.querySelector('input[name="outcome"]:checked')?.value;
  if (!ownAssessment || !outcome) {
    showAlert(t('decision.missing'));
    return;
  }
  const decision = {
    ownAssessment,
    outcome,
    reasonCodes: [...document.querySelectorAll('input[name="reason"]:checked')].map((i) => i.value),
    note: $('decision-note').value.trim() || null,
  };
  $('decision-submit').disabled = true;
  showStatus(t('decision.submitting'));
  try {
    const updated = await api.decide(current.jurisdiction, current.caseId, decision);
    current.done = true;
    current.claimed = false;
    if (updated && current.detail) {
      current.detail.case = { ...current.detail.case, ...updated };
    }
    setDecisionEnabled(false);
    renderCase();
    $('alert').textContent = '';
    showStatus(t('decision.recorded', { outcome: label('outcome', outcome) }));
    $('next-case').focus();
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) {
      current.claimed = false;
      setDecisionEnabled(false);
      showBanner(t('decision.notHeld'));
    } else {
      updateDecisionGates();
      handleError(error);
    }
  }
}

async function escalate() {
  const current = state.case;
  const reason = $('escalate-reason').value.trim();
  if (!current?.claimed) {
    return;
  }
  if (!reason) {
    showAlert(t('decision.escalateNeedsReason'));
    $('escalate-reason').focus();
    return;
  }
  try {
    await api.escalate(current.jurisdiction, current.caseId, reason);
    current.done = true;
    current.claimed = false;
    setDecisionEnabled(false);
    showStatus(t('decision.escalated'));
    $('next-case').focus();
  } catch (error) {
    handleError(error);
  }
}

async function release() {
  const current = state.case;
  if (!current?.claimed) {
    return;
  }
  try {
    await api.release(current.jurisdiction, current.caseId);
    current.claimed = false;
    current.done = true;
    setDecisionEnabled(false);
    showStatus(t('decision.released'));
    $('next-case').focus();
  } catch (error) {
    handleError(error);
  }
}

/** The first open case of the worklist (current filters and sort) other than this one. */
async function nextCase() {
  const currentId = state.case?.caseId;
  await leaveCase();
  try {
    const page = await api.worklist(session.jurisdiction(), worklistQuery({ ...state.filters, status: 'Open', page: 1 }));
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

// ---------- keyboard ----------

function onKeyDown(event) {
  if ($('shortcuts').open) {
    return;
  }
  const target = document.activeElement;
  const inField = isTextField(target);

  if (event.key === 'Escape') {
    if (inField) {
      target.blur();
      event.preventDefault();
    } else if (state.view === 'case') {
      event.preventDefault();
      navigate('#/cases');
    }
    return;
  }
  if (state.view === 'case' && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
    event.preventDefault();
    submitDecision();
    return;
  }
  if (inField || event.altKey || event.ctrlKey || event.metaKey) {
    return;
  }
  if (event.key === '?') {
    event.preventDefault();
    $('shortcuts').showModal();
    return;
  }
  if (state.view === 'worklist') {
    if (event.key === 'j' || event.key === 'ArrowDown') {
      event.preventDefault();
      moveSelection(1);
    } else if (event.key === 'k' || event.key === 'ArrowUp') {
      event.preventDefault();
      moveSelection(-1);
    } else if (event.key === 'n') {
      event.preventDefault();
      nextCase();
    } else if (event.key === 'Enter' && !target?.closest('a, button, summary')) {
      const link = document.querySelectorAll('#worklist-body a.case-link')[Math.max(0, state.selected)];
      if (link) {
        event.preventDefault();
        link.click();
      }
    }
    return;
  }
  if (state.view === 'case') {
    if (state.outcomeKeyPending && /^[1-5]$/.test(event.key)) {
      event.preventDefault();
      state.outcomeKeyPending = false;
      chooseRadio('outcome', Number(event.key) - 1);
      return;
    }
    state.outcomeKeyPending = false;
    if (/^[1-3]$/.test(event.key)) {
      event.preventDefault();
      chooseRadio('own', Number(event.key) - 1);
    } else if (event.key === 'o') {
      if (!$('outcome-fieldset').disabled) {
        event.preventDefault();
        state.outcomeKeyPending = true;
        window.clearTimeout(state.outcomeKeyTimer);
        state.outcomeKeyTimer = window.setTimeout(() => { state.outcomeKeyPending = false; }, 3000);
        showStatus(t('decision.outcomeKey'));
      }
    } else if (event.key === 'n') {
      event.preventDefault();
      nextCase();
    }
  }
}

// ---------- start ----------

function rerender() {
  applyTexts();
  renderLanguageButtons();
  if (state.view === 'signin') {
    updateTokenInfo();
  } else if (state.view === 'worklist') {
    renderSession();
    renderFilterOptions();
    $('worklist-heading').textContent = t('worklist.heading', { jurisdiction: label('jurisdiction', session.jurisdiction()) });
    renderWorklist();
  } else if (state.view === 'case') {
    renderSession();
    $('case-heading').textContent = t('case.heading', { caseId: state.case?.caseId ?? '' });
    renderDecisionOptions();
    updateDecisionGates();
    renderCase();
  } else if (state.view === 'supervisor' || state.view === 'audit') {
    renderSession();
    rerenderOversight(state.view);
  }
}

function wire() {
  $('skip-link').addEventListener('click', (event) => {
    event.preventDefault();
    $('main').focus();
  });
  for (const button of document.querySelectorAll('button.lang')) {
    button.addEventListener('click', () => {
      setLanguage(button.dataset.lang);
      rerender();
    });
  }
  $('sign-out').addEventListener('click', async () => {
    await leaveCase();
    session.signOut();
    clearMessages();
    navigate('#/signin');
  });
  $('shortcuts-button').addEventListener('click', () => $('shortcuts').showModal());
  $('jurisdiction-switch').addEventListener('change', (event) => {
    session.setJurisdiction(event.target.value);
    state.filters = defaultFilters();
    state.selected = -1;
    if (location.hash === '#/cases' || location.hash === '#/supervisor') {
      route();
    } else {
      navigate('#/cases');
    }
  });
  initOversight({
    h, fill, showStatus, showAlert, clearMessages, handleError,
  });
  $('token').addEventListener('input', updateTokenInfo);
  $('signin-form').addEventListener('submit', submitSignIn);
  $('filters').addEventListener('submit', applyFilters);
  $('filters-reset').addEventListener('click', () => {
    state.filters = defaultFilters();
    renderFilterOptions();
    loadWorklist();
  });
  $('worklist-refresh').addEventListener('click', loadWorklist);
  $('page-prev').addEventListener('click', () => {
    state.filters.page = Math.max(1, state.filters.page - 1);
    loadWorklist();
  });
  $('page-next').addEventListener('click', () => {
    state.filters.page = Math.min(pageCount(), state.filters.page + 1);
    loadWorklist();
  });
  $('worklist-body').addEventListener('focusin', (event) => {
    const link = event.target.closest('a.case-link');
    if (link) {
      state.selected = Number(link.dataset.index);
    }
  });
  $('case-back').addEventListener('click', () => navigate('#/cases'));
  $('decision-form').addEventListener('change', (event) => {
    if (event.target.name === 'own') {
      updateDecisionGates();
    }
  });
  $('decision-form').addEventListener('submit', submitDecision);
  $('next-case').addEventListener('click', nextCase);
  $('escalate').addEventListener('click', escalate);
  $('release').addEventListener('click', release);
  document.addEventListener('keydown', onKeyDown);
  window.addEventListener('hashchange', route);
  window.setInterval(tick, 1000);
  // Filters start open on wide screens and folded on phones, where the cases matter more.
  $('filters-box').open = window.matchMedia('(min-width: 40rem)').matches;
}

async function start() {
  await loadTexts();
  applyTexts();
  renderLanguageButtons();
  wire();
  await route();
  document.body.dataset.ready = 'true';
}

start();
