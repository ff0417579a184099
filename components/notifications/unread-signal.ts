/**
 * "The unread count may have changed" (a notification read, the initial data load finished): the
 * bell in the shell polls at once instead of at its next tick. A window event, so the pages that
 * say it and the bell share no state and no library.
 */
const UNREAD_CHANGED = "pgv:unread-changed";

export function signalUnreadChanged(): void {
  window.dispatchEvent(new Event(UNREAD_CHANGED));
}

export function onUnreadChanged(listener: () => void): () => void {
  window.addEventListener(UNREAD_CHANGED, listener);
  return () => window.removeEventListener(UNREAD_CHANGED, listener);
}
