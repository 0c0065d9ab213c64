import { getLang, t } from './i18n.js';

const locale = () => (getLang() === 'en' ? 'en-US' : 'zh-CN');

export function count(value) {
  return Number(value ?? 0).toLocaleString(locale(), { maximumFractionDigits: 0 });
}

export function money(value) {
  return '\u00a5' + Number(value ?? 0).toLocaleString(locale(), {
    minimumFractionDigits: 2, maximumFractionDigits: 2,
  });
}

/** An instant the server gave with its Asia/Shanghai offset, shown as that wall-clock time. */
export function wallClock(iso) {
  return iso ? iso.slice(0, 19).replace('T', ' ') : t('noEventYet');
}

export function cityName(city) {
  if (getLang() === 'en' && city.nameEn) {
    return city.nameEn;
  }
  return city.name ?? city.cityCode;
}

/** Yuan in few characters for an axis: ¥300万, ¥3M. */
export function compactMoney(value) {
  return '\u00a5' + Number(value ?? 0).toLocaleString(locale(), { notation: 'compact', maximumFractionDigits: 1 });
}
