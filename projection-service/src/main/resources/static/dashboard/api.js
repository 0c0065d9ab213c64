// Reads the figures from this service's own API (relative paths: the page works under any context path),
// with the operator's bearer token.
import { session, SignInRequired } from './session.js';

async function request(path, accept) {
  const response = await fetch(path, {
    headers: { Accept: accept, Authorization: `Bearer ${session.token()}` },
  });
  if (response.status === 401 || response.status === 403) {
    throw new SignInRequired(response.status);
  }
  if (!response.ok) {
    throw new Error(`GET ${path} answered ${response.status}`);
  }
  return response;
}

async function get(path) {
  return (await request(path, 'application/json')).json();
}

export const api = {
  years: () => get('api/stats/years'),
  cities: (year) => get(`api/stats/cities?year=${year}`),
  palacesOfCity: (year, cityCode) => get(`api/stats/palaces?year=${year}&cityCode=${encodeURIComponent(cityCode)}`),
  classes: (year, palaceId) => get(`api/stats/palaces/${encodeURIComponent(palaceId)}/classes?year=${year}`),
  subsidyDaily: (year) => get(`api/stats/subsidy/daily?year=${year}`),
  categories: (year) => get(`api/stats/classes-by-category?year=${year}`),
  topPalaces: (year) => get(`api/stats/top-palaces?year=${year}&limit=10`),
};

export const exports = {
  cities: (year, format) => `api/stats/cities?year=${year}&format=${format}`,
  palaces: (year, format, cityCode) => `api/stats/palaces?year=${year}&format=${format}`
      + (cityCode ? `&cityCode=${encodeURIComponent(cityCode)}` : ''),
};

/**
 * A plain link cannot send the token: export links are fetched with it and handed to the browser as a file.
 * The file name is the one the service gives in Content-Disposition.
 */
export async function download(href) {
  const response = await request(href, '*/*');
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="?([^";]+)"?/.exec(disposition)?.[1] ?? 'export';
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/** The figures stream: EventSource sends no headers, so the token goes in the query, accepted on this path only. */
export function figuresStream() {
  return new EventSource(`api/stats/stream?access_token=${encodeURIComponent(session.token())}`);
}
