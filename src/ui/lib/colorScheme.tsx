import { ActionIcon, Menu, Tooltip, useMantineColorScheme } from '@mantine/core'
import { notifications } from '@mantine/notifications'
import { IconCheck, IconDeviceDesktop, IconMoon, IconSun } from '@tabler/icons-react'
import { useCallback, useEffect } from 'react'
import type { ColorSchemeSetting } from '../../core/storage/workspaceDocument'
import { call } from './api'
import { updateSettings } from './settings'
import { useT } from '../i18n/LocaleContext'

/** The three schemes; each is named from the catalogue (t.app.colorScheme[value]). */
export const SCHEME_CHOICES: { value: ColorSchemeSetting; icon: typeof IconSun }[] = [
  { value: 'light', icon: IconSun },
  { value: 'dark', icon: IconMoon },
  { value: 'auto', icon: IconDeviceDesktop }
]

/** Applies the scheme saved in the workspace settings once they load (Mantine keeps it meanwhile). */
export function useSavedColorScheme(): void {
  const { setColorScheme } = useMantineColorScheme()
  useEffect(() => {
    void call('settings/get', {}).then((result) => result.ok && setColorScheme(result.data.colorScheme))
  }, [setColorScheme])
}

/** The scheme now chosen, and a way to choose another that is saved in the workspace settings. */
export function useColorSchemeChoice() {
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  const notSaved = useT().app.colorScheme.notSaved
  const choose = useCallback(
    async (next: ColorSchemeSetting) => {
      setColorScheme(next)
      const saved = await updateSettings({ colorScheme: next })
      if (!saved.ok) notifications.show({ color: 'red', title: notSaved, message: saved.error.message })
    },
    [setColorScheme, notSaved]
  )
  return { colorScheme, choose }
}

/** Header menu: Light, Dark or System, each said in words as well as by its icon. */
export function ColorSchemeMenu() {
  const { colorScheme, choose } = useColorSchemeChoice()
  const t = useT().app.colorScheme
  const current = SCHEME_CHOICES.find((c) => c.value === colorScheme) ?? SCHEME_CHOICES[2]!
  const Icon = current.icon
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Tooltip label={t.current(t[current.value])}>
          <ActionIcon variant="subtle" size="lg" aria-label={t.current(t[current.value])}>
            <Icon aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t.menu}</Menu.Label>
        {SCHEME_CHOICES.map((choice) => (
          <Menu.Item
            key={choice.value}
            role="menuitemradio"
            aria-checked={choice.value === colorScheme}
            leftSection={<choice.icon size={16} aria-hidden />}
            rightSection={choice.value === colorScheme ? <IconCheck size={16} aria-hidden /> : null}
            onClick={() => void choose(choice.value)}
          >
            {t[choice.value]}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  )
}
