import { newCpdRule, type CreditType } from '../../../src/core/attendance/cpdRule'
import type { AppLocale } from '../../../src/core/model/locale'

/**
 * What the sample group says: its description, session titles, closing and de-identified notes.
 * The sample is data, written once in the language in force when it is created; people's names,
 * registration numbers and the placeholders ([AGE]) are the same in every language.
 */
export interface SampleWords {
  group: { name: string; focus: string; purpose: string }
  provider: { name: string; contact: string }
  creditTypes: CreditType[]
  sessions: { first: string; second: string }
  plan: { learningFocus: string; reflectionPrompt: string }
  closing: { comment: string; reflectionPrompts: [string, string] }
  notes: {
    themes: string[]
    summary: string
    questions: string
    actions: [string, string]
    reflections: string
    pseudonym: { text: string; pseudonym: string }
  }
}

const ENGLISH: SampleWords = {
  group: {
    name: 'Sample: Mental Performance CoP',
    focus: 'Applied sport psychology with youth and varsity athletes.',
    purpose: 'Monthly peer consultation on de-identified cases, for reflective practice and CPD.'
  },
  provider: { name: 'Northern Lights Performance Collective', contact: 'cpd@northernlights.example' },
  creditTypes: newCpdRule('en-CA').creditTypes,
  sessions: { first: 'Session 1: Pre-competition anxiety', second: 'Session 2: Return to play after injury' },
  plan: {
    learningFocus: 'Applying the Consultancy protocol to a live case; reflective practice on the practitioner’s own responses.',
    reflectionPrompt: 'What did you try this month from the last session, and what happened?'
  },
  closing: {
    comment: 'The check-in ran long; keep it to one sentence each next time.',
    reflectionPrompts: ['What did you notice in your own body when the athlete described the freeze?', 'Which one routine will you try before the next competition?']
  },
  notes: {
    themes: ['pre-competition anxiety', 'parental pressure', 'pre-performance routine'],
    summary:
      'Person A, [AGE], a competitive swimmer, freezes on the blocks at championship meets but not in training. A parent attends every meet and reviews splits with them afterwards. The presenter has tried breathing work with little effect.',
    questions: 'Is the freeze about the outcome or about being watched?\nHow much does the post-race review feed the next freeze?',
    actions: ['Share the pre-performance routine template with the group', 'Try a cue word and a fixed warm-up order with Person A'],
    reflections: 'The group noticed how quickly we moved to techniques before understanding the freeze.',
    pseudonym: { text: 'the swimmer', pseudonym: 'Person A' }
  }
}

// Canadian French for practitioners (OQLF): "séance", "formation continue (FC)", "dépersonnalisé".
const FRENCH: SampleWords = {
  group: {
    name: 'Exemple\u00a0: CdP en performance mentale',
    focus: 'Psychologie du sport appliquée auprès d’athlètes d’âge scolaire et universitaire.',
    purpose: 'Consultation mensuelle entre pairs sur des cas dépersonnalisés, pour la pratique réflexive et la formation continue.'
  },
  provider: { name: 'Collectif Aurores boréales en performance', contact: 'fc@auroresboreales.example' },
  creditTypes: newCpdRule('fr-CA').creditTypes,
  sessions: { first: 'Séance 1\u00a0: anxiété précompétitive', second: 'Séance 2\u00a0: retour au jeu après une blessure' },
  plan: {
    learningFocus: 'Appliquer le protocole de consultation à un cas réel; pratique réflexive sur nos propres réactions de praticiens et praticiennes.',
    reflectionPrompt: 'Qu’avez-vous essayé ce mois-ci à la suite de la dernière séance, et qu’est-ce que cela a donné?'
  },
  closing: {
    comment: 'Le tour de table d’ouverture a débordé; la prochaine fois, une phrase chacun et chacune.',
    reflectionPrompts: [
      'Qu’avez-vous remarqué dans votre propre corps quand l’athlète a décrit le blocage?',
      'Quelle routine allez-vous essayer avant la prochaine compétition?'
    ]
  },
  notes: {
    themes: ['anxiété avant la compétition', 'pression des parents', 'routine préperformance'],
    summary:
      'Personne A, [AGE], nageuse de compétition, fige sur le plot de départ aux championnats, mais pas à l’entraînement. Un parent assiste à chaque compétition et revoit les temps de passage avec elle ensuite. La personne qui présente a essayé des exercices de respiration, avec peu d’effet.',
    questions: 'Le blocage tient-il au résultat ou au fait d’être observée?\nDans quelle mesure le retour sur la course nourrit-il le blocage suivant?',
    actions: ['Transmettre au groupe le modèle de routine préperformance', 'Essayer un mot-clé et un ordre d’échauffement fixe avec Personne A'],
    reflections: 'Le groupe a remarqué à quel point nous sommes passés vite aux techniques avant de comprendre le blocage.',
    pseudonym: { text: 'la nageuse', pseudonym: 'Personne A' }
  }
}

export function sampleWords(locale: AppLocale): SampleWords {
  return locale === 'fr-CA' ? FRENCH : ENGLISH
}
