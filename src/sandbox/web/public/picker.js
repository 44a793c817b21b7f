// The "who do you want to be" list: every demo member and the secretary, with role, whereabouts and local time.
/* global document -- a browser page: eslint.config.mjs only declares Node globals */
import { t } from './i18n.js';
import { el, timeOf } from './render.js';

export const localTime = (timezone) => timeOf(new Date(), timezone);

/** The role's name; the records' roles are snake_case, the page's keys kebab-case as Fluent's ids. */
export const roleName = (role) => t(`role-${role.replaceAll('_', '-')}`);

/** Where the person is: their place abroad or in another province, or at home with the cell. */
export function whereabouts(person) {
  if (!person.place) return t('at-home');
  return person.countryCode && person.countryCode !== 'VN'
    ? `${person.place} (${person.countryCode})`
    : person.place;
}

/** Vietnamese names end with the given name, which is what people are called by. */
function initialOf(name) {
  return (name.trim().split(/\s+/).at(-1) ?? '?').charAt(0).toUpperCase();
}

export function avatar(person, extraClass = '') {
  return el(
    'span',
    { class: `avatar role-${person.role} ${extraClass}`, 'aria-hidden': 'true' },
    initialOf(person.name),
  );
}

function personCard(person) {
  return el(
    'li',
    {},
    el(
      'a',
      { class: 'person', href: `#chat=${person.chatId}`, dataset: { chatId: String(person.chatId) } },
      avatar(person),
      el(
        'span',
        { class: 'person-text' },
        el(
          'span',
          { class: 'person-name' },
          person.name,
          el('span', { class: `badge role-${person.role}` }, roleName(person.role)),
        ),
        el('span', { class: `person-place ${person.place ? 'away' : 'home'}` }, whereabouts(person)),
        el('span', { class: 'person-details' }, t(`status-${person.status}`)),
        el(
          'span',
          { class: 'person-details' },
          t('local-time', { time: localTime(person.timezone), zone: person.timezone }),
        ),
      ),
    ),
  );
}

export function drawPeople(setup) {
  document.getElementById('cell-name').textContent = setup.cellName
    ? t('demo-cell', { name: setup.cellName })
    : '';
  document.getElementById('people').replaceChildren(...setup.people.map(personCard));
}
