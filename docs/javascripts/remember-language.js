/* Remember the guide's language, so that the API reference (api/index.html, shared by both
 * languages) can link back to the guide in the same language. */
try {
  window.localStorage.setItem("iamport-docs-lang", document.documentElement.lang || "en");
} catch (error) {
  /* storage refused (private mode, some file:// setups): the API reference falls back to English */
}
