// Sign-in: the reviewer pastes a token (local host) or signs in with Entra ID (entra.js); the
// token's payload is shown (subject, roles, jurisdictions, expiry) before signing in, and the
// jurisdiction is chosen from those the roles allow.

import { $, clearMessages, fill, h, showAlert } from './dom.js';
import {
  currentToken, hasAccount, signInWithEntra, usesEntra,
} from './entra.js';
import { formatDateTime, formatList, label, t } from './i18n.js';
import { navigate, showView } from './router.js';
import {
  ALL_JURISDICTIONS, decodeToken, isAuditor, isExpired, jurisdictionsOf, lacksJurisdictions, session,
} from './session.js';
import { resetFilters } from './worklist.js';

// Jurisdictions delegated to the pasted token's subject, read once per token from the API.
let delegated = { token: null, codes: [] };

const delegatedFor = (raw) => (delegated.token === raw ? delegated.codes : []);

async function fetchDelegated(raw) {
  delegated = { token: raw, codes: [] };
  try {
    const response = await fetch('/api/delegations/mine', { headers: { Accept: 'application/json', Authorization: `Bearer ${raw}` }, cache: 'no-store' });
    const codes = response.ok ? await response.json() : [];
    if (delegated.token === raw && Array.isArray(codes)) {
      delegated = { token: raw, codes: codes.filter((c) => ALL_JURISDICTIONS.includes(c)) };
      if ($('token').value.trim() === raw) {
        updateTokenInfo();
      }
    }
  } catch {
    // No delegations offered: the token's own jurisdictions still are.
  }
}

/** Wires the token field and the sign-in form. */
export function initSignIn() {
  $('token').addEventListener('input', updateTokenInfo);
  $('signin-form').addEventListener('submit', submitSignIn);
  $('signin-entra').addEventListener('click', () => signInWithEntra().catch((error) => showAlert(error.message)));
  if (usesEntra()) {
    // With Entra ID the token comes from the sign-in, never from the clipboard.
    $('token-field').hidden = true;
    $('signin-intro').hidden = true;
    $('signin-command').hidden = true;
  }
}

export async function showSignIn() {
  showView('signin');
  if (usesEntra()) {
    const signedIn = hasAccount();
    $('signin-entra-box').hidden = signedIn;
    $('signin-form').hidden = !signedIn;
    $('token').value = signedIn ? (await currentToken()) ?? '' : '';
  }
  updateTokenInfo();
  $('signin-heading').focus();
}

export function updateTokenInfo() {
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
  // Delegations count for a reviewer role only (docs/security.md): other tokens need not ask.
  const reviews = [].concat(payload?.roles ?? []).some((role) => /^Review\.(AW|CW|SX|BQ)$/.test(role));
  if (payload && reviews && !isExpired(payload) && delegated.token !== raw) {
    fetchDelegated(raw);
  }
  const own = jurisdictionsOf(payload);
  const allowed = ALL_JURISDICTIONS.filter((code) => own.includes(code) || delegatedFor(raw).includes(code));
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
    if (lacksJurisdictions(payload)) {
      // A supervisor or auditor token without a jurisdictions claim reaches no country: say why.
      lines.push(h('p', { class: 'error-text', id: 'token-no-jurisdictions' }, t('signin.noJurisdictions')));
    }
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
    showAlert(t(lacksJurisdictions(payload) ? 'signin.noJurisdictions' : 'signin.none'));
    $('token').focus();
    return;
  }
  session.signIn($('token').value, jurisdiction, delegatedFor($('token').value.trim()));
  $('token').value = '';
  fill($('token-info'));
  clearMessages();
  resetFilters();
  navigate(jurisdiction ? '#/cases' : '#/audit');
}
