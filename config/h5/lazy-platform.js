// H5 build of the `platform` package (config/index.ts points `platform` here): platform.js runs
// about a hundred user-agent regexes as it loads, which every page start paid for, while Taro
// reads it only in getDeviceInfo / getSystemInfo. Here it loads on the first read of a field.
var real = null

function load() {
  return real || (real = require('platform/platform.js'))
}

var FIELDS = [
  'description',
  'layout',
  'manufacturer',
  'name',
  'os',
  'parse',
  'prerelease',
  'product',
  'toString',
  'ua',
  'version',
]
var lazyPlatform = {}
FIELDS.forEach(function (field) {
  Object.defineProperty(lazyPlatform, field, {
    enumerable: true,
    get: function () {
      return load()[field]
    },
  })
})

module.exports = lazyPlatform
