import { api, useTokens } from "./api.js";
import { createStore } from "./store.js";

/**
 * Who is signed in: the wallet's address, its kind ("dev" or "pera"), the access token and role the API gave it
 * and when the token expires. Kept in sessionStorage (this tab only, gone when it closes); the token is short
 * lived (15 minutes) and a new one needs a new wallet signature.
 */
const KEY = "sticker.session";
export const session = createStore(load());

function load() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(KEY));
    return saved && saved.expiresAt > Date.now() ? saved : null;
  } catch {
    return null;
  }
}

useTokens(() => {
  const current = session.get();
  return current && current.expiresAt > Date.now() ? current.token : null;
}, () => signOut());

export function signedIn(next) {
  sessionStorage.setItem(KEY, JSON.stringify(next));
  session.set(next);
}

export function signOut() {
  sessionStorage.removeItem(KEY);
  session.set(null);
}

/** Whether the current token is still valid for at least `marginMs`. */
export function tokenValid(marginMs = 10_000) {
  const current = session.get();
  return !!current && current.expiresAt - marginMs > Date.now();
}

/**
 * The network the server runs on (from GET /params). The development wallet is offered everywhere except on the
 * public networks, where only a real wallet may sign.
 */
const PUBLIC_NETWORKS = {
  "wGHE2Pwdvd7S12BL5FaOP20EGYesN73ktiC1qzkkit8=": { name: "MainNet", peraChainId: 416001 },
  "SGO1GKSzyE7IEPItTxCByw9x8FmnrCDexi9/cOUJOiI=": { name: "TestNet", peraChainId: 416002 },
  "mFgazF+2uRS1tMiL9dsj01hJGySEmPN28B/TjjvpVW0=": { name: "BetaNet", peraChainId: 416003 },
};
export const network = createStore(null);

export async function loadNetwork() {
  const params = await api.get("/params");
  const known = PUBLIC_NETWORKS[params.genesisHash];
  network.set({
    genesisId: params.genesisId,
    genesisHash: params.genesisHash,
    name: known?.name ?? params.genesisId,
    public: !!known,
    peraChainId: known?.peraChainId ?? 4160,
    devWalletAllowed: !known,
  });
  return network.get();
}
