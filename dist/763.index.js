export const id = 763;
export const ids = [763];
export const modules = {

6763:
((module, __unused_webpack_exports, __webpack_require__) => {









let loaded;
let fetch;

function load() {
  if (loaded !== undefined) return loaded;
  const Dispatcher = __webpack_require__(883);

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


})

};
