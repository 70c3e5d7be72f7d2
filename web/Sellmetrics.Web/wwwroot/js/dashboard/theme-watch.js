// Calls back whenever the colour theme may have changed: the OS preference, or the page's theme toggle
// (which changes an attribute or class on <html> or <body>).
export function onThemeChange(callback) {
  window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', callback);
  const observer = new MutationObserver(callback);
  for (const node of [document.documentElement, document.body]) {
    observer.observe(node, { attributes: true, attributeFilter: ['class', 'data-theme', 'style'] });
  }
}

/** A CSS custom property's current value on a node (e.g. '--chart-revenue'). */
export function cssVar(node, name) {
  return getComputedStyle(node).getPropertyValue(name).trim();
}
