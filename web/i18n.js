// Texts and formats in Dutch and English. Every visible text comes from i18n/{lang}.json; dates,
// times and numbers are formatted with Intl for the chosen language.

const LANGS = ['nl', 'en'];
const STORAGE_KEY = 'screening.lang';
const LOCALES = { nl: 'nl-NL', en: 'en-GB' };
const dictionaries = {};
let current = 'nl';

/** Loads both dictionaries and picks the remembered language (else the browser's, else Dutch). */
export async function loadTexts() {
  await Promise.all(LANGS.map(async (lang) => {
    const response = await fetch(`i18n/${lang}.json`, { cache: 'no-cache' });
    dictionaries[lang] = await response.json();
  }));
  const stored = localStorage.getItem(STORAGE_KEY);
  const browser = (navigator.language || '').slice(0, 2).toLowerCase();
  current = LANGS.includes(stored) ? stored : LANGS.includes(browser) ? browser : 'nl';
  document.documentElement.lang = current;
}

export function language() {
  return current;
}

export function setLanguage(lang) {
  if (!LANGS.includes(lang)) {
    return;
  }
  current = lang;
  localStorage.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}

/** The text for key with {name} placeholders filled in; the key itself when it is missing. */
export function t(key, params = {}) {
  const text = dictionaries[current]?.[key] ?? dictionaries.en?.[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => (name in params ? String(params[name]) : `{${name}}`));
}

/** Whether a key exists (for enum values the page may not know yet). */
export function has(key) {
  return key in (dictionaries[current] ?? {});
}

/** A label for an enum value, falling back to the raw value. */
export function label(prefix, value) {
  return has(`${prefix}.${value}`) ? t(`${prefix}.${value}`) : String(value);
}

/** Fills data-i18n (text) and data-i18n-attr ("attr:key;attr:key") under root. */
export function applyTexts(root = document) {
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll('[data-i18n-attr]')) {
    for (const pair of element.dataset.i18nAttr.split(';')) {
      const [attribute, key] = pair.split(':');
      element.setAttribute(attribute, t(key));
    }
  }
  document.title = t('app.title');
}

const locale = () => LOCALES[current];

export function formatDateTime(value) {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatNumber(value, digits = 2) {
  return new Intl.NumberFormat(locale(), { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export function formatPercent(value) {
  return new Intl.NumberFormat(locale(), { style: 'percent', maximumFractionDigits: 1 }).format(value);
}

export function formatList(values) {
  return new Intl.ListFormat(locale(), { style: 'long', type: 'conjunction' }).format(values);
}

/** "2 h 05 min" style duration: days and hours when long, minutes and seconds under an hour. */
export function formatDuration(milliseconds) {
  const total = Math.floor(Math.abs(milliseconds) / 1000);
  const days = Math.floor(total / 86400);
  const hours = Math.floor((total % 86400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const n = (value) => new Intl.NumberFormat(locale()).format(value);
  if (days > 0) {
    return `${t('time.d', { n: n(days) })} ${t('time.h', { n: n(hours) })}`;
  }
  if (hours > 0) {
    return `${t('time.h', { n: n(hours) })} ${t('time.min', { n: n(minutes) })}`;
  }
  return `${t('time.min', { n: n(minutes) })} ${t('time.s', { n: n(seconds) })}`;
}
