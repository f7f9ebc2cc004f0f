import { fail, ok, type Result } from '../../../src/core/errors'
import { errorCode, type DurableFs } from '../storage/fileSystem'
import { buildKeyFile, findWrapping, keyFilePath, newDataKey, readKeyFile, unwrapWithOsStore, wrapWithOsStore, writeKeyFile } from './keyFile'
import type { KeyProvider, KeyStatus } from './keyProvider'
import { noKey, serialQueue, unusableStatus } from './providerSupport'
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

const READY: KeyStatus = { state: 'ready', protection: 'os-store' }

const unavailable = (message: string): KeyStatus => ({ state: 'unavailable', reason: 'os-store-unavailable', message })

/**
 * The data key wrapped by the OS secret store (Keychain, DPAPI, a Linux keyring): nothing to
 * type. On first use it creates the key, so a "ready" status is true by the time it is reported.
 */
export function osStoreKeyProvider(options: OsStoreKeyProviderOptions): OsStoreKeyProvider {
  const path = keyFilePath(options.dataDir)
  const store = options.secretStore
  const serial = serialQueue()
  let unlocked: DataKey | null = null

  const create = async (): Promise<KeyStatus> => {
    const dek = newDataKey()
    try {
      await writeKeyFile(path, buildKeyFile(dek, [await wrapWithOsStore(dek, store)]), options)
    } catch (error) {
      return unavailable(
        `Hearth could not set up the key for confidential notes (${errorCode(error) ?? 'error'}). Check free disk space and that the system keychain is unlocked, then try again.`
      )
    }
    unlocked = dek
    return READY
  }

  const load = (): Promise<KeyStatus> =>
    serial(async () => {
      if (unlocked) return READY
      // Refuse even if the chooser was bypassed: a 'basic_text' wrap is plaintext with extra steps.
      if (!(await isProtectiveStore(store)))
        return unavailable('This computer has no system keychain Hearth can use to protect confidential notes. Use a passphrase instead.')
      const read = await readKeyFile(path, options.fs)
      if (read.status === 'missing') return create()
      if (read.status === 'unusable') return unusableStatus(read)
      const wrapping = findWrapping(read.file, 'os-store')
      if (!wrapping) return unavailable('The confidential notes on this computer are protected by a passphrase, not by the system keychain.')
      const key = await unwrapWithOsStore(read.file, wrapping, store)
      if (!key)
        return unavailable(
          'The system keychain could not unlock the confidential notes. It may have been reset, or this data folder came from another computer or user account. The key file was left as it is.'
        )
      unlocked = { keyId: read.file.keyId, key }
      return READY
    })

  return {
    protection: 'os-store',
    status: load,

    async dataKey(): Promise<Result<DataKey>> {
      const current = await load()
      if (current.state !== 'ready') return noKey(current)
      if (!unlocked) return fail('internal', 'The notes key is not available; try again.')
      return ok({ keyId: unlocked.keyId, key: unlocked.key.slice() })
    },

    async unlock() {
      const current = await load()
      // No passphrase protects this key, so there is nothing to check one against.
      return current.state === 'ready' ? fail('invalid-input', 'The system keychain protects the confidential notes on this computer; no passphrase is needed.') : noKey(current)
    }
  }
}
