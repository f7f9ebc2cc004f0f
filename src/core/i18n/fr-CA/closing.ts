import { frenchNumber } from '../counting'
import type { closing as english } from '../en/closing'

export const closing = {
  form: {
    title: 'Clôture de la séance',
    invalid: 'Vérifiez les étapes de clôture.',
    facilitator: 'Animation',
    noteTaker: 'Prise de notes',
    selfEvaluation: 'Autoévaluation du groupe (1 = pas du tout, 5 = tout à fait)',
    questions: [
      'Dans quelle mesure la séance d’aujourd’hui a-t-elle été utile à notre pratique?',
      'Chaque personne a-t-elle eu une juste occasion de contribuer?',
      'La structure et la gestion du temps ont-elles bien fonctionné?',
      'Dans quelle mesure le climat permettait-il de partager en confiance?'
    ],
    keepOrChange: 'Que devrions-nous garder ou changer la prochaine fois?',
    nextSession: 'Prochaine séance',
    nextFacilitator: 'Prochaine animation',
    suggestedFacilitator: 'Suggestion\u00a0: la personne qui a animé le moins récemment.',
    prompts: 'Pistes de réflexion du mois',
    prompt: (n: number) => `Piste de réflexion ${n}`,
    defaultPrompt: 'Qu’avez-vous essayé ce mois-ci, et qu’est-ce que ça a donné?',
    addPrompt: 'Ajouter une piste de réflexion',
    preview: 'Aperçu du résumé',
    planNext: 'Planifier la prochaine séance'
  },
  summary: {
    title: 'Résumé de la séance',
    preparing: 'Préparation du résumé…',
    refused: 'Le résumé ne peut pas encore être enregistré',
    close: 'Fermer',
    saveWord: 'Enregistrer en Word…',
    saved: (file: string) => `Enregistré\u00a0: ${file}`,
    savedTitle: 'Résumé enregistré',
    when: (date: string, start: string) => `${date}, ${start}`,
    facilitator: (name: string) => ` · animation\u00a0: ${name}`,
    noteTaker: (name: string) => ` · notes\u00a0: ${name}`,
    attendance: (present: string, apologies: string) => `Présences\u00a0: ${present}. Absences motivées\u00a0: ${apologies}.`,
    guest: (name: string) => `${name} (personne invitée)`,
    nobodyMarked: 'aucune présence notée',
    none: 'aucune',
    tableLabel: 'Minutes prévues et réelles',
    item: 'Point',
    planned: 'Prévu',
    overUnder: 'Écart',
    protocol: 'Protocole',
    minutes: (n: number) => `${n}\u00a0min`,
    skipped: 'sauté',
    notReached: 'non abordé',
    onTime: 'dans les temps',
    themes: (list: string) => `Thèmes\u00a0: ${list}`,
    done: ' (fait)',
    noActions: 'Aucune action n’a été consignée.',
    next: (when: string) => `Prochaine séance\u00a0: ${when}`,
    notSet: 'non fixée',
    facilitatedBy: (name: string) => `, animée par ${name}`
  },
  actionOwner: (name: string) => ` — ${name}`,
  actionDue: (date: string) => `, d’ici le ${date}`,
  carried: {
    locked: 'Les actions reportées se trouvent dans les notes confidentielles.',
    title: 'Actions en cours à suivre'
  },
  openActions: {
    title: 'Actions en cours',
    none: 'Aucune action en cours.'
  },
  cycle: {
    title: 'Ce cycle',
    from: 'Du',
    to: 'Au',
    sessionsHeld: 'séances tenues',
    averageAttendance: 'présence moyenne',
    membersWhoCame: 'membres ayant participé',
    guestVisits: 'visites de personnes invitées',
    percent: (n: number) => `${n}\u00a0%`,
    share: (part: number, whole: number) => `${part} sur ${whole}`,
    tableLabel: 'Présence et formation continue par membre',
    member: 'Membre',
    sessions: 'Séances',
    attendance: 'Présence',
    cpdHours: 'Heures de FC',
    guest: (name: string) => `${name} (personne invitée)`,
    hours: (hours: number) => frenchNumber(hours)
  }
} satisfies typeof english
