import { lazyCallerFor } from '../../services/http'
import { endpointsOf } from '../../services/contract/lazy-endpoints'

// Apart from api.ts, which the 办事 tab loads: only the guide page (a subpackage) needs media.
const call = lazyCallerFor(endpointsOf.media)

/** The video chapters that explain an item, best first (the guide's “看视频讲解”). */
export const explainingChapters = (itemId: string) =>
  call('GET /api/v1/media/chapters', { query: { itemId } }).then((r) => r.items)
