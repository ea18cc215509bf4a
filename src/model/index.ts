/** Types shared by every layer. No behaviour lives here beyond tiny factories. */
export type * from './annotation.js'
export type * from './article.js'
export { type ErrorCode, ParallaxError } from './errors.js'
export type * from './extraction.js'
export type * from './message.js'
export type * from './raw.js'
export type * from './story.js'
