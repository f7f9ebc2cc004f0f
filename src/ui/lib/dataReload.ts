import { createContext, useContext } from 'react'

/**
 * After a restore every screen must read the data again. App provides this: it remounts the
 * workspace view, so each screen loads afresh without a page reload.
 */
export const DataReloadContext = createContext<() => void>(() => {})

export const useReloadAllData = () => useContext(DataReloadContext)
