import { exports } from './api.js';
import { cityName, count, money } from './format.js';
import { getLang, t } from './i18n.js';

export const CITY_COLUMNS = [
  { key: 'name', label: 'city', kind: 'text' },
  { key: 'allocated' }, { key: 'reserved' }, { key: 'waiting' }, { key: 'paidPlaces' }, { key: 'remaining' },
  { key: 'paidAmount', kind: 'money' }, { key: 'degreeStudents' }, { key: 'classesOpened' },
  { key: 'lessonsHeld' }, { key: 'distinctTrainees' }, { key: 'personTimes' },
];

const PALACE_COLUMNS = [
  { key: 'name', label: 'palace', kind: 'text' }, { key: 'level', kind: 'code' },
  { key: 'courses' }, { key: 'classesOpened' }, { key: 'classesCancelled' }, { key: 'classesCompleted' },
  { key: 'lessonsHeld' }, { key: 'lessons' }, { key: 'seats' }, { key: 'confirmed' }, { key: 'waitlisted' },
  { key: 'attendances' }, { key: 'distinctTrainees', label: 'trainees' }, { key: 'completions' },
];

const CLASS_COLUMNS = [
  { key: 'title', label: 'klass', kind: 'text' }, { key: 'category', kind: 'text' },
  { key: 'status', kind: 'code' }, { key: 'capacity' }, { key: 'confirmed' }, { key: 'waitlisted' },
  { key: 'lessonsHeld' }, { key: 'lessons' }, { key: 'attendances', label: 'attendance' }, { key: 'completions' },
];

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value !== undefined && value !== null) {
      node.setAttribute(name, value);
    }
  });
  children.flat().forEach((child) => node.append(child));
  return node;
}

function display(column, row) {
  const value = row[column.key];
  if (column.kind === 'money') return money(value);
  if (column.kind === 'code') return t(value);
  if (column.kind === 'text') return value ?? t('uncategorised');
  return count(value);
}

function cell(column, row) {
  const numeric = column.kind !== 'text' && column.kind !== 'code';
  return element('td', { 'data-col': column.key, class: numeric ? 'num' : null }, display(column, row));
}

function toggleButton(expanded, controls, label) {
  return element('button', {
    type: 'button', class: 'toggle', 'aria-expanded': String(expanded), 'aria-controls': controls,
    title: t(expanded ? 'collapse' : 'expand'),
  }, element('span', { class: 'chevron', 'aria-hidden': 'true' }), label);
}

function sortValue(city, key) {
  return key === 'name' ? cityName(city) : Number(city[key] ?? 0);
}

function sorted(cities, sort) {
  const collator = new Intl.Collator(getLang() === 'en' ? 'en' : 'zh-Hans-CN-u-co-pinyin');
  const direction = sort.dir === 'asc' ? 1 : -1;
  return [...cities].sort((a, b) => {
    if (!sort.key) return a.cityCode.localeCompare(b.cityCode);
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    const order = typeof x === 'string' ? collator.compare(x, y) : x - y;
    return order !== 0 ? direction * order : a.cityCode.localeCompare(b.cityCode);
  });
}

function header(sort) {
  return element('tr', {}, CITY_COLUMNS.map((column) => {
    const active = sort.key === column.key;
    const ariaSort = active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none';
    return element('th', { scope: 'col', 'aria-sort': ariaSort, 'data-col': column.key,
      class: column.kind === 'text' ? null : 'num' },
    element('button', { type: 'button', class: 'sort', 'data-sort': column.key },
      t(column.label ?? column.key)));
  }));
}

function subTable(columns, rows, rowAttributes, firstCell, caption, expandedRow) {
  const head = element('tr', {}, columns.map((column) => element('th', {
    scope: 'col', 'data-col': column.key, class: column.kind === 'text' || column.kind === 'code' ? null : 'num',
  }, t(column.label ?? column.key))));
  const body = element('tbody');
  rows.forEach((row) => {
    const tr = element('tr', rowAttributes(row), columns.map((column, i) => (i === 0 ? firstCell(row, column)
      : cell(column, row))));
    body.append(tr);
    const detail = expandedRow ? expandedRow(row, columns.length) : null;
    if (detail) body.append(detail);
  });
  return element('table', { class: 'figures-table nested' },
    element('caption', { class: 'visually-hidden' }, caption), element('thead', {}, head), body);
}

