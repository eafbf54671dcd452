// Piscina's entry for the scoring threads. A worker starts as plain Node, without the tsx hooks
// (`npm start`) or babel-jest (tests) of the main thread, so it loads the TypeScript task via tsx.
const { require: tsxRequire } = require('tsx/cjs/api')

module.exports = tsxRequire('./score-task.ts', __filename).default
