// Jest transform for the weapp build in dist/: babel-jest, plus WeChat's `require.async` (分包异步化)
// on the module's own `require` in the files that call it (webpack's runtime.js). What it does —
// record the load, check the file is in a declared subpackage, answer on a later task — is
// `requireAsync` in mini-app.ts, reached through a global the harness sets.
const babelJest = require('babel-jest').default.createTransformer()

const SHIM =
  'require.async = function (request) {' +
  ' return globalThis.__wxRequireAsync(__filename, request, function () { return require(request) })' +
  ' };\n'

module.exports = {
  process(source, filename, options) {
    const result = babelJest.process(source, filename, options)
    return source.includes('require.async(') ? { ...result, code: SHIM + result.code } : result
  },
  getCacheKey(source, filename, options) {
    return `${babelJest.getCacheKey(source, filename, options)}:require-async-1`
  },
}
