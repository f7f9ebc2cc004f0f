import { Alert, Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { verifyCertificate } from '../../../core/attendance/certificateCode'
import type { VerifiedFields } from '../../../core/attendance/certificateFields'
import { call } from '../../lib/api'
import { longDate } from '../../../core/i18n/dates'
import { useLocale } from '../../i18n/LocaleContext'

const EMPTY: VerifiedFields = { participantName: '', registrationNumber: '', activityTitle: '', sessionDate: '', cpdHours: '', creditType: '', providerName: '', certificateId: '', issueDate: '' }
const LABELS: Record<keyof VerifiedFields, string> = {
  participantName: 'Participant',
  registrationNumber: 'Registration number',
  activityTitle: 'Activity',
  sessionDate: 'Session date (YYYY-MM-DD)',
  cpdHours: 'CPD hours',
  creditType: 'Credit type',
  providerName: 'Provider',
  certificateId: 'Certificate ID',
  issueDate: 'Issue date (YYYY-MM-DD)'
}

/**
 * Checks a certificate someone shows: the code is recomputed from what is typed (no network), and
 * the ID is looked up in this group's register.
 */
export function VerifyCertificateCard() {
  const locale = useLocale()
  const [fields, setFields] = useState<VerifiedFields>(EMPTY)
  const [code, setCode] = useState('')
  const [verdict, setVerdict] = useState<{ ok: boolean; text: string } | null>(null)

  const check = async () => {
    const matches = verifyCertificate(fields, code)
    const found = fields.certificateId.trim() ? await call('certificates/find', { certificateId: fields.certificateId }) : null
    const inRegister = found?.ok && found.data ? ` It is in this Hearth’s register: issued to ${found.data.fields.participantName} on ${longDate(found.data.fields.issueDate, locale)}.` : ' It is not in this Hearth’s register.'
    setVerdict(matches ? { ok: true, text: `The code matches these details.${inRegister}` } : { ok: false, text: `The code does not match these details: a field or the code was changed or mistyped.${inRegister}` })
  }

  return (
    <Card withBorder padding="lg" data-testid="verify-certificate">
      <Title order={2} size="h4" mb="xs">
        Verify a certificate
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Type the details exactly as printed. Case, spaces and dashes in the code do not matter.
      </Text>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {(Object.keys(LABELS) as (keyof VerifiedFields)[]).map((key) => (
            <TextInput key={key} label={LABELS[key]} value={fields[key]} onChange={(e) => setFields({ ...fields, [key]: e.currentTarget.value })} />
          ))}
        </SimpleGrid>
        <Group align="flex-end">
          <TextInput label="Verification code" value={code} onChange={(e) => setCode(e.currentTarget.value)} w={220} />
          <Button onClick={() => void check()}>Verify</Button>
        </Group>
        {verdict ? (
          <Alert color={verdict.ok ? 'green' : 'red'} role="status">
            {verdict.text}
          </Alert>
        ) : null}
      </Stack>
    </Card>
  )
}
