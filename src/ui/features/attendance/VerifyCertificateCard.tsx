import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core'
import { useForm } from '@mantine/form'
import { useState } from 'react'
import { looksLikeCertificateId, looksLikeVerificationCode, verifyCertificate } from '../../../core/attendance/certificateCode'
import type { VerifiedFields } from '../../../core/attendance/certificateFields'
import { call } from '../../lib/api'
import { longDate } from '../../../core/i18n/dates'
import { useLocale, useT } from '../../i18n/LocaleContext'

type Typed = VerifiedFields & { code: string }

const EMPTY: Typed = { participantName: '', registrationNumber: '', activityTitle: '', sessionDate: '', cpdHours: '', creditType: '', providerName: '', certificateId: '', issueDate: '', code: '' }
const FIELDS: readonly (keyof VerifiedFields)[] = ['participantName', 'registrationNumber', 'activityTitle', 'sessionDate', 'cpdHours', 'creditType', 'providerName', 'certificateId', 'issueDate']
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value.trim())
// Hours as an English or a French certificate prints them: 1.5, 1,25, 2.
const isHours = (value: string) => /^\d{1,3}([.,]\d{1,2})?$/.test(value.trim())

/**
 * Checks a certificate someone shows: the code is recomputed from what is typed (no network), and
 * the ID is looked up in this group's register. A field in the wrong shape is named before that,
 * so a typo is not reported as a forged certificate.
 */
export function VerifyCertificateCard() {
  const locale = useLocale()
  const words = useT().attendance.verify
  const required = (value: string) => (value.trim() === '' ? words.errors.required : null)
  const form = useForm<Typed>({
    mode: 'controlled',
    initialValues: EMPTY,
    validate: {
      participantName: required,
      activityTitle: required,
      creditType: required,
      providerName: required,
      sessionDate: (value) => (isDate(value) ? null : words.errors.date),
      issueDate: (value) => (isDate(value) ? null : words.errors.date),
      cpdHours: (value) => (isHours(value) ? null : words.errors.hours),
      certificateId: (value) => (looksLikeCertificateId(value) ? null : words.errors.certificateId),
      code: (value) => (looksLikeVerificationCode(value) ? null : words.errors.code)
    }
  })
  const [verdict, setVerdict] = useState<{ ok: boolean; text: string } | null>(null)

  const check = async ({ code, ...fields }: Typed) => {
    const matches = verifyCertificate(fields, code)
    const found = await call('certificates/find', { certificateId: fields.certificateId })
    const inRegister = found.ok && found.data ? words.inRegister(found.data.fields.participantName, longDate(found.data.fields.issueDate, locale)) : words.notInRegister
    setVerdict(matches ? { ok: true, text: words.matches(inRegister) } : { ok: false, text: words.noMatch(inRegister) })
  }

  return (
    <Card withBorder padding="lg" data-testid="verify-certificate">
      <Title order={2} size="h4" mb="xs">
        {words.title}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {words.intro}
      </Text>
      <form
        noValidate
        onSubmit={form.onSubmit((typed) => void check(typed), () => setVerdict(null))}
      >
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {FIELDS.map((key) => (
              <TextInput key={key} label={words.fields[key]} {...form.getInputProps(key)} />
            ))}
          </SimpleGrid>
          <Group align="flex-start">
            <TextInput label={words.code} {...form.getInputProps('code')} w={280} />
            <Button type="submit" mt={25}>
              {words.verify}
            </Button>
          </Group>
          {verdict ? (
            <Alert color={verdict.ok ? 'green' : 'red'} role="status">
              {verdict.text}
            </Alert>
          ) : null}
        </Stack>
      </form>
    </Card>
  )
}
