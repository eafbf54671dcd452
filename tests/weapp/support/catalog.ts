// The 办事 items and 一件事 the specs open, as the server seeds them.
import { catalogSeed } from '../../../mock/modules/catalog/data'

function item(id: string) {
  const found = catalogSeed.items.find((i) => i.id === id)
  if (!found) throw new Error(`the seeded catalog has no item ${id}`)
  return found
}

function bundle(id: string) {
  const found = catalogSeed.bundles.find((b) => b.id === id)
  if (!found) throw new Error(`the seeded catalog has no bundle ${id}`)
  return found
}

export const clinicFiling = item('health-clinic-filing')
export const doctorChange = item('health-doctor-change')
export const nurseChange = item('health-nurse-change')
export const llcSetup = item('market-llc-setup')
export const clinicBundle = bundle('bundle-clinic-filing')
