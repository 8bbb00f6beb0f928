// The view and its state live in the URL's hash (#/search?q=…&offset=20, #/report/12?hl=m3), so every view can be
// shared as a link and the browser's back button works.

/** The current route: view name, path parts after it, and query parameters. */
export function current() {
  const hash = window.location.hash.replace(/^#\/?/, '');
  const [path, query = ''] = hash.split('?');
  const [view = 'search', ...rest] = path.split('/').filter(Boolean).map(decodeURIComponent);
  return { view, parts: rest, params: new URLSearchParams(query) };
}

/** The hash link of a view with its parameters (empty ones left out). */
export function link(view, params = {}, ...parts) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(name, value);
  }
  const path = [view, ...parts.map(p => encodeURIComponent(p))].join('/');
  const text = query.toString();
  return `#/${path}${text ? `?${text}` : ''}`;
}

/** Goes to a view; replacing keeps small state changes (a highlighted metric) out of the history. */
export function go(href, replace = false) {
  if (replace) history.replaceState(null, '', href);
  else window.location.hash = href;
}
