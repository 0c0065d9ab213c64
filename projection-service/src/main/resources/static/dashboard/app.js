import { api, download, exports, figuresStream } from './api.js';
import { renderCategories, renderPlaces, renderTopPalaces, renderUptake, resizeCharts } from './charts.js';
import { count, money, wallClock } from './format.js';
import { applyStatic, getLang, setLang, t } from './i18n.js';
import { renderCityTable } from './tables.js';
import { session, SignInRequired } from './session.js';

const REFRESH_DEBOUNCE_MS = 600;
const RETRY_MS = 10000;

const state = {
  year: null,
  current: null,
  years: [],
  data: null,
  sort: { key: null, dir: 'desc' },
  expandedCities: new Set(),
  expandedPalaces: new Set(),
  palaces: new Map(),
  classes: new Map(),
  asOfEvent: null,
  refreshes: 0,
};

const params = new URLSearchParams(window.location.search);

function updateUrl() {
  const url = new URL(window.location.href);
  url.searchParams.set('year', state.year);
  url.searchParams.set('lang', getLang());
  window.history.replaceState(null, '', url);
}

function setFigures(province) {
  document.querySelectorAll('[data-figure]').forEach((element) => {
    const key = element.dataset.figure;
    element.dataset.value = province[key];
    element.textContent = key === 'paidAmount' ? money(province[key]) : count(province[key]);
  });
}

function setFreshness(asOfEvent) {
  state.asOfEvent = asOfEvent;
  const time = document.getElementById('as-of-event');
  time.textContent = wallClock(asOfEvent);
  time.dataset.asOfEvent = asOfEvent ?? '';
  if (asOfEvent) time.setAttribute('datetime', asOfEvent);
}

function setLive(status) {
  document.getElementById('freshness').dataset.live = status;
  const label = document.getElementById('live-state');
  label.dataset.i18n = status;
  label.textContent = t(status);
}

function renderTable() {
  if (!state.data) return;
  renderCityTable(document.getElementById('city-table'), {
    year: state.year,
    cities: state.data.cities.cities,
    province: state.data.cities.province,
    sort: state.sort,
    expandedCities: state.expandedCities,
    expandedPalaces: state.expandedPalaces,
    palaces: state.palaces,
    classes: state.classes,
  }, { onSort: sortBy, onToggleCity: toggleCity, onTogglePalace: togglePalace });
}

function render() {
  const { cities, daily, categories, top } = state.data;
  setFigures(cities.province);
  renderPlaces(cities.province);
  renderUptake(daily);
  renderCategories(categories);
  renderTopPalaces(top);
  renderTable();
  setFreshness(cities.asOfEvent);
  setExportLinks();
}

function setExportLinks() {
  document.getElementById('export-cities-csv').href = exports.cities(state.year, 'csv');
  document.getElementById('export-cities-xlsx').href = exports.cities(state.year, 'xlsx');
  document.getElementById('export-palaces-csv').href = exports.palaces(state.year, 'csv');
  document.getElementById('export-palaces-xlsx').href = exports.palaces(state.year, 'xlsx');
}

/** Reads every figure on the page again, the open drill-downs included, and renders them together. */
async function refresh() {
  const year = state.year;
  try {
    const [cities, daily, categories, top] = await Promise.all([
      api.cities(year), api.subsidyDaily(year), api.categories(year), api.topPalaces(year)]);
    const palaces = new Map(await Promise.all([...state.expandedCities]
      .map(async (code) => [code, await api.palacesOfCity(year, code)])));
    const classes = new Map(await Promise.all([...state.expandedPalaces]
      .map(async (id) => [id, await api.classes(year, id)])));
    if (year !== state.year) return;
    state.data = { cities, daily, categories, top };
    state.palaces = palaces;
    state.classes = classes;
    render();
    state.refreshes += 1;
    document.body.dataset.refreshes = String(state.refreshes);
    document.body.classList.remove('failed');
  } catch (error) {
    if (error instanceof SignInRequired) {
      askToSignIn(true);
      return;
    }
    console.error(error);
    document.body.classList.add('failed');
    window.setTimeout(scheduleRefresh, RETRY_MS);
  }
}

let pending = null;
function scheduleRefresh() {
  window.clearTimeout(pending);
  pending = window.setTimeout(refresh, REFRESH_DEBOUNCE_MS);
}

