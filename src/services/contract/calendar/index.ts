export * from './days'
export * from './format'
export * from './working-days'
