import { useEffect, useRef } from "preact/hooks";
import { loadNetwork, network, session } from "./lib/session.js";
import { useStore } from "./lib/store.js";
import { useRoute } from "./lib/router.js";
import { Addr, html } from "./lib/ui.js";
import { disconnect } from "./wallet/wallets.js";
import { Home } from "./pages/home.js";
import { CreatorPage } from "./pages/creator-page.js";
import { MyStickers } from "./pages/my-stickers.js";
import { Studio } from "./pages/studio.js";
import { Admin } from "./pages/admin.js";
import { SignIn } from "./pages/sign-in.js";

const PAGES = { "": Home, c: CreatorPage, me: MyStickers, studio: Studio, admin: Admin, wallet: SignIn };

export function App() {
  const route = useRoute();
  const me = useStore(session);
  const net = useStore(network);
  const main = useRef(null);
  const firstRoute = useRef(true);
  useEffect(() => {
    loadNetwork().catch(() => {});
  }, []);
  useEffect(() => {
    // after a route change, keyboard and screen-reader users land on the new page's heading; the first load
    // leaves the focus at the start of the document, as any page load does
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    main.current?.querySelector("h1")?.focus({ preventScroll: true });
  }, [route.parts.join("/")]);
  const Page = PAGES[route.parts[0] ?? ""] ?? NotFound;
  const current = route.parts[0] ?? "";
  const link = (href, name, label) => html`
    <a href=${href} aria-current=${current === name ? "page" : undefined}>${label}</a>`;
  return html`
    <a class="skip" href="#main" onClick=${(e) => { e.preventDefault(); main.current?.querySelector("h1")?.focus(); }}>Skip to content</a>
    <header class="top">
      <a class="brand" href="#/">Sticker Platform</a>
      <nav aria-label="Main">
        ${link("#/", "", "Discover")}
        ${link("#/me", "me", "My stickers")}
        ${link("#/studio", "studio", "Creator studio")}
        ${me?.role === "admin" && link("#/admin", "admin", "Admin")}
        <a href="/docs">API</a>
      </nav>
      <div class="who">
        ${net && html`<span class=${`net ${net.public ? "net-public" : "net-dev"}`}>${net.name}</span>`}
        ${me ? html`
          <span class="me"><${Addr} value=${me.address} />${me.kind === "dev" && html` <span class="badge dev">dev wallet</span>`}</span>
          <button type="button" class="link" onClick=${() => disconnect()}>Sign out</button>`
        : html`<a class="button small" href="#/wallet">Sign in</a>`}
      </div>
    </header>
    <main id="main" ref=${main}>
      <${Page} route=${route} me=${me} net=${net} />
    </main>
    <footer class="foot">
      <p>Every tip is rewarded with an NFT sticker, exactly once. Amounts are in ALGO (1 ALGO = 1,000,000 microAlgos).</p>
    </footer>`;
}

function NotFound() {
  return html`<h1 tabindex="-1">Page not found</h1><p><a href="#/">Back to the start</a></p>`;
}
