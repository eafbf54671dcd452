import { endpoints, endpointsByDomain } from '../../../../src/services/contract'

test('no two domains declare the same endpoint: the joined map holds every one', () => {
  const declared = Object.values(endpointsByDomain).flatMap((map) => Object.keys(map))
  expect(new Set(declared).size).toBe(declared.length)
  expect(Object.keys(endpoints).sort()).toEqual([...declared].sort())
})
