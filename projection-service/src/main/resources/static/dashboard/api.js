// Reads the figures from this service's own API (relative paths: the page works under any context path).

async function get(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) {
    throw new Error(`GET ${path} answered ${response.status}`);
  }
  return response.json();
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
