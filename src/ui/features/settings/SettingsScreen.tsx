import { Button, Center, Fieldset, Group, SegmentedControl, Select, Slider, Stack, Switch, Text, TextInput } from '@mantine/core'
import { useForm } from '@mantine/form'
import { notifications } from '@mantine/notifications'
import { useRef } from 'react'
import { LIVE_COMMANDS } from '../../../core/api/channels'
import { LOCALE_NAMES, resolveLocale, type LocaleSetting } from '../../../core/model/locale'
import { LocaleSettingSchema } from '../../../core/model/localeSetting'
import { SettingsSchema, type Settings } from '../../../core/storage/workspaceDocument'
import { LoadState } from '../../components/LoadState'
import { PageHeader } from '../../components/PageHeader'
import { hrefFor } from '../../lib/route'
import { SCHEME_CHOICES, useColorSchemeChoice } from '../../lib/colorScheme'
import { updateSettings } from '../../lib/settings'
import { ChimePlayer } from '../../lib/chimes'
import { useRequest } from '../../lib/useRequest'
import { issueWords, zodValidate } from '../../lib/zodValidate'
import { clockTime, weekdayDate } from '../../../core/i18n/dates'
import { systemLanguages, useSetLocaleSetting, useT } from '../../i18n/LocaleContext'
import type { Messages } from '../../../core/i18n/messages'

/** The shortcut fields are the only ones a person types into; the rest cannot be out of range. */
const explainSettingsIssue = (t: Messages) => (issue: Parameters<typeof issueWords>[1]) =>
  issue.path[0] === 'globalShortcuts' && issue.code === 'invalid_format' ? t.settings.shortcuts.badKeys : issueWords(t.app.validation, issue)

function SettingsForm({ initial }: { initial: Settings }) {
  const all = useT()
  const t = all.settings
  const form = useForm<Settings>({ mode: 'controlled', initialValues: initial, validate: zodValidate(SettingsSchema, explainSettingsIssue(all)) })
  const player = useRef<ChimePlayer | null>(null)
  const setLocaleSetting = useSetLocaleSetting()
  const shown = resolveLocale(form.values.locale, systemLanguages())
  // Like the colour scheme, the language is saved and shown the moment it is picked: the whole
  // window speaks it at once, and a person who picked the wrong one reads the menu in their own.
  const chooseLocale = async (locale: LocaleSetting) => {
    form.setFieldValue('locale', locale)
    setLocaleSetting(locale)
    const saved = await updateSettings({ locale })
    if (!saved.ok) notifications.show({ color: 'red', message: saved.error.message })
  }
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
        notifications.show(result.ok ? { color: 'green', message: t.saved } : { color: 'red', message: result.error.message })
      })}
    >
      <Stack maw={720} gap="lg">
        <Appearance />
        <Fieldset legend={t.language.legend}>
          <Select
            label={t.language.label}
            description={t.language.preview(weekdayDate(Date.now(), shown), clockTime(Date.now(), shown))}
            data={LocaleSettingSchema.options.map((value) => ({ value, label: value === 'system' ? t.language.system : LOCALE_NAMES[value] }))}
            allowDeselect={false}
            {...form.getInputProps('locale')}
            onChange={(value) => void chooseLocale(LocaleSettingSchema.catch('system').parse(value) satisfies LocaleSetting)}
          />
        </Fieldset>
        <Fieldset legend={t.chimes.legend}>
          <Stack>
            <Text size="sm" c="dimmed">
              {t.chimes.explain}
            </Text>
            <Switch label={t.chimes.mute} {...form.getInputProps('chimesMuted', { type: 'checkbox' })} />
            <Stack gap={4}>
              <Text size="sm" fw={500} id="volume-label">
                {t.chimes.volume}
              </Text>
              <Slider min={0} max={1} step={0.05} aria-labelledby="volume-label" thumbLabel={t.chimes.volumeThumb} label={(v) => t.chimes.percent(Math.round(v * 100))} {...form.getInputProps('chimeVolume')} />
            </Stack>
            <Group gap="xs">
              <Button variant="default" size="xs" onClick={() => preview('warning')}>
                {t.chimes.hearWarning}
              </Button>
              <Button variant="default" size="xs" onClick={() => preview('danger')}>
                {t.chimes.hearDanger}
              </Button>
              <Button variant="default" size="xs" onClick={() => preview('overtime')}>
                {t.chimes.hearOvertime}
              </Button>
            </Group>
          </Stack>
        </Fieldset>
        <Fieldset legend={t.shortcuts.legend}>
          <Stack>
            <Text size="sm" c="dimmed">
              {t.shortcuts.explain}
            </Text>
            {LIVE_COMMANDS.map((command) => (
              <TextInput key={command} label={t.shortcuts.commands[command]} {...form.getInputProps(`globalShortcuts.${command}`)} />
            ))}
          </Stack>
        </Fieldset>
        <Group>
          <Button type="submit">{t.save}</Button>
        </Group>
      </Stack>
    </form>
  )
}

/** Saved at once and shown at once: there is nothing to confirm about a colour scheme. */
function Appearance() {
  const { colorScheme, choose } = useColorSchemeChoice()
  const all = useT()
  const t = all.settings.appearance
  return (
    <Fieldset legend={t.legend}>
      <Stack gap="xs">
        <Text size="sm" id="scheme-label">
          {t.scheme}
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
                <span>{all.app.colorScheme[choice.value]}</span>
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
  const t = useT().settings
  return (
    <>
      <PageHeader
        title={t.title}
        subtitle={t.subtitle}
        actions={
          <Button component="a" href={hrefFor({ screen: 'backups' })} variant="default">
            {t.backupsLink}
          </Button>
        }
      />
      <LoadState loaded={loaded} retry={reload}>
        {(settings) => <SettingsForm initial={settings} />}
      </LoadState>
    </>
  )
}
