import type { Repos } from '../repositories'

export interface Person {
  id: string
  nickname: string
}

export async function personOf(repos: Repos, userId: string | null): Promise<Person | null> {
  if (userId === null) return null
  return { id: userId, nickname: (await repos.users.findById(userId))?.nickname ?? '已注销的用户' }
}

/**
 * Everyone a list names, read in one query (not one per row): `person(id)` of any id given,
 * null for null, 已注销的用户 for an account that is gone.
 */
export async function peopleOf(
  repos: Repos,
  ids: Iterable<string | null>,
): Promise<(userId: string | null) => Person | null> {
  const named = new Set<string>()
  for (const id of ids) if (id !== null) named.add(id)
  return personIn(await repos.users.nicknames([...named]))
}

/** `person(id)` out of nicknames already read: null for null, 已注销的用户 for an account gone. */
export const personIn =
  (nicknames: ReadonlyMap<string, string | null>) =>
  (userId: string | null): Person | null =>
    userId === null ? null : { id: userId, nickname: nicknames.get(userId) ?? '已注销的用户' }
