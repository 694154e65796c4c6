// A small client-side router: the server serves the same page for each of an area's paths;
// links inside the area change the path without reloading, and Back restores the page.
import { useEffect, useState } from 'preact/hooks';

const listeners = new Set();

export function navigate(href, { replace = false } = {}) {
  if (replace) history.replaceState(null, '', href);
  else history.pushState(null, '', href);
  listeners.forEach((fn) => fn());
}

addEventListener('popstate', () => listeners.forEach((fn) => fn()));

// The current location ({path, search}); re-renders the caller when it changes.
export function useLocation() {
  const read = () => ({ path: location.pathname, search: location.search });
  const [loc, setLoc] = useState(read);
  useEffect(() => {
    const update = () => setLoc(read());
    listeners.add(update);
    return () => listeners.delete(update);
  }, []);
  return loc;
}

// onClick for an <a> that stays inside the page: a plain left click navigates in place, a
// click with a modifier (new tab, new window) is left to the browser.
export function spaClick(e) {
  if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
  const a = e.currentTarget;
  if (a.origin !== location.origin) return;
  e.preventDefault();
  navigate(a.pathname + a.search + a.hash);
  scrollTo(0, 0);
  // Keyboard and screen-reader users continue from the new page's main region.
  requestAnimationFrame(() => document.getElementById('noi-dung')?.focus({ preventScroll: true }));
}
