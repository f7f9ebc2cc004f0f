import type { Handlers } from '../../../src/core/api/contract'
import { findCertificate } from '../../../src/core/attendance/certificateRegister'
import { HearthError } from '../../../src/core/errors'
import type { Group } from '../../../src/core/model/group'
import { documentWords } from '../exports/documentLocale'
import { requireGroup, type ServiceContext } from '../serviceContext'
import { attendanceSummary } from './attendanceSummary'
import { cpdLogFileName, cpdLogFor, writeCpdLog } from './cpdLogExport'
import { storeImage } from './images'
import { issueCertificates, writeCertificates } from './issueCertificates'

type CertificateChannels = 'cpd/update-rule' | 'cpd/set-image' | 'attendance/summary' | 'certificates/export' | 'certificates/find' | 'cpd/export-log'

const noDialog = () => new HearthError('internal', (w) => w.request.noSaveDialog)

export function certificateHandlers(context: ServiceContext): Pick<Handlers, CertificateChannels> {
  const { options, workspace, writableWorkspace, session } = context
  const choose = options.hooks?.chooseDestination

  const updateGroup = async (groupId: string, change: (group: Group) => void): Promise<Group> =>
    (await writableWorkspace()).update((ws) => {
      const group = requireGroup(ws, groupId)
      change(group)
      group.updatedAt = options.now().toISOString()
      return structuredClone(group)
    })

  return {
    'cpd/update-rule': async ({ groupId, rule }) =>
      updateGroup(groupId, (group) => {
        group.cpd = { ...rule, signature: group.cpd.signature, logo: group.cpd.logo }
      }),

    'cpd/set-image': async ({ groupId, which, dataBase64 }) => {
      requireGroup((await workspace()).data, groupId)
      const ref = dataBase64 === null ? undefined : await storeImage(options.dataDir, groupId, which, Buffer.from(dataBase64, 'base64'))
      return updateGroup(groupId, (group) => {
        if (ref) group.cpd[which] = ref
        else delete group.cpd[which]
      })
    },

    'attendance/summary': async ({ sessionId }) => {
      const file = (await session(sessionId)).data
      const ws = (await workspace()).data
      return attendanceSummary(ws, requireGroup(ws, file.plan.groupId), file, options.now().getTime(), await context.errorWords())
    },

    'certificates/export': async ({ sessionId, personIds, layout }) => {
      if (!choose) throw noDialog()
      const issuedBefore = (await session(sessionId)).data.plan
      const t = documentWords(await context.documentLocale()).t
      const destination =
        layout === 'one-file'
          ? await choose({ kind: 'file', title: t.dialogs.saveCertificates, suggestedName: `${t.fileNames.certificates(issuedBefore.scheduledStart.slice(0, 10), issuedBefore.title)}.docx`, extension: 'docx' })
          : await choose({ kind: 'folder', title: t.dialogs.certificatesFolder })
      if (destination === null) return { cancelled: true as const }
      const issued = await issueCertificates(context, { sessionId, personIds })
      const files = await writeCertificates(issued, layout === 'one-file' ? { kind: 'file', path: destination } : { kind: 'folder', folder: destination })
      return { cancelled: false as const, files, duplicates: issued.duplicates }
    },

    'certificates/find': async ({ certificateId }) => findCertificate((await workspace()).data.certificates, certificateId) ?? null,

    'cpd/export-log': async ({ groupId, memberId, from, to }) => {
      if (!choose) throw noDialog()
      const log = await cpdLogFor(context, groupId, memberId, { from, to })
      if (log.rows.length === 0) throw new HearthError('invalid-input', (w) => w.certificates.noCredit(log.participantName, from, to))
      const locale = await context.documentLocale()
      const path = await choose({ kind: 'file', title: documentWords(locale).t.dialogs.saveCpdLog, suggestedName: cpdLogFileName(log, locale), extension: 'docx' })
      if (path === null) return { cancelled: true as const }
      const paper = requireGroup((await workspace()).data, groupId).cpd.paper
      return { cancelled: false as const, files: await writeCpdLog(log, path, paper, locale), duplicates: 0 }
    }
  }
}
