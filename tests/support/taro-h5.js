// Component tests run Taro's real H5 implementation. Taro's H5 build rewrites `Taro.api()` to
// named imports; without that plugin the default export lacks the APIs, so merge them here.
const h5 = require('@tarojs/taro-h5')

const taro = { ...h5.default, ...h5 }
delete taro.default
module.exports = { ...taro, default: taro, __esModule: true }
