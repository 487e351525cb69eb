/** npm run auth — the OAuth endpoint that lets editors log in to the admin with GitHub. */
import { AUTH_ENV, authSettingsFromEnv, AuthSettingsError } from "../src/auth/settings.ts";
import { AUTH_PATH, startAuthServer } from "../src/auth/server.ts";
import { CALLBACK_PATH } from "../src/auth/github.ts";

if (process.argv.includes("--help") || process.argv.includes("-h")) {
  console.log(`Usage: npm run auth

Runs the OAuth endpoint for Decap's GitHub backend (popup login of the admin). Settings come
from the environment only:

${Object.entries(AUTH_ENV).map(([name, what]) => `  ${name.padEnd(26)} ${what}`).join("\n")}

Routes: ${AUTH_PATH} (Decap opens it) and ${CALLBACK_PATH} (the OAuth App's callback URL).
Setup, nginx and systemd: docs/masuk-github.md`);
  process.exit(0);
}

try {
  const settings = authSettingsFromEnv();
  const server = await startAuthServer(settings);
  console.log(`OAuth endpoint listening on ${server.url}`);
  console.log(`  callback URL for the GitHub OAuth App: ${settings.publicUrl}${CALLBACK_PATH}`);
  console.log(`  tokens go only to: ${settings.allowedOrigins.join(", ")}`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
} catch (error) {
  console.error(error instanceof AuthSettingsError ? error.message : error);
  process.exitCode = 1;
}
