import { api } from "../lib/api.js";
import { network, session, signedIn, signOut } from "../lib/session.js";

/**
 * The connected wallet, whatever its kind: { kind, address, label, signChallenge, signTransactions,
 * signForMultisig }. The wallet code (algosdk, tweetnacl, Pera Wallet Connect) is loaded on first use only.
 */
let connected = null;

export const loadDevWallet = () => import("./dev-wallet.js");

/** The wallet of the signed-in session, reopened (after a page reload) when needed. */
export async function currentWallet() {
  const current = session.get();
  if (!current) throw new Error("Sign in with a wallet first.");
  if (connected?.address === current.address && connected.kind === current.kind) return connected;
  if (current.kind === "dev") {
    connected = (await loadDevWallet()).openDevWallet(current.address, current.scheme);
  } else {
    const { reconnectPera } = await import("./pera.js");
    connected = await reconnectPera(network.get()?.peraChainId ?? 4160, current.address);
  }
  return connected;
}

/** Challenge → the wallet signs the message → verify: the session holds the access token afterwards. */
export async function signIn(wallet, scheme) {
  const challenge = await api.post("/auth/challenge", { walletAddress: wallet.address });
  const proof = await wallet.signChallenge(challenge);
  const reply = await api.post("/auth/verify", { walletAddress: wallet.address, nonce: challenge.nonce, ...proof });
  connected = wallet;
  signedIn({
    address: reply.walletAddress,
    kind: wallet.kind,
    scheme,
    label: wallet.label,
    role: reply.role,
    token: reply.accessToken,
    expiresAt: Date.now() + reply.expiresInSeconds * 1000,
  });
}

export async function disconnect() {
  if (session.get()?.kind === "pera") {
    const { disconnectPera } = await import("./pera.js");
    await disconnectPera().catch(() => {});
  }
  connected = null;
  signOut();
}
