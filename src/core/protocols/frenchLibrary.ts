import type { RoleKey } from './protocolSchema'

/** The words of one built-in protocol in another language; its structure and minutes stay the English one's. */
export interface ProtocolTexts {
  name: string
  summary: string
  source: string
  roles: Partial<Record<RoleKey, string>>
  /** By phase key: the title, who may speak (what the room reads) and the prompt. */
  phases: Record<string, { title: string; speaking: string; prompt: string }>
}

// Canadian French as the OQLF writes it for practitioners: epicene role names ("la personne qui
// présente", "l'animation"), "séance", "point". Published protocols keep their usual French name
// where one exists (Tuning: « protocole d'harmonisation »), otherwise a faithful translation.

const CASE_ROLES: ProtocolTexts['roles'] = {
  presenter: 'Personne qui présente',
  consultants: 'Personnes consultantes',
  facilitator: 'Animation',
  timekeeper: 'Gestion du temps',
  'note-taker': 'Prise de notes'
}

const PRESENTER_SPEAKS = 'La personne qui présente parle; le groupe écoute'

export const FRENCH_PROTOCOL_TEXTS: Record<string, ProtocolTexts> = {
  consultancy: {
    name: 'Protocole de consultation',
    summary: 'Aider la personne qui présente à élargir sa réflexion sur un dilemme concret, formulé en une question centrale.',
    source: 'NSRF / School Reform Initiative (Thompson-Grove, Evans, Dunne); environ 50\u00a0minutes.',
    roles: CASE_ROLES,
    phases: {
      overview: { title: 'Survol et question centrale', speaking: PRESENTER_SPEAKS, prompt: 'Quel est le dilemme, qu’avez-vous essayé, et quelle est votre question centrale?' },
      clarifying: { title: 'Questions de clarification', speaking: 'Questions seulement\u00a0: réponses brèves et factuelles', prompt: 'Des questions de fait, avec des réponses courtes.' },
      probing: {
        title: 'Questions d’approfondissement',
        speaking: 'Questions seulement, aucun conseil',
        prompt: 'Des questions qui aident la personne qui présente à élargir sa réflexion. À la fin, reformulez votre question.'
      },
      discussion: { title: 'Discussion de groupe', speaking: 'La personne qui présente se tait et prend des notes', prompt: 'Le groupe discute du dilemme; la personne qui présente écoute.' },
      response: { title: 'Réponse de la personne qui présente', speaking: PRESENTER_SPEAKS, prompt: 'Qu’est-ce qui vous a frappé? Que retenez-vous pour la suite?' },
      debrief: { title: 'Retour sur le déroulement', speaking: 'Tout le monde', prompt: 'Comment le processus a-t-il fonctionné pour nous?' }
    }
  },
  tuning: {
    name: 'Protocole d’harmonisation',
    summary: 'Des rétroactions chaleureuses et critiques sur un travail ou un plan, en regard d’une question d’orientation.',
    source: 'NSRF / Coalition of Essential Schools; versions Oregon ed-net et «\u00a0modifiée\u00a0»; de 45 à 60\u00a0minutes ou plus.',
    roles: CASE_ROLES,
    phases: {
      introduction: { title: 'Mot d’ouverture', speaking: 'Animation', prompt: 'Les objectifs, les règles et le déroulement.' },
      presentation: { title: 'Présentation du travail', speaking: 'Les participants et participantes se taisent', prompt: 'Le contexte et le travail, pour finir sur la question d’orientation.' },
      clarifying: { title: 'Questions de clarification', speaking: 'Questions de clarification seulement', prompt: 'Des faits seulement; les autres questions attendent les rétroactions.' },
      examination: { title: 'Examen du travail', speaking: 'Écriture en silence', prompt: 'Notez vos rétroactions chaleureuses et critiques.' },
      feedback: {
        title: 'Rétroactions chaleureuses et critiques',
        speaking: 'La personne qui présente se tait',
        prompt: 'D’abord chaleureuses, puis critiques\u00a0: qu’est-ce qui fonctionne, et qu’est-ce qui pourrait être renforcé?'
      },
      reflection: { title: 'Réflexion de la personne qui présente', speaking: 'Les participants et participantes se taisent', prompt: 'Que retenez-vous des rétroactions?' },
      debrief: { title: 'Bilan', speaking: 'Tout le monde', prompt: 'Comment le protocole a-t-il fonctionné pour nous?' }
    }
  },
  troika: {
    name: 'Consultation en trio (Troika)',
    summary: 'Une personne cliente et deux personnes consultantes par tour; les rôles changent à chaque tour. Environ 10\u00a0minutes par tour.',
    source: 'Liberating Structures; variante en ligne où la personne cliente ferme sa caméra et son micro.',
    roles: { presenter: 'Personne cliente', consultants: 'Personnes consultantes', timekeeper: 'Gestion du temps' },
    phases: {
      frame: { title: 'Cerner le défi', speaking: 'En silence\u00a0: chacun et chacune cerne un défi', prompt: 'Quel est votre défi, et de quelle aide avez-vous besoin?' },
      share: { title: 'La personne cliente expose son défi', speaking: 'Les personnes consultantes se taisent', prompt: 'Personne cliente\u00a0: le défi et l’aide dont vous avez besoin.' },
      clarify: { title: 'Questions de clarification', speaking: 'Les personnes consultantes questionnent; la personne cliente répond brièvement', prompt: 'Des questions pour comprendre, pas pour conseiller.' },
      consult: {
        title: 'Discussion des personnes consultantes',
        speaking: 'La personne cliente se détourne — caméra fermée',
        prompt: 'Les personnes consultantes échangent idées et conseils; la personne cliente écoute et prend des notes.'
      },
      reflect: { title: 'Réflexion de la personne cliente', speaking: 'La personne cliente parle', prompt: 'Qu’est-ce qui vous a été le plus utile?' }
    }
  },
  balint: {
    name: 'Groupe Balint',
    summary: 'Explorer la relation entre la personne praticienne et sa clientèle, et les sentiments qu’elle suscite; émettre des hypothèses sans juger ni résoudre.',
    source: 'Balint Australia & NZ\u00a0: environ 45\u00a0minutes par cas. Les minutes par phase sont notre synthèse (valeurs par défaut).',
    roles: { presenter: 'Personne qui présente', facilitator: 'Animation', consultants: 'Groupe' },
    phases: {
      presentation: { title: 'Cas raconté sans notes', speaking: PRESENTER_SPEAKS, prompt: 'Racontez le cas brièvement, sans formalité.' },
      questions: { title: 'Brèves questions factuelles', speaking: 'Questions factuelles seulement', prompt: 'Seulement ce qu’il faut pour suivre l’histoire.' },
      discussion: {
        title: 'Discussion de groupe',
        speaking: 'La personne qui présente se retire et se tait (retrait)',
        prompt: 'Qu’imaginez-vous que ressent la personne cliente? Et la personne praticienne? Ni conseil ni jugement.'
      },
      return: { title: 'Retour de la personne qui présente', speaking: 'La personne qui présente revient', prompt: 'Qu’est-ce qui vous reste?' },
      close: { title: 'Clôture par l’animation', speaking: 'Animation', prompt: 'Mot de la fin et remarques sur le processus.' }
    }
  },
  'incident-method': {
    name: 'Méthode de l’incident (intervision)',
    summary:
      'Intervision néerlandaise et flamande\u00a0: la personne qui apporte le cas s’arrête avant de dire ce qu’elle a fait; questions, analyse sans elle, puis conseils à tour de rôle.',
    source: 'Incidentmethode, versions A (fotoscholing) et B (wikiwijs); de 60 à 75\u00a0minutes.',
    roles: { presenter: 'Personne qui apporte le cas', consultants: 'Membres', facilitator: 'Présidence', timekeeper: 'Gestion du temps' },
    phases: {
      review: { title: 'Retour sur les derniers conseils', speaking: 'Tout le monde', prompt: 'Qu’ont donné les conseils de la dernière fois?' },
      incident: { title: 'L’incident', speaking: 'La personne qui apporte le cas parle', prompt: 'Décrivez l’incident, et arrêtez-vous avant de dire ce que vous avez fait.' },
      questions: { title: 'Tour de questions', speaking: 'Questions seulement\u00a0: ni conseil ni jugement', prompt: 'Des questions factuelles, puis d’approfondissement, à tour de rôle.' },
      analysis: {
        title: 'Analyse sans la personne qui apporte le cas',
        speaking: 'La personne qui apporte le cas se détourne — caméra fermée',
        prompt: 'Que se passe-t-il ici? Avec respect, et en parlant de la situation.'
      },
      advice: { title: 'Tour de conseils', speaking: 'La personne qui apporte le cas écoute sans répondre', prompt: 'À tour de rôle\u00a0: que feriez-vous?' },
      response: {
        title: 'Ce que la personne a fait',
        speaking: 'La personne qui apporte le cas parle',
        prompt: 'Qu’avez-vous réellement fait, et quels conseils vous sont utiles?'
      },
      evaluation: { title: 'Évaluation', speaking: 'Tout le monde', prompt: 'Comment cette intervision s’est-elle passée?' }
    }
  },
  'action-learning-set': {
    name: 'Groupe d’apprentissage par l’action',
    summary: 'Des questions seulement, aucun conseil\u00a0: le groupe aide la personne qui porte l’enjeu à trouver sa propre prochaine action.',
    source: 'Revans; de 30 à 40\u00a0minutes par personne qui porte un enjeu.',
    roles: { presenter: 'Personne qui porte l’enjeu', consultants: 'Membres du groupe', facilitator: 'Accompagnement du groupe' },
    phases: {
      issue: { title: 'Présentation de l’enjeu', speaking: 'La personne qui porte l’enjeu parle', prompt: 'Quel est l’enjeu, et qu’attendez-vous du groupe?' },
      clarifying: { title: 'Questions de clarification', speaking: 'Questions seulement, à tour de rôle', prompt: 'Une question et une question de suivi chacun et chacune.' },
      helping: { title: 'Questions pour aider', speaking: 'Questions seulement\u00a0: ni conseil ni opinion', prompt: 'Des questions qui ouvrent des pistes.' },
      summary: { title: 'Synthèse', speaking: 'La personne qui porte l’enjeu parle', prompt: 'Que voyez-vous maintenant?' },
      resources: { title: 'Tour des ressources', speaking: 'Offres de ressources, à tour de rôle', prompt: 'Une ressource qui pourrait aider?' },
      action: { title: 'Synthèse finale et action', speaking: 'La personne qui porte l’enjeu parle', prompt: 'Que ferez-vous d’ici notre prochaine rencontre?' }
    }
  },
  'enyssp-peer-consultation': {
    name: 'Consultation entre pairs (style ENYSSP)',
    summary: 'Un cas structuré envoyé à l’avance; questions, analyse y compris l’éthique, suggestions, puis la réaction de la personne qui soumet le cas.',
    source: 'European Network of Young Specialists in Sport Psychology. Aucune durée publiée\u00a0: toutes les minutes sont des valeurs par défaut.',
    roles: CASE_ROLES,
    phases: {
      introduction: { title: 'Présentations et déroulement', speaking: 'Animation', prompt: 'Notre façon de travailler aujourd’hui.' },
      information: { title: 'Collecte d’information', speaking: 'Questions à la personne qui soumet le cas', prompt: 'Que nous faut-il de plus pour comprendre le cas?' },
      analysis: {
        title: 'Analyse\u00a0: contenu, éthique, question clé',
        speaking: 'Le groupe discute',
        prompt: 'Quelle est la question clé? Quelles considérations éthiques se posent?'
      },
      suggestions: { title: 'Suggestions individuelles', speaking: 'À tour de rôle', prompt: 'Une suggestion chacun et chacune.' },
      reaction: { title: 'Réaction de la personne qui soumet le cas', speaking: 'La personne qui soumet le cas parle', prompt: 'Que retenez-vous pour la suite?' },
      evaluation: { title: 'Évaluation et clôture', speaking: 'Tout le monde', prompt: 'Comment cela s’est-il passé pour nous?' }
    }
  },
  'check-in-round': {
    name: 'Tour de table d’ouverture ou de clôture',
    summary: 'Chaque personne répond à une question à tour de rôle, environ une minute chacune; on peut passer son tour et le reprendre plus tard.',
    source: 'UMB Center for Collaborative Teaching; brise-glace Parabol. Une minute par personne est une valeur par défaut.',
    roles: { facilitator: 'Animation' },
    phases: {
      round: { title: 'Tour de table', speaking: 'Une personne à la fois, à tour de rôle; on peut passer', prompt: 'Dans quel état arrivez-vous aujourd’hui?' }
    }
  },
  'open-discussion': {
    name: 'Discussion ouverte',
    summary: 'Discussion libre avec une file de mains levées.',
    source: 'Valeur par défaut de Hearth.',
    roles: { facilitator: 'Animation' },
    phases: {
      discussion: { title: 'Échanges', speaking: 'Levez la main pour parler', prompt: 'Discussion ouverte.' }
    }
  }
}
