import { z } from 'zod'
import { LOCALE_SETTINGS, type LocaleSetting } from './locale'

/** A saved language choice: 'system' or one of the app's locales. */
export const LocaleSettingSchema = z.enum(LOCALE_SETTINGS) satisfies z.ZodType<LocaleSetting>
