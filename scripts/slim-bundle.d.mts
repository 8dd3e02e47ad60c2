/** See slim-bundle.mjs: `source` without comments and with only ASCII, every line where it was. */
export function slimBundleFile(source: string, name: string): string;
/** See slim-bundle.mjs: throws unless `out` holds `source`'s tokens, each on its line, in ASCII only. */
export function checkSlimmed(source: string, out: string, name: string): void;
