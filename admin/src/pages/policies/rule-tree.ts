import type {
  RuleCondition,
  RuleFact,
  RuleLeaf,
  RuleValue,
} from '../../../../src/services/contract'

export type Group = Extract<RuleCondition, { all: unknown } | { any: unknown }>
export type Path = readonly number[]

export const isGroup = (c: RuleCondition): c is Group => 'all' in c || 'any' in c
export const childrenOf = (g: Group): RuleCondition[] => ('all' in g ? g.all : g.any)
export const kindOfGroup = (g: Group): 'all' | 'any' => ('all' in g ? 'all' : 'any')

/** The builder edits a group at the root; a single condition is the group of one. */
export const asRootGroup = (c: RuleCondition): Group => (isGroup(c) ? c : { all: [c] })

export function withChildren(g: Group, children: RuleCondition[], kind = kindOfGroup(g)): Group {
  const clause = g.clause
  const base = kind === 'all' ? { all: children } : { any: children }
  return clause === undefined ? base : { ...base, clause }
}

/** `node` with the node at `path` (relative to it) replaced by `fn` of it. */
export function updateAt(
  node: RuleCondition,
  path: Path,
  fn: (c: RuleCondition) => RuleCondition,
): RuleCondition {
  if (path.length === 0) return fn(node)
  if (!isGroup(node)) return node
  const [head, ...rest] = path
  const children = childrenOf(node).map((c, i) => (i === head ? updateAt(c, rest, fn) : c))
  return withChildren(node, children)
}

export function removeAt(node: RuleCondition, path: Path): RuleCondition {
  const parent = path.slice(0, -1)
  const index = path[path.length - 1]
  return updateAt(node, parent, (g) =>
    isGroup(g)
      ? withChildren(
          g,
          childrenOf(g).filter((_, i) => i !== index),
        )
      : g,
  )
}

export function appendAt(node: RuleCondition, path: Path, child: RuleCondition): RuleCondition {
  return updateAt(node, path, (g) => (isGroup(g) ? withChildren(g, [...childrenOf(g), child]) : g))
}

/** The value a fact starts with when chosen: something the administrator then edits. */
export function initialValue(fact: RuleFact, op: string): RuleValue {
  if (fact.kind === 'number') return op === 'between' ? [0, 0] : 0
  if (fact.kind === 'bool') return true
  return []
}

export function leafFor(fact: RuleFact, clause = ''): RuleLeaf {
  const op = fact.ops[0]?.value ?? ''
  return { fact: fact.key, op, value: initialValue(fact, op), clause }
}

/** Where a node sits, as the server's messages name it: 条件 1.2. */
export const pathLabel = (path: Path) =>
  path.length === 0 ? '条件' : `条件 ${path.map((i) => i + 1).join('.')}`
