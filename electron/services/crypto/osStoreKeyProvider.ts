import { ok, refuse, type Outcome } from '../../../src/core/errors'
import { errorCode, type DurableFs } from '../storage/fileSystem'
import { buildKeyFile, findWrapping, keyFilePath, newDataKey, readKeyFile, unwrapWithOsStore, wrapWithOsStore, writeKeyFile } from './keyFile'
import type { KeyProvider, KeyStatus, ProviderStatus } from './keyProvider'
import { noKey, serialQueue, storeUnavailable, unusableStatus } from './providerSupport'
import type { DataKey } from './sealedBox'
import { isProtectiveStore, type SecretStore } from './secretStore'

export interface OsStoreKeyProviderOptions {
  dataDir: string
  secretStore: SecretStore
  fs?: DurableFs
  platform?: NodeJS.Platform
  onWarning?: (message: string) => void
}

export interface OsStoreKeyProvider extends KeyProvider {
  readonly protection: 'os-store'
}

const READY = { state: 'ready', protection: 'os-store' } satisfies KeyStatus


/**
 * The data key wrapped by the OS secret store (Keychain, DPAPI, a Linux keyring): nothing to
 * type. On first use it creates the key, so a "ready" status is true by the time it is reported.
 */
export function osStoreKeyProvider(options: OsStoreKeyProviderOptions): OsStoreKeyProvider {
  const path = keyFilePath(options.dataDir)
  const store = options.secretStore
  const serial = serialQueue()
  let unlocked: DataKey | null = null

  const create = async (): Promise<ProviderStatus> => {
    const dek = newDataKey()
    try {
      await writeKeyFile(path, buildKeyFile(dek, [await wrapWithOsStore(dek, store)]), options)
    } catch (error) {
      const code = errorCode(error) ?? null
      return storeUnavailable((w) => w.keys.cannotSetUp(code))
    }
    unlocked = dek
    return READY
  }

  const load = (): Promise<ProviderStatus> =>
    serial(async () => {
      if (unlocked) return READY
      // Refuse even if the chooser was bypassed: a 'basic_text' wrap is plaintext with extra steps.
      if (!(await isProtectiveStore(store)))
        return storeUnavailable((w) => w.keys.noKeychain)
      const read = await readKeyFile(path, options.fs)
      if (read.status === 'missing') return create()
      if (read.status === 'unusable') return unusableStatus(read)
      const wrapping = findWrapping(read.file, 'os-store')
      if (!wrapping) return storeUnavailable((w) => w.keys.passphraseOnly)
      const key = await unwrapWithOsStore(read.file, wrapping, store)
      if (!key)
        return storeUnavailable((w) => w.keys.keychainRefused)
      unlocked = { keyId: read.file.keyId, key }
      return READY
    })

  return {
    protection: 'os-store',
    status: load,

    async dataKey(): Promise<Outcome<DataKey>> {
      const current = await load()
      if (current.state !== 'ready') return noKey(current)
      if (!unlocked) return refuse('internal', (w) => w.keys.notAvailable)
      return ok({ keyId: unlocked.keyId, key: unlocked.key.slice() })
    },

    async unlock() {
      const current = await load()
      // No passphrase protects this key, so there is nothing to check one against.
      return current.state === 'ready' ? refuse('invalid-input', (w) => w.keys.noPassphraseNeeded) : noKey(current)
    }
  }
}
