import { useEffect, useState } from 'react'

/**
 * A contract schema for checks while the user types, loaded when the screen opens
 * (`schemasOf`, contract/lazy-schemas.ts); null until it arrives, and the check waits for it.
 */
export function useContractSchema<S>(load: () => Promise<S>): S | null {
  const [schema, setSchema] = useState<S | null>(null)
  useEffect(() => {
    let open = true
    load().then(
      (loaded) => open && setSchema(() => loaded),
      // A failed download shows up on send, which loads it again.
      () => undefined,
    )
    return () => {
      open = false
    }
    // The loader is a module-level function: the schema is loaded once per screen.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return schema
}
