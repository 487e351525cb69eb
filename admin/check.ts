/**
 * Entry of the content check's chunk (`warta-check.js`, an ES module built by src/cms/bundle.ts),
 * which the admin imports on the first save (src/cms/pre-save.ts).
 */
export { draftProblems } from "../src/cms/pre-save-check.ts";
