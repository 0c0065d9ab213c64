import { compactMoney, count, money } from './format.js';
import { t } from './i18n.js';

const PALETTE = ['#b8322a', '#2f5d8a', '#e3a33b', '#5b8c5a', '#7a5c99', '#3f9ca3'];
const FONT = '"Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif';
const charts = new Map();

function chart(id) {
  if (!charts.has(id)) {
    const element = document.getElementById(id);
    charts.set(id, window.echarts.init(element, null, { renderer: 'canvas' }));
  }
  return charts.get(id);
}

export function resizeCharts() {
  charts.forEach((instance) => instance.resize());
}

function base(extra) {
  return {
    color: PALETTE,
    textStyle: { fontFamily: FONT },
    animationDuration: 300,
    ...extra,
  };
}

function empty(id) {
  chart(id).setOption(base({
    title: { text: t('noData'), left: 'center', top: 'middle', textStyle: { color: '#8a94a6', fontSize: 14 } },
    xAxis: { show: false }, yAxis: { show: false }, series: [],
  }), true);
}

/** Quota, allocation and uptake of the year's subsidy places as horizontal bars. */
export function renderPlaces(province) {
  const keys = ['quota', 'allocated', 'reserved', 'paidPlaces', 'waiting', 'remaining'];
  const colors = ['#9aa5b1', '#2f5d8a', '#b8322a', '#5b8c5a', '#e3a33b', '#3f9ca3'];
  chart('places-chart').setOption(base({
    grid: { left: 70, right: 56, top: 6, bottom: 6 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', show: false, max: Math.max(1, province.quota, province.allocated) },
    yAxis: { type: 'category', inverse: true, data: keys.map((key) => t(key)),
      axisTick: { show: false }, axisLine: { show: false } },
    series: [{
      type: 'bar', barWidth: '58%',
      data: keys.map((key, i) => ({ value: province[key], itemStyle: { color: colors[i], borderRadius: 3 } })),
      label: { show: true, position: 'right', formatter: ({ value }) => count(value) },
      showBackground: true, backgroundStyle: { color: '#f1f3f6' },
    }],
  }), true);
}

/** Reserved, paid and waiting places at the end of each day with a change (step lines). */
export function renderUptake(daily) {
  if (!daily.days.length) {
    empty('uptake-chart');
    return;
  }
  const points = (key) => daily.days.map((day) => [day.date, day[key]]);
  const line = (key, extra = {}) => ({
    name: t(key), type: 'line', step: 'end', symbol: 'none', data: points(key), ...extra,
  });
  chart('uptake-chart').setOption(base({
    grid: { left: 8, right: 8, top: 40, bottom: 4, containLabel: true },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 8, itemGap: 8 },
    tooltip: {
      trigger: 'axis',
      valueFormatter: (value) => count(value),
    },
    xAxis: { type: 'time', axisLabel: { hideOverlap: true } },
    yAxis: [{ type: 'value', minInterval: 1 }, {
      type: 'value', position: 'right', splitLine: { show: false },
      axisLabel: { formatter: (value) => compactMoney(value) },
    }],
    series: [
      line('allocated', { lineStyle: { type: 'dashed', width: 1 }, color: '#9aa5b1' }),
      line('reserved', { areaStyle: { opacity: 0.12 } }),
      line('paidPlaces'),
      line('waiting'),
      { name: t('paidAmount'), type: 'line', step: 'end', symbol: 'none', yAxisIndex: 1, color: '#7a5c99',
        lineStyle: { width: 1 }, data: points('paidAmount'), tooltip: { valueFormatter: (value) => money(value) } },
    ],
  }), true);
}

/** Classes opened per category, the largest first (at most 15 categories). */
export function renderCategories(categories) {
  if (!categories.length) {
    empty('category-chart');
    return;
  }
  const shown = categories.slice(0, 15);
  chart('category-chart').setOption(base({
    grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, axisTick: { show: false },
      data: shown.map((c) => c.category ?? t('uncategorised')) },
    series: [{
      name: t('classesOpened'), type: 'bar', barMaxWidth: 14, itemStyle: { borderRadius: [0, 3, 3, 0] },
      data: shown.map((c) => c.classesOpened), label: { show: true, position: 'right' },
    }],
  }), true);
}

/** The palaces with the most distinct trainees. */
export function renderTopPalaces(palaces) {
  if (!palaces.length) {
    empty('top-chart');
    return;
  }
  chart('top-chart').setOption(base({
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, axisTick: { show: false },
      axisLabel: { width: 150, overflow: 'truncate' }, data: palaces.map((p) => p.name) },
    series: [{
      name: t('distinctTrainees'), type: 'bar', barMaxWidth: 14, color: '#2f5d8a',
      itemStyle: { borderRadius: [0, 3, 3, 0] },
      data: palaces.map((p) => p.distinctTrainees), label: { show: true, position: 'right' },
    }],
  }), true);
}