function sortBy(key) {
  const text = key === 'name';
  if (state.sort.key === key) {
    state.sort = { key, dir: state.sort.dir === 'asc' ? 'desc' : 'asc' };
  } else {
    state.sort = { key, dir: text ? 'asc' : 'desc' };
  }
  renderTable();
}

async function toggleCity(code) {
  if (state.expandedCities.delete(code)) {
    renderTable();
    return;
  }
  state.expandedCities.add(code);
  renderTable();
  const palaces = await api.palacesOfCity(state.year, code);
  state.palaces.set(code, palaces);
  renderTable();
}

async function togglePalace(id) {
  if (state.expandedPalaces.delete(id)) {
    renderTable();
    return;
  }
  state.expandedPalaces.add(id);
  renderTable();
  state.classes.set(id, await api.classes(state.year, id));
  renderTable();
}

function fillYears() {
  const select = document.getElementById('year');
  const years = [...new Set([...state.years, state.current, state.year])].sort((a, b) => b - a);
  select.replaceChildren(...years.map((year) => {
    const option = document.createElement('option');
    option.value = String(year);
    option.textContent = t('yearOption', { year });
    option.selected = year === state.year;
    return option;
  }));
}

function relabel() {
  applyStatic();
  document.getElementById('lang').textContent = t('switchTo');
  document.getElementById('lang').lang = getLang() === 'en' ? 'zh-CN' : 'en';
  setLive(document.getElementById('freshness').dataset.live);
  fillYears();
  if (state.data) render();
}

/** Server-sent notices: the figures changed; re-read them once the burst is over. */
function listen() {
  const source = figuresStream();
  source.addEventListener('open', () => setLive('live'));
  source.addEventListener('error', () => setLive('offline'));
  source.addEventListener('changed', (event) => {
    setLive('live');
    const notice = JSON.parse(event.data);
    if (notice.asOfEvent !== state.asOfEvent || notice.events > 0) {
      scheduleRefresh();
    }
  });
  return source;
}

/** Shows the sign-in form instead of the figures; {@code refused}: the token in hand was not accepted. */
function askToSignIn(refused) {
  session.signOut();
  stream?.close();
  stream = null;
  document.getElementById('figures').hidden = true;
  document.getElementById('sign-out').hidden = true;
  document.getElementById('sign-in').hidden = false;
  document.getElementById('sign-in-error').hidden = !refused;
  document.body.dataset.signedIn = 'false';
}

let stream = null;

async function showFigures() {
  document.getElementById('sign-in').hidden = true;
  document.getElementById('figures').hidden = false;
  document.getElementById('sign-out').hidden = false;
  try {
    const years = await api.years();
    state.current = years.current;
    state.years = years.years;
  } catch (error) {
    askToSignIn(error instanceof SignInRequired);
    return;
  }
  document.body.dataset.signedIn = 'true';
  const asked = Number.parseInt(params.get('year'), 10);
  state.year = state.year ?? (Number.isFinite(asked) ? asked : state.current);
  relabel();
  updateUrl();
  await refresh();
  stream?.close();
  stream = listen();
}

async function start() {
  setLang(params.get('lang') ?? window.localStorage.getItem('dashboard.lang') ?? 'zh');
  applyStatic();

  document.getElementById('sign-in-form').addEventListener('submit', (event) => {
    event.preventDefault();
    session.signIn(document.getElementById('token').value);
    document.getElementById('token').value = '';
    showFigures();
  });
  document.getElementById('sign-out').addEventListener('click', () => askToSignIn(false));
  // export links: fetched with the token (a plain link cannot send it)
  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[download]');
    if (!link || !link.getAttribute('href')?.startsWith('api/')) return;
    event.preventDefault();
    download(link.getAttribute('href')).catch((error) => {
      if (error instanceof SignInRequired) askToSignIn(true); else console.error(error);
    });
  });
  document.getElementById('year').addEventListener('change', (event) => {
    state.year = Number.parseInt(event.target.value, 10);
    state.expandedCities.clear();
    state.expandedPalaces.clear();
    updateUrl();
    refresh();
  });
  document.getElementById('lang').addEventListener('click', () => {
    setLang(getLang() === 'en' ? 'zh' : 'en');
    window.localStorage.setItem('dashboard.lang', getLang());
    updateUrl();
    relabel();
  });
  window.addEventListener('resize', resizeCharts);

  if (session.token()) {
    await showFigures();
  } else {
    askToSignIn(false);
  }
}

start();
