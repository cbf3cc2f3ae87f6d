import SwaggerUIBundle from "swagger-ui-dist/swagger-ui-bundle.js";
import "swagger-ui-dist/swagger-ui.css";
import "./docs.css";

/**
 * The API explorer: Swagger UI over /openapi.json, from the swagger-ui-dist package inside the jar. Requests go to
 * this page's own origin; when the app has a signed-in wallet in this tab, its access token is put in Authorize,
 * so "Try it out" works on the routes that need it.
 */
function savedToken() {
  try {
    const saved = JSON.parse(sessionStorage.getItem("sticker.session"));
    return saved && saved.expiresAt > Date.now() ? saved : null;
  } catch {
    return null;
  }
}

async function start() {
  const status = document.getElementById("docs-token");
  const spec = await (await fetch("/openapi.json")).json();
  spec.servers = [{ url: location.origin, description: "this server" }];
  const session = savedToken();
  const ui = SwaggerUIBundle({
    spec,
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    defaultModelsExpandDepth: 0,
    onComplete() {
      if (session) ui.preauthorizeApiKey("bearerAuth", session.token);
    },
  });
  status.textContent = session
    ? `Signed in as ${session.address.slice(0, 6)}…${session.address.slice(-4)}: its access token is set in Authorize.`
    : "Sign in in the app (this tab) to try the routes that need a token, or paste one in Authorize.";
}

start().catch(() => {
  document.getElementById("swagger-ui").textContent = "The API description could not be loaded.";
});
