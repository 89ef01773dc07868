export { assess, evaluatePolicy } from './assess'
export type { AssessInput, AssessOptions } from './assess'
export type * from './types'
export { RULE_SET_VERSION, RULES, RULES_BY_ID } from '../rules/registry'