function classesBlock(palace, model) {
  const classes = model.classes.get(palace.palaceId);
  if (!classes) return element('p', { class: 'loading' }, t('loading'));
  if (!classes.length) return element('p', { class: 'empty' }, t('noClasses'));
  return subTable(CLASS_COLUMNS, classes, (row) => ({ 'data-class': row.classId }),
    (row, column) => element('th', { scope: 'row', 'data-col': column.key },
      element('span', { class: 'class-title' }, row.title),
      element('small', { class: 'course' }, row.courseTitle ?? '')),
    `${palace.name} ${t('klass')}`);
}

function palacesBlock(city, model, handlers) {
  const palaces = model.palaces.get(city.cityCode);
  const links = element('nav', { class: 'exports small', 'aria-label': t('exportCityPalaces') },
    element('span', {}, t('exportCityPalaces')),
    element('a', { href: exports.palaces(model.year, 'csv', city.cityCode), download: '',
      'data-export': `palaces-${city.cityCode}-csv` }, 'CSV'),
    element('a', { href: exports.palaces(model.year, 'xlsx', city.cityCode), download: '',
      'data-export': `palaces-${city.cityCode}-xlsx` }, 'Excel'));
  if (!palaces) return [element('p', { class: 'loading' }, t('loading'))];
  if (!palaces.length) return [element('p', { class: 'empty' }, t('noPalaces'))];
  const table = subTable(PALACE_COLUMNS, palaces, (row) => ({ 'data-palace': row.palaceId, class: 'expandable' }),
    (row, column) => {
      const open = model.expandedPalaces.has(row.palaceId);
      const button = toggleButton(open, `classes-${row.palaceId}`, row.name);
      button.addEventListener('click', (event) => {
        event.stopPropagation();
        handlers.onTogglePalace(row.palaceId);
      });
      return element('th', { scope: 'row', 'data-col': column.key }, button);
    },
    `${cityName(city)} ${t('palace')}`,
    (row, width) => (model.expandedPalaces.has(row.palaceId)
      ? element('tr', { class: 'detail', id: `classes-${row.palaceId}`, 'data-classes-of': row.palaceId },
        element('td', { colspan: String(width) }, classesBlock(row, model)))
      : null));
  table.querySelectorAll('tr.expandable').forEach((tr) => tr.addEventListener('click', (event) => {
    if (event.target.closest('a, button')) return;
    handlers.onTogglePalace(tr.dataset.palace);
  }));
  return [links, table];
}

/** Renders the city table: sortable headers, one row per city with its drill-down, the province's totals. */
export function renderCityTable(table, model, handlers) {
  const thead = table.querySelector('thead');
  const tbody = table.querySelector('tbody');
  const tfoot = table.querySelector('tfoot');
  thead.replaceChildren(header(model.sort));
  thead.querySelectorAll('button.sort').forEach((button) => button.addEventListener('click',
    () => handlers.onSort(button.dataset.sort)));

  const rows = [];
  sorted(model.cities, model.sort).forEach((city) => {
    const open = model.expandedCities.has(city.cityCode);
    const button = toggleButton(open, `palaces-${city.cityCode}`, cityName(city));
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      handlers.onToggleCity(city.cityCode);
    });
    const first = element('th', { scope: 'row', 'data-col': 'name' }, button,
      element('small', { class: 'code' }, city.cityCode));
    const tr = element('tr', { 'data-city': city.cityCode, class: 'expandable' + (open ? ' open' : '') },
      first, CITY_COLUMNS.slice(1).map((column) => cell(column, city)));
    tr.addEventListener('click', (event) => {
      if (!event.target.closest('a, button')) handlers.onToggleCity(city.cityCode);
    });
    rows.push(tr);
    if (open) {
      rows.push(element('tr', { class: 'detail', id: `palaces-${city.cityCode}`, 'data-palaces-of': city.cityCode },
        element('td', { colspan: String(CITY_COLUMNS.length) }, palacesBlock(city, model, handlers))));
    }
  });
  tbody.replaceChildren(...rows);

  const province = model.province;
  tfoot.replaceChildren(element('tr', { 'data-total': 'province' },
    element('th', { scope: 'row', 'data-col': 'name' }, t('total')),
    CITY_COLUMNS.slice(1).map((column) => cell(column, province))));
}
