import { useEffect, useState } from "preact/hooks";

/**
 * Hash routes (#/me, #/c/<wallet>): the server serves the app at / only, so page paths never collide with the
 * API's own paths (/fan/…, /creator/…, /admin/…).
 */
export function parseHash(hash = location.hash) {
  const [path, query = ""] = hash.replace(/^#/, "").split("?");
  return { parts: path.split("/").filter(Boolean), query: new URLSearchParams(query) };
}

export function useRoute() {
  const [route, setRoute] = useState(parseHash());
  useEffect(() => {
    const changed = () => {
      setRoute(parseHash());
      window.scrollTo(0, 0);
    };
    addEventListener("hashchange", changed);
    return () => removeEventListener("hashchange", changed);
  }, []);
  return route;
}

export const go = (path) => {
  location.hash = path;
};
