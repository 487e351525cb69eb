// Prettier's defaults are the code's style (double quotes, semicolons, trailing commas, parenthesised
// arrow parameters); only the line width is set.
/** @type {import("prettier").Config} */
export default {
  printWidth: 120,
  // Tagged templates (html`…` in src/monev) are output: reformatting them would change what a report contains.
  embeddedLanguageFormatting: "off",
};
