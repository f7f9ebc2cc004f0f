import { lazy, type ComponentType, type LazyExoticComponent } from 'react'

/**
 * React.lazy for a named export: the screen's code is fetched the first time it is shown, so the
 * first paint only pays for what it draws.
 */
export function lazyNamed<P extends object, K extends string>(load: () => Promise<Record<K, ComponentType<P>>>, name: K): LazyExoticComponent<ComponentType<P>> {
  return lazy(async () => ({ default: (await load())[name] }))
}
