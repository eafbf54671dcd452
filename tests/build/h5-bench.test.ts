/**
 * @jest-environment node
 */
// The rules behind the H5 benchmarks (npm run bench): duplicated bytes, CLS, Lighthouse pass.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chunkModules, duplication } from '../bench/h5-chunks'
import { clsOf, medianRun, pagePasses } from '../bench/h5-metrics'

test('reads the module map of a webpack chunk and counts every copy after the first as duplicated', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'h5-chunks-'))
  const write = (name: string, source: string) => {
    writeFileSync(path.join(dir, name), source)
    return chunkModules(path.join(dir, name))
  }
  const shared = 'function(e,t,n){var x=1;return x}'
  const a = write(
    'a.js',
    `(self.webpackJsonp=self.webpackJsonp||[]).push([[1],{"10":${shared},"11":function(){}}])`,
  )
  const b = write('b.js', `(self.webpackJsonp=self.webpackJsonp||[]).push([[2],{"10":${shared}}])`)
  expect([...a.modules.keys()]).toEqual(['10', '11'])
  const report = duplication([a, b])
  expect(report.duplicatedBytes).toBe(shared.length)
  expect(report.top).toEqual([{ id: '10', bytes: shared.length, copies: 2 }])
  expect(report.ratio).toBeCloseTo(shared.length / (a.bytes + b.bytes))
})

test('CLS is the worst session window, and shifts right after input do not count', () => {
  const shifts = [
    { value: 0.05, startTime: 100, hadRecentInput: false },
    { value: 0.05, startTime: 900, hadRecentInput: false },
    // more than a second later: a new window
    { value: 0.08, startTime: 2500, hadRecentInput: false },
    { value: 0.5, startTime: 2600, hadRecentInput: true },
  ]
  expect(clsOf(shifts)).toBeCloseTo(0.1)
  expect(clsOf([])).toBe(0)
})

test('a page passes at 90, or under load at 90% of the bare app when the bare app itself is under 90', () => {
  expect(pagePasses(90, undefined)).toBe(true)
  expect(pagePasses(89, undefined)).toBe(false)
  expect(pagePasses(89, 96)).toBe(false)
  expect(pagePasses(70, 75)).toBe(true)
  expect(pagePasses(60, 75)).toBe(false)
  const run = (score: number) => ({ page: 'home', score, lcpMs: 0, tbtMs: 0, cls: 0 })
  expect(medianRun([run(95), run(60), run(91)]).score).toBe(91)
})
