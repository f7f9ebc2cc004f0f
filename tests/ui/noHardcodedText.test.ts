import { describe, expect, it } from 'vitest'
import { findHardcodedText, scanRenderer } from './hardcodedText'

const found = scanRenderer(process.cwd())

// One test an area, so whoever moves an area's words into the catalogues sees that area pass.
const AREAS = ['features/live', 'features/protocols', 'features/notes', 'features/closing', 'features/attendance', 'features/groups', 'features/members', 'features/sessions', 'features/settings', 'features/backups', 'components', 'lib', 'App.tsx', 'theme.ts']

describe('every word on screen comes from the message catalogues (src/core/i18n)', () => {
  it.each(AREAS)('src/ui/%s writes no text of its own', (area) => {
    const here = found.filter((hit) => hit.file.startsWith(`src/ui/${area}`)).map((hit) => `${hit.file}:${hit.line}  ${hit.text}`)
    expect(here).toEqual([])
  })

  it('covers every file of the renderer', () => {
    const outside = found.filter((hit) => !AREAS.some((area) => hit.file.startsWith(`src/ui/${area}`)) && !hit.file.startsWith('src/ui/i18n'))
    expect(outside).toEqual([])
  })
})

describe('the scanner finds what it is meant to', () => {
  const hits = (code: string) => findHardcodedText('Probe.tsx', code).map((hit) => hit.text)

  it('catches text in JSX, in attributes, in conditionals and in notification objects', () => {
    expect(hits('const a = <Button>Start session</Button>')).toEqual(['Start session'])
    expect(hits('const a = <TextInput label="Name" />')).toEqual(['Name'])
    expect(hits("const a = <TextInput label={busy ? 'Saving…' : 'Save'} />")).toEqual(['Saving…', 'Save'])
    expect(hits('const a = <Radio label={`${time}, as scheduled`} />')).toEqual([', as scheduled'])
    expect(hits("notifications.show({ title: 'Saved', message: 'The summary is on disk.' })")).toEqual(['Saved', 'The summary is on disk.'])
    expect(hits("const a = <ActionIcon aria-label=\"close\" />")).toEqual(['close'])
  })

  it('leaves code alone: class names, tokens, ids, keys and lines marked i18n-ignore', () => {
    expect(hits('const a = <Text c="dimmed" size="sm" className="Big title" aria-live="polite" />')).toEqual([])
    expect(hits("const a = <Text>{t.live.start.title}</Text>")).toEqual([])
    expect(hits("const key = 'settings/get'; const mode = 'light'")).toEqual([])
    expect(hits("const brand = <Text>Hearth</Text> // i18n-ignore: the product's name is the same in every language")).toEqual([])
  })
})
