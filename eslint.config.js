// ESLint flat config: the recommended rules of ESLint and typescript-eslint over all code.
// Types are checked by `npm run typecheck` (tsc strict), so no type-aware rules: they would type-check twice.
// Layout (quotes, widths, commas) is Prettier's job (prettier.config.js), not ESLint's.
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import globals from "globals";
import tseslint from "typescript-eslint";

export default defineConfig(
  globalIgnores(["_site/", "_site.*/", ".cache/", ".bench/", "tmp/", "laporan/", "content/"]),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // A disable comment that no longer suppresses anything fails the lint, so none goes stale.
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      // Input checks here match control characters on purpose, to reject them (paths, names, YAML, URLs).
      "no-control-regex": "off",
      // `const { omitted: _, ...rest } = value` is how the code drops a key.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
      // A handler declared before the server that calls it is assigned once the server listens.
      "prefer-const": ["error", { ignoreReadBeforeAssign: true }],
    },
  },
  {
    // Test doubles of remote APIs read whatever JSON a client sends them.
    files: ["test/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    // Scripts the public site serves to browsers as they are.
    files: ["src/site/assets/**/*.js"],
    languageOptions: { globals: { ...globals.browser, PagefindUI: "readonly" } },
  },
);
