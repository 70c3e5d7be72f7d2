// Updating nodes that are already on the page, touching the DOM only where something changed.

export function setText(node, text) {
  if (node.textContent !== text) {
    node.textContent = text;
  }
}

export function setAttr(node, name, value) {
  const text = value === null || value === undefined ? '' : String(value);
  if (node.getAttribute(name) !== text) {
    node.setAttribute(name, text);
  }
}

/** Replays a CSS highlight animation on a node (removing and re-adding the class restarts it). */
export function flash(node, className = 'is-updated') {
  node.classList.remove(className);
  void node.offsetWidth;
  node.classList.add(className);
}
