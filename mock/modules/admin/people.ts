import type { Repos } from '../repositories'

export interface Person {
  id: string
  nickname: string
}

export async function personOf(repos: Repos, userId: string | null): Promise<Person | null> {
  if (userId === null) return null
  return { id: userId, nickname: (await repos.users.findById(userId))?.nickname ?? '已注销的用户' }
}
