/** The product lifecycle states; the list lives with the values the panel shares (contract/values.ts). */
export { productLifecycleStates } from '../contract/values';
