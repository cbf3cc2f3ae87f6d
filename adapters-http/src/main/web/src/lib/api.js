/**
 * The API, same origin. Every failure becomes an ApiError whose message is words a person can act on: the
 * problem's detail (RFC 9457 application/problem+json) and the invalid fields, never a bare status code.
 */
export class ApiError extends Error {
  constructor(status, problem) {
    super(describeProblem(status, problem));
    this.name = "ApiError";
    this.status = status;
    this.problem = problem;
  }
}

const STATUS_WORDS = {
  400: "The request was not accepted",
  401: "Please sign in again",
  403: "This wallet is not allowed to do that",
  404: "Not found",
  409: "That conflicts with the current state",
  413: "That is too large",
  415: "That file type is not accepted",
  429: "Too many requests; wait a moment and try again",
  501: "Not available yet",
  503: "The service is busy or a dependency is down; try again shortly",
};

/** One readable sentence (or a few) for a problem document. */
export function describeProblem(status, problem) {
  const title = problem?.title || STATUS_WORDS[status] || `Request failed (${status})`;
  const parts = [problem?.detail && problem.detail !== title ? `${title}: ${problem.detail}` : title];
  for (const error of problem?.errors ?? []) {
    parts.push(`${error.field}: ${error.message}`);
  }
  if (status === 429 && problem?.retryAfter) parts.push(`Try again in ${problem.retryAfter} s.`);
  return parts.join(" — ");
}

let tokenFor = () => null;
let unauthorized = () => {};

/**
 * How requests find the access token of the signed-in wallet, and what happens when the API refuses it (401: the
 * token expired or the server's key changed) — both set by the session.
 */
export function useTokens(lookup, onUnauthorized) {
  tokenFor = lookup;
  unauthorized = onUnauthorized;
}

async function request(method, path, { body, form, auth = false } = {}) {
  const headers = { Accept: "application/json, application/problem+json" };
  if (auth) {
    const token = tokenFor();
    if (token) headers.Authorization = `Bearer ${token}`;
  }
  let payload;
  if (form) {
    payload = form;
  } else if (body !== undefined) {
    headers["Content-Type"] = "application/json";
    payload = JSON.stringify(body);
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload });
  } catch {
    throw new ApiError(0, { title: "The server cannot be reached", detail: "check your connection and retry" });
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = { detail: text.slice(0, 200) };
    }
  }
  if (!response.ok) {
    const problem = data && typeof data === "object" ? { ...data } : {};
    if (response.status === 429) problem.retryAfter = response.headers.get("Retry-After");
    if (response.status === 401 && auth) unauthorized();
    throw new ApiError(response.status, problem);
  }
  return data;
}

export const api = {
  get: (path, options) => request("GET", path, options),
  post: (path, body, options = {}) => request("POST", path, { ...options, body }),
  upload: (path, form) => request("POST", path, { form, auth: true }),
  delete: (path, options) => request("DELETE", path, options),
};

/** A path segment, encoded. */
export const seg = (value) => encodeURIComponent(String(value));
