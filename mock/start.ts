// `npm start`: build whatever is missing, then serve the H5 app and the API from one server.
import { createRequire } from 'node:module'
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(__dirname, '..')
const taro = createRequire(__filename).resolve('@tarojs/cli/bin/taro')

const builds = [
  { marker: 'dist-h5/index.html', args: ['build', '--type', 'h5'], label: 'H5' },
  {
    marker: 'dist/app.json',
    args: ['build', '--type', 'weapp', '--mode', 'weapp'],
    label: '微信小程序',
  },
]

for (const build of builds) {
  if (existsSync(path.join(root, build.marker))) continue
  console.log(`未找到${build.label}构建产物，正在构建（约半分钟）…`)
  const result = spawnSync(process.execPath, [taro, ...build.args], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

// The 管理后台 (esbuild, a few seconds): served at /admin.
if (!existsSync(path.join(root, 'dist-admin/index.html'))) {
  const tsx = createRequire(__filename).resolve('tsx/cli')
  const result = spawnSync(process.execPath, [tsx, 'admin/build.ts'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (result.status !== 0) process.exit(result.status ?? 1)
}

void import('./main')
