// decap-cms-locales ships no type declarations; the English phrases are a nested object of strings.
declare module "decap-cms-locales/dist/esm/en/index.js" {
  const en: Record<string, unknown>;
  export default en;
}
