import { html } from "htm/preact";
import { useCallback, useEffect, useRef, useState } from "preact/hooks";

export { html };

/** Loads `load()` when `deps` change: { data, error, loading, reload }. */
export function useLoad(load, deps) {
  const [state, setState] = useState({ data: null, error: null, loading: true });
  const run = useCallback(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    Promise.resolve().then(load).then(
      (data) => live && setState({ data, error: null, loading: false }),
      (error) => live && setState({ data: null, error, loading: false }),
    );
    return () => (live = false);
  }, deps);
  useEffect(run, [run]);
  return { ...state, reload: run };
}

/** Calls `tick` every `ms` while `active` and the page is visible. */
export function usePoll(tick, ms, active) {
  const saved = useRef(tick);
  saved.current = tick;
  useEffect(() => {
    if (!active) return undefined;
    const id = setInterval(() => document.visibilityState === "visible" && saved.current(), ms);
    return () => clearInterval(id);
  }, [ms, active]);
}

/** An action button's state: run(fn) shows "working", then the error in words or nothing. */
export function useAction() {
  const [state, setState] = useState({ busy: false, error: null, done: null });
  const run = async (fn) => {
    setState({ busy: true, error: null, done: null });
    try {
      const done = await fn();
      setState({ busy: false, error: null, done: done ?? null });
      return done;
    } catch (error) {
      setState({ busy: false, error, done: null });
      return undefined;
    }
  };
  return { ...state, run };
}

export const ErrorText = ({ error }) => error
  ? html`<p class="error" role="alert">${error.message || String(error)}</p>` : null;

export const Done = ({ children }) => children ? html`<p class="ok" role="status">${children}</p>` : null;

export const Loading = ({ what = "Loading" }) => html`<p class="muted" role="status">${what}…</p>`;

/** A wallet address, shortened on screen, whole for screen readers, copy and hover. */
export const Addr = ({ value }) => value
  ? html`<span class="addr" title=${value}><span aria-hidden="true">${value.slice(0, 6)}…${value.slice(-4)}</span><span class="sr-only">${value}</span></span>`
  : null;

/** Same-origin image URL for content at /ipfs/{cid}, whatever base URL the API put in front of it. */
export function ipfsPath(url) {
  if (!url) return null;
  const at = url.indexOf("/ipfs/");
  return at >= 0 ? url.slice(at) : null;
}

export const Field = ({ id, label, hint, children }) => html`
  <div class="field">
    <label for=${id}>${label}</label>
    ${children}
    ${hint && html`<small id=${`${id}-hint`} class="muted">${hint}</small>`}
  </div>`;

export const shortDate = (iso) => (iso ? new Date(iso).toLocaleString() : "—");
