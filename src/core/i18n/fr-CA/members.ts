import type { members as english } from '../en/members'

export const members = {
  intro:
    'Les membres sont les personnes dont vous notez la présence. Les personnes invitées se joignent à une seule séance et ne comptent pas dans la taille du groupe.',
  add: 'Ajouter un membre',
  empty: 'Aucun membre pour l’instant. Ajoutez les personnes qui participent aux rencontres, vous y compris\u00a0: la présence et les attestations en ont besoin.',
  addFirst: 'Ajouter le premier membre',
  table: {
    label: 'Membres',
    name: 'Nom',
    role: 'Rôle',
    email: 'Courriel',
    professionalBody: 'Ordre professionnel',
    registration: 'N° de permis',
    actions: 'Actions'
  },
  roles: {
    member: 'Membre',
    guest: 'Personne invitée',
    facilitator: 'Animation'
  },
  edit: 'Modifier',
  editName: (name: string) => `Modifier ${name}`,
  remove: 'Retirer',
  removeName: (name: string) => `Retirer ${name}`,
  editTitle: 'Modifier le membre',
  addTitle: 'Ajouter un membre',
  save: 'Enregistrer',
  saved: (name: string) => `Fiche de ${name} enregistrée.`,
  notRemoved: 'Non retiré',
  removed: (name: string) => `${name} ne fait plus partie du groupe.`,
  removeTitle: 'Retirer ce membre?',
  removeVerb: 'Retirer',
  removeFrom: (group: string) => `de ${group}? Ses présences passées restent liées aux séances passées.`,
  keep: 'Conserver',
  form: {
    name: 'Nom',
    nameHelp: 'Tel qu’inscrit à son ordre professionnel (utilisé sur les attestations)',
    role: 'Rôle',
    email: 'Courriel',
    optional: 'Facultatif',
    professionalBody: 'Ordre professionnel',
    professionalBodyHelp: 'Facultatif, p.\u00a0ex. ICF, OPQ, OTSTCFQ',
    registration: 'Numéro de permis',
    cancel: 'Annuler'
  },
  errors: {
    nameMissing: 'Entrez le nom du membre.',
    nameTooLong: 'Limitez le nom à 120\u00a0caractères.',
    email: 'Cette adresse courriel ne semble pas valide.'
  }
} satisfies typeof english
