import { Button, Center, Fieldset, Group, SegmentedControl, Select, Slider, Stack, Switch, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useRef } from 'react'
import { LIVE_COMMANDS, type LiveCommand } from '../../../core/api/channels'
import { LOCALE_NAMES, LocaleSettingSchema, resolveLocale, type LocaleSetting } from '../../../core/model/locale'
import { SettingsSchema, type Settings } from '../../../core/storage/workspaceDocument'
import { LoadState } from '../../components/LoadState'
import { PageHeader } from '../../components/PageHeader'
import { hrefFor } from '../../lib/route'
import { SCHEME_CHOICES, useColorSchemeChoice } from '../../lib/colorScheme'
import { updateSettings } from '../../lib/settings'
import { ChimePlayer } from '../../lib/chimes'
import { useRequest } from '../../lib/useRequest'
import { zodValidate } from '../../lib/zodValidate'
import { clockTime, weekdayDate } from '../../../core/i18n/dates'
import { systemLanguages, useSetLocaleSetting } from '../../i18n/LocaleContext'

const COMMAND_LABELS: Record<LiveCommand, string> = {
  toggle: 'Start, pause or resume',
  next: 'Next item',
  previous: 'Previous item',
  'plus-minute': 'One more minute',
  'minus-minute': 'One minute less',
  mute: 'Mute chimes'
}

function SettingsForm({ initial }: { initial: Settings }) {
  const form = useForm<Settings>({ mode: 'controlled', initialValues: initial, validate: zodValidate(SettingsSchema) })
  const player = useRef<ChimePlayer | null>(null)
  const setLocaleSetting = useSetLocaleSetting()
  const shown = resolveLocale(form.values.locale, systemLanguages())
  const preview = (cue: 'warning' | 'danger' | 'overtime') => {
    player.current ??= new ChimePlayer()
    player.current.setLevel(form.values.chimeVolume, false)
    player.current.preview(cue)
  }
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(async (values) => {
        // Appearance saves as soon as it is picked; the form saves the rest.
        const { colorScheme: _picked, ...rest } = values
        const result = await updateSettings(rest)
        if (result.ok) setLocaleSetting(result.data.locale)
        notifications.show(result.ok ? { color: 'green', message: 'Settings saved.' } : { color: 'red', message: result.error.message })
      })}
    >
      <Stack maw={720} gap="lg">
        <Appearance />
        <Fieldset legend="Dates and times">
          <Select
            label="Language and region"
            description={`Dates and times on screen will read like this: ${weekdayDate(Date.now(), shown)}, ${clockTime(Date.now(), shown)}.`}
            data={LocaleSettingSchema.options.map((value) => ({ value, label: LOCALE_NAMES[value] }))}
            allowDeselect={false}
            {...form.getInputProps('locale')}
            onChange={(value) => form.setFieldValue('locale', LocaleSettingSchema.catch('system').parse(value) satisfies LocaleSetting)}
          />
        </Fieldset>
        <Fieldset legend="Chimes">
          <Stack>
            <Text size="sm" c="dimmed">
              One beep when an item reaches its warning share (20 % left by default), two at danger (5 %), three at zero. Colours and words on screen always say the same.
            </Text>
            <Switch label="Mute chimes" {...form.getInputProps('chimesMuted', { type: 'checkbox' })} />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="volume-label">
                Volume
              </Text>
              <Slider min={0} max={1} step={0.05} aria-labelledby="volume-label" thumbLabel="Chime volume" label={(v) => `${Math.round(v * 100)} %`} {...form.getInputProps('chimeVolume')} />
            </Stack>
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={() => preview('warning')}>
                Hear warning
              </Button>
              <Button variant="default" size="xs" onClick={() => preview('danger')}>
                Hear danger
              </Button>
              <Button variant="default" size="xs" onClick={() => preview('overtime')}>
                Hear over time
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Fieldset legend="Global shortcuts (desktop app)">
          <Stack>
            <Text size="sm" c="dimmed">
              These work while the video call has focus. Join keys with +, e.g. CommandOrControl+Alt+Space. Leave a field empty to
              turn that shortcut off.
            </Text>
            {LIVE_COMMANDS.map((command) => (
              <TextInput key={command} label={COMMAND_LABELS[command]} {...form.getInputProps(`globalShortcuts.${command}`)} />
            ))}
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit">Save settings</Button>
        </Group>
      </Stack>
    </form>
  )
}

/** Saved at once and shown at once: there is nothing to confirm about a colour scheme. */
function Appearance() {
  const { colorScheme, choose } = useColorSchemeChoice()
  return (
    <Fieldset legend="Appearance">
      <Stack gap="xs">
        <Text size="sm" id="scheme-label">
          Colour scheme. System follows your computer’s light or dark setting.
        </Text>
        <SegmentedControl
          aria-labelledby="scheme-label"
          value={colorScheme}
          onChange={(value) => void choose(SCHEME_CHOICES.find((c) => c.value === value)?.value ?? 'auto')}
          data={SCHEME_CHOICES.map((choice) => ({
            value: choice.value,
            label: (
              <Center style={{ gap: 8 }}>
                <choice.icon size={16} aria-hidden />
                <span>{choice.label}</span>
              </Center>
            )
          }))}
          maw={420}
        />
      </Stack>
    </Fieldset>
  )
}

export function SettingsScreen() {
  const { loaded, reload } = useRequest('settings/get', {}, 'settings')
  return (
    <>
      <PageHeader
        title="Settings"
        subtitle="Appearance, dates and times, chimes and shortcuts for running a live session."
        actions={
          <Button component="a" href={hrefFor({ screen: 'backups' })} variant="default">
            Backups and restore
          </Button>
        }
      />
      <LoadState loaded={loaded} retry={reload}>
        {(settings) => <SettingsForm initial={settings} />}
      </LoadState>
    </>
  )
}
