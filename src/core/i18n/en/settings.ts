/** English words of the Settings screen. */
export const settings = {
  title: 'Settings',
  subtitle: 'Appearance, language, dates and times, chimes and shortcuts for running a live session.',
  backupsLink: 'Backups and restore',
  saved: 'Settings saved.',
  save: 'Save settings',
  appearance: {
    legend: 'Appearance',
    scheme: 'Colour scheme. System follows your computer’s light or dark setting.'
  },
  language: {
    legend: 'Language, dates and times',
    label: 'Language and region',
    /** The choice that follows the computer; the languages themselves are named in their own language (LOCALE_NAMES). */
    system: 'Same as this computer',
    preview: (date: string, time: string) =>
      `Sets the language of Hearth’s words as well as how dates and times are written. Dates and times on screen will read like this: ${date}, ${time}.`
  },
  chimes: {
    legend: 'Chimes',
    explain:
      'One beep when an item reaches its warning share (20 % left by default), two at danger (5 %), three at zero. Colours and words on screen always say the same.',
    mute: 'Mute chimes',
    volume: 'Volume',
    volumeThumb: 'Chime volume',
    percent: (percent: number) => `${percent} %`,
    hearWarning: 'Hear warning',
    hearDanger: 'Hear danger',
    hearOvertime: 'Hear over time'
  },
  shortcuts: {
    legend: 'Global shortcuts (desktop app)',
    explain:
      'These work while the video call has focus. Join keys with +, e.g. CommandOrControl+Alt+Space. Leave a field empty to turn that shortcut off.',
    commands: {
      toggle: 'Start, pause or resume',
      next: 'Next item',
      previous: 'Previous item',
      'plus-minute': 'One more minute',
      'minus-minute': 'One minute less',
      mute: 'Mute chimes'
    },
    badKeys: 'Use keys joined with +, e.g. CommandOrControl+Alt+Space.'
  }
}
