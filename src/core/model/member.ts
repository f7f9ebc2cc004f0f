import { z } from 'zod'
import { IdSchema } from './ids'

export const MEMBER_ROLES = ['member', 'guest', 'facilitator'] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

export const MemberInputSchema = z.object({
  name: z.string().trim().min(1, 'Enter the member’s name.').max(120, 'Keep the name under 120 characters.'),
  email: z.union([z.literal(''), z.email('That email address does not look right.').max(254)]),
  professionalBody: z.string().trim().max(120, 'Keep this under 120 characters.'),
  registrationNumber: z.string().trim().max(60, 'Keep this under 60 characters.'),
  role: z.enum(MEMBER_ROLES)
})

export const MemberSchema = MemberInputSchema.extend({
  id: IdSchema,
  groupId: IdSchema,
  createdAt: z.string()
})

export type MemberInput = z.infer<typeof MemberInputSchema>
export type Member = z.infer<typeof MemberSchema>

export const NEW_MEMBER_DEFAULTS: MemberInput = {
  name: '',
  email: '',
  professionalBody: '',
  registrationNumber: '',
  role: 'member'
}
