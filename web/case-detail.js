// What the case page shows: the summary and the six sections (facts, indicators, linked cases,
// model contributions, risk components, history), and the banner when the case cannot be worked.

import { claimedByText, countdown, typologyText } from './case-fields.js';
import { currentCase } from './current-case.js';
import { $, fill, h } from './dom.js';
import {
  formatDateTime, formatList, formatNumber, formatPercent, label, language, t,
} from './i18n.js';
import { navigate } from './router.js';
import { session } from './session.js';
import { watchlistActions } from './watchlists.js';

export function showBanner(text, withBack = true) {
  const banner = $('claim-banner');
  fill(banner, h('p', {}, text), withBack ? h('button', { type: 'button', class: 'primary', id: 'banner-back' }, t('case.back')) : null);
  banner.hidden = false;
  $('banner-back')?.addEventListener('click', () => navigate('#/cases'));
}

export function showConflict() {
  const item = currentCase()?.detail?.case;
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

export function renderCase() {
  const current = currentCase();
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
        ]),
        watchlistActions(i, currentCase()?.caseId))))
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

  // 4 and 5 wait for the reviewer's own assessment (against automation bias; the API leaves them out).
  if (detail.scoresHidden) {
    fill($('case-model'), h('p', { class: 'hidden-scores' }, t('case.scoresHidden')));
    fill($('case-risk'), h('p', { class: 'hidden-scores' }, t('case.scoresHidden')));
  } else {
    renderScores(detail, item, dl);
  }

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

/** Model output and risk components, once the scores may be shown. */
function renderScores(detail, item, dl) {
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

  // 5. Risk components. A random check is said so only now, after the reviewer's own assessment
  // (the API withholds the mark until then), so the reviewer judged it like any other case.
  const risk = detail.risk ?? {};
  fill($('case-risk'), item.randomCheck
    ? h('p', { class: 'random-check', id: 'case-random-check' }, h('span', { class: 'tag' }, t('case.randomCheck')), ' ', t('case.randomCheck.help'))
    : null, dl([
    [t('case.risk.score'), formatNumber(risk.score ?? 0)],
    [t('case.risk.band'), label('band', risk.band)],
    [t('case.risk.rules'), formatNumber(risk.rulesScore ?? 0)],
    [t('case.risk.model'), formatNumber(risk.modelProbability ?? 0)],
    [t('case.risk.threshold'), formatNumber(risk.threshold ?? 0)],
    [t('case.risk.forced'), risk.forcedReview ? t('yes') : t('no')],
    [t('case.risk.priority'), String(risk.priority ?? item.priority ?? '')],
    [t('case.risk.deadline'), risk.deadline ? formatDateTime(risk.deadline) : '—'],
  ]));
}
