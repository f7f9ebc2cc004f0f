import { wordSet } from './wordSet'

// French words a case note uses that the French word list lacks (recent, regional or specialist
// words), read only in French sentences, like the list itself.
export const FRENCH_EXTRA = wordSet(`
courriel courriels motivationnel motivationnelle motivationnels boxeur boxeuse boxeuses ringuette
visioconférence visioconférences autocompassion cyberintimidation physiothérapeute physiothérapeutes
kinésiologue kinésiologues ergothérapeute psychoéducateur psychoéducatrice psychoéducation intervenante
intervenantes cégep cégeps secondaire préparation surentraînement commotion commotions texto textos
courriels infolettre clavardage baladodiffusion coach coachs entraîneuse entraîneuses hockey soccer
volleyball basketball badminton taekwondo karaté judo escrime triathlon water-polo biathlon
`)

// Bodies, models, techniques and roles in French that are not identifiers, written as they are
// folded ("Ordre des psychologues du Québec"); a finding inside one of them is dropped.
export const FRENCH_SAFE_PHRASES: readonly string[] = [
  'ordre des psychologues du quebec',
  'ordre des psychologues',
  'ordre des travailleurs sociaux et des therapeutes conjugaux et familiaux du quebec',
  'ordre professionnel',
  'association canadienne des entraineurs',
  'association canadienne de psychologie du sport',
  'association canadienne de psychologie',
  'association quebecoise',
  'societe canadienne de psychologie',
  "sport'aide",
  'sport aide',
  'officier des plaintes',
  'officier des plaintes sport',
  'commissaire aux plaintes',
  'ins quebec',
  'institut national du sport du quebec',
  'excellence sportive',
  'parachute canada',
  'sport canada',
  'entretien motivationnel',
  'pleine conscience',
  'therapie d\'acceptation et d\'engagement',
  'loi 25',
  'code de deontologie',
  'code d\'ethique',
  'jeux du quebec',
  'jeux du canada',
  'jeux olympiques',
  'jeux paralympiques'
]

// Acronyms of bodies and services: "l'OPQ", "l'ACPS".
export const FRENCH_SAFE_ACRONYMS = wordSet('opq otstcfq oppq acps scp ace ins inrs dpj cnesst ramq rrq mels meq fqsa opdq oeq rlrq ama ape sqsp')

// After these, "de" and a capitalised name is an author: "le modèle de Hardy", "l'échelle de Frost".
export const FRENCH_MODEL_WORDS = wordSet(
  'modele modeles theorie theories echelle echelles questionnaire inventaire grille grilles approche methode loi effet cycle pyramide travaux protocole concept triade stades matrice paradigme hierarchie principe test'
)
