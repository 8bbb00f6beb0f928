// The JSON API. Errors come back as problem details (RFC 7807); their detail is shown to the user as text.

/** An API answer that was not a success, with the problem's title and detail. */
export class ApiError extends Error {
  constructor(status, title, detail, problem = null) {
    super(detail || title || `HTTP ${status}`);
    this.status = status;
    this.title = title;
    this.detail = detail;
    // The whole problem: some carry more (candidates of an ambiguous township, near names of an unknown one).
    this.problem = problem;
  }
}

async function get(path, params = {}) {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
  }
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body?.title, body?.detail, body);
  return body;
}

export const api = {
  search: (q, offset, limit, sort) => get('/api/search', { q, offset, limit, sort }),
  report: id => get(`/api/reports/${encodeURIComponent(id)}`),
  health: () => get('/health'),
  yoy: params => get('/api/compare/yoy', params),
  peers: params => get('/api/compare/peers', params),
  problems: params => get('/api/problems', params),
  copies: params => get('/api/copies', params),
  metric: (key, params) => get(`/api/metrics/${encodeURIComponent(key)}`, params),
};

/** A Chinese sentence for an API failure. */
export function describeError(error) {
  if (!(error instanceof ApiError)) return '无法连接服务器，请稍后再试。';
  const detail = error.detail ? `：${error.detail}` : '';
  switch (error.status) {
    case 400: return `查询有误${detail}`;
    case 404: return `未找到${detail}`;
    case 409: return `名称不唯一${detail}`;
    case 413: case 414: return '请求过长，请缩短查询。';
    case 429: return '请求过于频繁，请稍后再试。';
    case 503: return `索引暂不可用${detail}`;
    default: return `服务器出错（${error.status}），请稍后再试。`;
  }
}
