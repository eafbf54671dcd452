import { useState } from 'react'

/**
 * A record the screen may update after an action (a cancel, a rating), that still follows a
 * newer copy from the server (a refresh on show, a poll) instead of keeping the first one forever.
 */
export function useRecord<T>(fromServer: T) {
  const [record, setRecord] = useState(fromServer)
  const [seen, setSeen] = useState(fromServer)
  if (seen !== fromServer) {
    setSeen(fromServer)
    setRecord(fromServer)
  }
  return [record, setRecord] as const
}
