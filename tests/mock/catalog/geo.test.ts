import { distanceMeters } from '../../../mock/modules/catalog/geo'

test('haversine distance matches known values', () => {
  const centre = { latitude: 40.6469, longitude: 109.8535 }
  expect(distanceMeters(centre, centre)).toBe(0)
  // One hundredth of a degree of latitude is about 1.11 km everywhere.
  expect(distanceMeters(centre, { latitude: 40.6569, longitude: 109.8535 })).toBeGreaterThan(1100)
  expect(distanceMeters(centre, { latitude: 40.6569, longitude: 109.8535 })).toBeLessThan(1120)
  // 包头 to 呼和浩特 is roughly 150 km.
  const hohhot = { latitude: 40.8424, longitude: 111.749 }
  expect(Math.round(distanceMeters(centre, hohhot) / 1000)).toBeGreaterThan(150)
  expect(Math.round(distanceMeters(centre, hohhot) / 1000)).toBeLessThan(170)
})
