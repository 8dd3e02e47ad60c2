/** See slim-bundle.mjs: `source` without comments and with only ASCII, every line where it was. */
export function slimBundleFile(source: string, name: string): string;
