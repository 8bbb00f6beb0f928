// Building the page from data without ever parsing data as HTML: text goes in through text nodes only.

/** An element with attributes and children; strings become text nodes (never markup). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'class') node.className = value;
    else if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  // Any depth: views build children with map() inside map().
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces everything inside a node. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

const entities = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/**
 * A highlighted snippet from the API. The library's SnippetBuilder escapes the report text and adds only
 * <mark>…</mark>; rather than trusting that with innerHTML, the snippet is rebuilt here as text nodes and <mark>
 * elements, so nothing else in it can ever become markup.
 */
export function snippet(html, tag = 'p') {
  const node = el(tag, { class: 'snippet' });
  let marked = false;
  for (const part of String(html).split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') { marked = true; continue; }
    if (part === '</mark>') { marked = false; continue; }
    if (!part) continue;
    const text = part.replace(/&(amp|lt|gt|quot|#39);/g, m => entities[m]);
    node.append(marked ? el('mark', {}, text) : document.createTextNode(text));
  }
  return node;
}

/** A status line for loading and errors. */
export function notice(text, kind = 'info') {
  return el('p', { class: `notice ${kind}`, role: kind === 'error' ? 'alert' : 'status' }, text);
}
