import { frenchCount, frenchNumber } from '../counting'
import type { documents as english } from '../en/documents'

/**
 * Les mots des documents Word et des fichiers CSV (résumé de la séance, attestations, journal de
 * formation continue). Dates, heures et heures décimales arrivent déjà mises en forme (« 1,5 »).
 */
export const documents = {
  fileNames: {
    summary: (date: string, title: string) => `Résumé ${date} ${title}`,
    certificate: (date: string, name: string) => `Attestation ${date} ${name}`,
    certificates: (date: string, title: string) => `Attestations ${date} ${title}`,
    cpdLog: (from: string, to: string, name: string) => `Journal FC ${from} au ${to} ${name}`
  },
  dialogs: {
    saveSummary: 'Enregistrer le résumé de la séance',
    saveCertificates: 'Enregistrer les attestations',
    certificatesFolder: 'Choisir un dossier pour les attestations',
    saveCpdLog: 'Enregistrer le journal de formation continue'
  },
  pageOf: <T>(current: T, total: T): [string, T, string, T] => ['page ', current, ' sur ', total],
  certificate: {
    title: 'Attestation de participation',
    description: 'Attestation de participation',
    liveOnline: 'En direct, en ligne',
    duplicate: 'DUPLICATA',
    reissued: (reissuedOn: string, firstIssued: string) => `  délivré le ${reissuedOn}; attestation originale délivrée le ${firstIssued}`,
    certifies: 'La présente atteste que',
    registration: (number: string) => `N° d’inscription ${number}`,
    attended: 'a participé à',
    learningFocus: 'Objectif d’apprentissage\u00a0: ',
    dateAndFormat: 'Date et format',
    cpdHours: 'Heures de formation continue',
    // French counts below two in the singular: « 1,5 heure ».
    hours: (hours: number) => frenchCount(hours, 'heure'),
    attendance: 'Présence',
    attendanceBasis: (attended: string, session: string, percent: string) => `présence de ${attended} minutes sur ${session} (${percent}\u00a0%), pauses exclues`,
    provider: 'Organisme',
    issued: 'Délivrée le',
    facilitator: 'Responsable de l’animation',
    certificateId: 'N° d’attestation ',
    verificationCode: '   ·   Code de vérification ',
    howToVerify: (provider: string) => `Pour vérifier cette attestation, communiquez son numéro et son code à ${provider}.`,
    logoAlt: (provider: string) => `Logo de ${provider}`,
    logoTitle: 'Logo de l’organisme',
    signatureAlt: (name: string) => `Signature de ${name}`,
    signatureTitle: 'Signature manuscrite'
  },
  cpdLog: {
    title: 'Journal de formation continue',
    documentTitle: (name: string) => `Journal de formation continue\u00a0: ${name}`,
    registration: (number: string) => `N° d’inscription ${number}`,
    professionalBody: (body: string) => `Ordre professionnel\u00a0: ${body}`,
    cycle: (from: string, to: string, provider: string) => `Du ${from} au ${to}   ·   Organisme\u00a0: ${provider}`,
    columns: {
      date: 'Date',
      activity: 'Activité et objectif d’apprentissage',
      hours: 'Heures',
      creditType: 'Type de crédit',
      reflectionPrompt: 'Question de réflexion',
      myReflection: 'Ma réflexion\u00a0: ce que je vais appliquer'
    },
    certificate: (id: string) => `Attestation ${id}`,
    total: 'Total',
    sessionCount: (count: number) => frenchCount(count, 'séance'),
    hoursOfType: (hours: string, creditType: string) => `${hours}\u00a0h ${creditType}`,
    empty: 'Aucune séance donnant droit à des heures de formation continue dans ce cycle.',
    explanation:
      'Les heures correspondent au temps de présence, pauses exclues, arrondi à la baisse comme sur chaque attestation. Conservez les attestations avec ce journal en cas de vérification.',
    footer: (name: string) => `${name} · Journal de formation continue · `
  },
  csv: {
    date: 'Date',
    activity: 'Activité',
    learningFocus: 'Objectif d’apprentissage',
    hours: 'Heures',
    minutes: 'Minutes',
    creditType: 'Type de crédit',
    reflectionPrompt: 'Question de réflexion',
    certificateId: 'N° d’attestation',
    provider: 'Organisme'
  },
  summary: {
    documentTitle: (title: string) => `Résumé de la séance\u00a0: ${title}`,
    kicker: 'Résumé de la séance',
    details: {
      dateAndTime: 'Date et heure',
      facilitator: 'Animation',
      noteTaker: 'Prise de notes',
      learningFocus: 'Objectif d’apprentissage'
    },
    when: {
      span: (date: string, start: string, end: string) => `${date}, de ${start} à ${end}`,
      from: (date: string, start: string) => `${date}, à partir de ${start}`,
      at: (date: string, time: string) => `${date} à ${time}`
    },
    attendance: {
      heading: 'Présences',
      present: (count: number) => `Personnes présentes (${frenchNumber(count)})`,
      name: 'Nom',
      minutes: 'Minutes',
      note: 'Remarque',
      nobodyPresent: 'Aucune personne n’a été inscrite comme présente.',
      apologies: (count: number) => `Absences motivées (${frenchNumber(count)})\u00a0: `,
      notMarked: (count: number) => `Présence non indiquée (${frenchNumber(count)})\u00a0: `,
      none: 'aucune',
      guest: 'personne invitée',
      late: 'arrivée tardive',
      leftEarly: 'départ hâtif'
    },
    agenda: {
      heading: 'Ordre du jour et minutage',
      empty: 'La séance n’avait aucun point à l’ordre du jour.',
      item: 'Point à l’ordre du jour',
      planned: 'Prévu (min)',
      actual: 'Réel (min)',
      overUnder: 'Écart',
      protocol: 'Protocole',
      break: 'pause',
      total: 'Total',
      onTime: 'à l’heure',
      skipped: 'sauté',
      notReached: 'non abordé',
      rebalanced: (count: number) =>
        count === 0
          ? 'Le minutage n’a pas été rééquilibré pendant la séance.'
          : `Le minutage des points restants a été rééquilibré ${count === 1 ? 'une fois' : count === 2 ? 'deux fois' : `${count} fois`} pendant la séance.`,
      agendaItem: 'Point à l’ordre du jour'
    },
    notes: {
      themes: 'Thèmes',
      noThemes: 'Aucun thème n’a été noté.',
      noNotes: 'Aucune note n’a été prise pour les points à l’ordre du jour.',
      itemThemes: 'Thèmes\u00a0: ',
      summary: 'Résumé',
      questions: 'Questions soulevées',
      reflections: 'Réflexions',
      onlyThemes: 'Seuls des thèmes ont été notés pour ce point.'
    },
    actions: {
      heading: 'Actions à suivre',
      empty: 'Aucune action n’a été notée.',
      counts: (count: number, open: number) => `${frenchCount(count, 'action')}, dont ${frenchNumber(open)} encore ${open < 2 ? 'ouverte' : 'ouvertes'}.`,
      action: 'Action à suivre',
      owner: 'Responsable',
      due: 'Échéance',
      status: 'État',
      fromItem: 'Point d’origine',
      done: 'faite',
      open: 'ouverte'
    },
    selfEvaluation: {
      heading: 'Autoévaluation du groupe',
      none: 'Le groupe n’a pas évalué cette séance.',
      question: 'Question',
      score: 'Note',
      notRated: 'non notée',
      outOfFive: (score: number) => `${score} sur 5`,
      comment: 'Commentaire',
      noComment: 'Aucun commentaire n’a été ajouté.',
      questions: [
        'Dans quelle mesure la séance d’aujourd’hui a-t-elle été utile à notre pratique?',
        'Chaque personne a-t-elle eu une chance équitable de contribuer?',
        'La structure et le minutage ont-ils bien fonctionné?',
        'À quel point était-ce sécuritaire de se confier?'
      ]
    },
    next: {
      heading: 'Prochaine séance',
      dateAndTime: 'Date et heure\u00a0: ',
      notSet: 'pas encore fixées',
      facilitator: 'Animation\u00a0: ',
      notChosen: 'personne choisie pour l’instant',
      prompt: 'Question de réflexion du mois',
      prompts: 'Questions de réflexion du mois',
      noPrompt: 'Aucune question de réflexion n’a été fixée.'
    },
    talkTime: {
      heading: 'Temps de parole',
      explanation: 'Parts globales tirées du registre tenu par la personne qui anime (un toucher pour chaque prise de parole); aucun son n’a été enregistré.',
      name: 'Nom',
      share: 'Part du temps de parole',
      percent: (percent: number) => `${frenchNumber(percent)}\u00a0%`,
      none: 'Aucun temps de parole n’a été noté.',
      formerMember: 'Personne qui ne fait plus partie du groupe'
    },
    confidentiality: (statement: string) => `Confidentialité\u00a0: ${statement}`,
    confidential: (statement: string) => `Confidentiel. ${statement}`
  }
} satisfies typeof english
