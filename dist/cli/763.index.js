export const id = 763;
export const ids = [763];
export const modules = {

/***/ 6763:
/***/ ((module, __unused_webpack_exports, __webpack_require__) => {

// undici 7's dispatcher API, EnvHttpProxyAgent and fetch, reached by their own files rather than the
// package's index, which also loads websockets, caches, mocks and more: the bundle is about half the
// size and loads about a third faster. The version is pinned exactly in package.json; the proxy tests
// fail if a new version moves these files.
//
// Loaded on the first request, not when the module is imported: commands that never reach Jira
// (validate, --version, --help) do not pay for undici's modules at start-up. fetch (the action's GitHub
// API calls) is loaded only when asked for: Jira's calls use the dispatcher's `request` alone.
let loaded;
let fetch;

function load() {
  if (loaded !== undefined) return loaded;
  const Dispatcher = __webpack_require__(883);
  // What undici's index does: the dispatcher API (`request`; the proxy agent's CONNECT uses `connect`).
  Object.assign(Dispatcher.prototype, __webpack_require__(6615));
  loaded = {
    EnvHttpProxyAgent: __webpack_require__(3137),
    loadFetch() {
      fetch ??= (__webpack_require__(4398).fetch);
      return fetch;
    },
  };
  return loaded;
}

module.exports = { load };


/***/ })

};
