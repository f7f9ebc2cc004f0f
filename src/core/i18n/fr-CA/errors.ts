import type { errors as english } from '../en/errors'
import { live } from './live'

const unknown = (code: string | null) => code ?? 'erreur inconnue'

// "le fichier de la séance": the file is always the subject, so nothing agrees with the document's gender.
const of = (kind: string) => (kind === 'workspace' ? 'de l’espace de travail' : kind === 'session' ? 'de la séance' : `« ${kind} »`.replace(/ /g, '\u00a0'))

const why = (code: string | null) =>
  code === 'ENOSPC' || code === 'EDQUOT'
    ? 'le disque est plein'
    : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
      ? 'Hearth n’a pas la permission d’écrire dans son dossier de données'
      : code === 'EIO'
        ? 'le disque a signalé une erreur'
        : 'le disque a refusé l’écriture'

const RELOAD = 'Rechargez Hearth et réessayez.'

export const errors = {
  request: {
    unknownChannel: 'Hearth ne connaît pas cette demande.',
    untrustedSender: 'Demande refusée\u00a0: elle ne vient pas de la fenêtre de Hearth.',
    notInForm: 'La demande n’avait pas la forme attendue.',
    internal:
      'Une erreur s’est produite dans Hearth et cette action n’est peut-être pas terminée. Rechargez pour voir ce qui a été enregistré, puis réessayez; redémarrez Hearth si cela se reproduit.',
    noSaveDialog: 'Cette fenêtre ne peut pas afficher de boîte d’enregistrement. Exportez depuis l’application Hearth.'
  },
  validation: {
    required: 'Remplissez ce champ; il est obligatoire.',
    text: 'Entrez du texte ici.',
    number: 'Entrez un nombre ici.',
    yesNo: 'Choisissez oui ou non ici.',
    notInForm: `Cette partie de la demande n’a pas la forme attendue par Hearth. ${RELOAD}`,
    empty: 'Remplissez ce champ; il ne peut pas être vide.',
    atLeastCharacters: (count: number) => (count <= 1 ? `Utilisez au moins ${count}\u00a0caractère.` : `Utilisez au moins ${count}\u00a0caractères.`),
    chooseOne: 'Choisissez-en au moins un.',
    chooseAtLeast: (count: number) => `Choisissez-en au moins ${count}.`,
    numberAbove: (number: number) => `Utilisez un nombre supérieur à ${number}.`,
    numberAtLeast: (number: number) => `Utilisez un nombre d’au moins ${number}.`,
    tooSmall: `Cette valeur est trop petite. ${RELOAD}`,
    atMostCharacters: (count: number) => (count <= 1 ? `Utilisez au plus ${count}\u00a0caractère.` : `Utilisez au plus ${count}\u00a0caractères.`),
    chooseAtMost: (count: number) => `Choisissez-en au plus ${count}.`,
    numberBelow: (number: number) => `Utilisez un nombre inférieur à ${number}.`,
    numberAtMost: (number: number) => `Utilisez un nombre d’au plus ${number}.`,
    tooLarge: `Cette valeur est trop grande. ${RELOAD}`,
    format: 'Ce n’est pas dans le format attendu; vérifiez et réessayez.',
    multipleOf: (number: number) => `Utilisez un multiple de ${number}.`,
    oneOf: (choices: string) => `Choisissez parmi\u00a0: ${choices}.`,
    notAccepted: `Hearth n’accepte pas cette valeur. ${RELOAD}`,
    unknownFields: `Cette demande contient des champs que Hearth ne connaît pas. ${RELOAD}`,
    notAcceptedForm: `Cette partie de la demande n’a pas une forme que Hearth accepte. ${RELOAD}`,
    invalid: 'Cette valeur n’est pas valide; vérifiez-la et réessayez.'
  },
  notFound: {
    group: 'Ce groupe n’existe plus. Il a peut-être été supprimé; rechargez la liste.',
    member: 'Ce membre n’existe plus. Il a peut-être été retiré; rechargez la liste.',
    session: 'Cette séance n’existe plus. Elle a peut-être été supprimée; rechargez la liste.',
    template: 'Ce modèle n’existe plus. Il a peut-être été supprimé; rechargez la liste.'
  },
  storage: {
    writeFailed: (kind: string, code: string | null) =>
      `Le fichier ${of(kind)} n’a pas été enregistré\u00a0: ${why(code)} (${unknown(code)}). La version précédente sur le disque est intacte.`,
    missing: (kind: string) => `Le fichier ${of(kind)} est absent du dossier de données. Restaurez-le à partir d’une sauvegarde.`,
    cannotRead: (kind: string, code: string | null) =>
      `Hearth n’a pas pu lire le fichier ${of(kind)} (${unknown(code)}). Vérifiez que le dossier de données est lisible, puis réessayez. Rien n’a été modifié.`,
    keptAside: (reason: string, keptAs: string) => `${reason} Hearth l’a conservé intact sous le nom ${keptAs}.`,
    restoredWhileOpen: (kind: string) => `Hearth a restauré une sauvegarde pendant que le fichier ${of(kind)} était ouvert. Rechargez, puis refaites la modification.`,
    readOnly: (kind: string) => `Le fichier ${of(kind)} est en lecture seule.`,
    empty: (kind: string) => `Le fichier ${of(kind)} est vide.`,
    notJson: (kind: string) => `Le fichier ${of(kind)} n’est pas du JSON valide.`,
    notHearth: (kind: string) => `Le fichier ${of(kind)} ne contient pas de document Hearth.`,
    wrongKind: (kind: string, format: string) =>
      format ? `Ce n’est pas un fichier ${of(kind)} (il se dit «\u00a0${format}\u00a0»).` : `Ce n’est pas un fichier ${of(kind)}.`,
    noVersion: (kind: string) => `Le fichier ${of(kind)} n’a pas de schemaVersion valide.`,
    future: (kind: string, version: number, newest: number) =>
      `Le fichier ${of(kind)} a été enregistré par une version plus récente de Hearth (format v${version}; cette application lit jusqu’à la v${newest}). Mettez Hearth à jour pour l’ouvrir. Rien n’a été modifié.`,
    notUpgraded: (kind: string, version: number) => `Le fichier ${of(kind)} n’a pas pu être mis à niveau depuis la v${version}.`,
    invalidField: (kind: string, where: string) => `Le fichier ${of(kind)} contient un champ non valide (${where}).`
  },
  notices: {
    quarantined: (reason: string, keptAs: string, kind: string) =>
      `${reason} Hearth l’a conservé intact sous le nom ${keptAs} et a créé un nouveau fichier ${of(kind)}.`,
    migrated: (kind: string, version: number, backup: string) =>
      `Le fichier ${of(kind)} a été mis à niveau depuis le format v${version}; l’original est conservé sous le nom ${backup}.`,
    keptAside: (count: number, files: string) =>
      count <= 1
        ? `Un fichier que Hearth n’a pas pu lire est mis de côté dans le dossier de données (${files}). Restaurez une sauvegarde ou supprimez-le après vérification.`
        : `${count}\u00a0fichiers que Hearth n’a pas pu lire sont mis de côté dans le dossier de données (${files}). Restaurez une sauvegarde ou supprimez-les après vérification.`
  },
  notes: {
    notAvailable: 'Les notes confidentielles ne sont pas accessibles dans cette fenêtre.',
    notUnderstood: 'Ces notes se sont ouvertes, mais Hearth ne comprend pas leur forme. Le fichier de la séance est conservé tel quel.',
    unresolvedFlags: (count: number) =>
      `Les notes contiennent encore ${count} identifiant${count <= 1 ? '' : 's'} possible${count <= 1 ? '' : 's'} que personne n’a traité${count <= 1 ? '' : 's'}. Ouvrez les notes, puis remplacez, ignorez ou confirmez chaque signalement avant d’exporter.`,
    itemGone: 'Ces notes appartiennent à un point de l’ordre du jour qui n’est plus au plan. Rechargez la séance.',
    unreadable:
      'Hearth n’a pas pu ouvrir ces notes confidentielles\u00a0: le fichier a été modifié hors de Hearth, est endommagé ou a été scellé avec une autre clé. Rien n’a été modifié; restaurez les notes à partir d’une sauvegarde si elles sont importantes.',
    otherKey:
      'Ces notes confidentielles ont été scellées avec une autre clé que celle déverrouillée sur cet ordinateur; Hearth ne peut donc pas les ouvrir. Rien n’a été modifié; si elles viennent d’un autre ordinateur, ouvrez-les là-bas.',
    unknownContents: 'Hearth a ouvert ces notes confidentielles, mais n’en reconnaît pas le contenu. Rien n’a été modifié.',
    keyWrongLength: 'La clé des notes n’a pas la bonne longueur; Hearth ne peut ni sceller ni ouvrir de notes avec elle.',
    keyBadId: 'La clé des notes a un identifiant non valide; Hearth n’a rien scellé avec elle.'
  },
  keys: {
    notSetUp: 'Les notes confidentielles ne sont pas encore configurées. Choisissez une phrase de passe pour les protéger.',
    locked: 'Les notes confidentielles sont verrouillées. Entrez votre phrase de passe pour les ouvrir.',
    passphraseTooShort: (count: number) =>
      `Choisissez une phrase de passe d’au moins ${count}\u00a0caractères. Quelques mots ordinaires à la suite sont faciles à retenir et difficiles à deviner.`,
    passphraseTooLong: (count: number) => `Choisissez une phrase de passe d’au plus ${count}\u00a0caractères.`,
    wrongPassphrase:
      'Cette phrase de passe ne déverrouille pas les notes confidentielles de cet ordinateur. Vérifiez la touche de verrouillage des majuscules et la disposition du clavier, puis réessayez.',
    keychainOnly: 'Les notes confidentielles de cet ordinateur sont protégées par le trousseau du système, et non par une phrase de passe.',
    passphraseOnly: 'Les notes confidentielles de cet ordinateur sont protégées par une phrase de passe, et non par le trousseau du système.',
    noPassphraseNeeded: 'Le trousseau du système protège les notes confidentielles de cet ordinateur; aucune phrase de passe n’est nécessaire.',
    cannotCheck: 'Hearth n’a pas pu vérifier la phrase de passe pour l’instant. Fermez d’autres programmes pour libérer de la mémoire, puis réessayez.',
    lockedAgain: 'La clé des notes a été verrouillée de nouveau; réessayez.',
    notAvailable: 'La clé des notes n’est pas accessible; réessayez.',
    cannotSave: (code: string | null) =>
      `Hearth n’a pas pu enregistrer son fichier de clé (${code ?? 'erreur de disque'}). Rien n’a été modifié; vérifiez l’espace libre sur le disque et réessayez.`,
    cannotSetUp: (code: string | null) =>
      `Hearth n’a pas pu configurer la clé des notes confidentielles (${code ?? 'erreur'}). Vérifiez l’espace libre sur le disque et que le trousseau du système est déverrouillé, puis réessayez.`,
    noKeychain: 'Cet ordinateur n’a pas de trousseau système que Hearth peut utiliser pour protéger les notes confidentielles. Utilisez plutôt une phrase de passe.',
    keychainRefused:
      'Le trousseau du système n’a pas pu déverrouiller les notes confidentielles. Il a peut-être été réinitialisé, ou ce dossier de données vient d’un autre ordinateur ou d’un autre compte. Le fichier de clé a été laissé tel quel.',
    fileUnreadable: (code: string | null) =>
      `Hearth n’a pas pu lire son fichier de clé, keys.json (${unknown(code)}); les notes confidentielles ne peuvent donc pas être ouvertes. Vérifiez que le dossier de données est lisible, puis réessayez. Rien n’a été modifié.`,
    fileDamaged:
      'Le fichier de clé, keys.json, est endommagé. Hearth l’a laissé exactement tel quel. Restaurez keys.json à partir d’une sauvegarde du dossier de données; sans lui, les notes confidentielles ne peuvent pas être ouvertes.',
    fileFuture:
      'Le fichier de clé, keys.json, a été écrit par une version plus récente de Hearth. Mettez Hearth à jour pour ouvrir les notes confidentielles; le fichier a été laissé tel quel.',
    fileUnknown:
      'Hearth ne reconnaît pas le fichier de clé, keys.json. Hearth l’a laissé exactement tel quel. Restaurez keys.json à partir d’une sauvegarde du dossier de données; sans lui, les notes confidentielles ne peuvent pas être ouvertes.'
  },
  backups: {
    nothingYet: 'Il n’y a encore rien à sauvegarder\u00a0: l’espace de travail n’a pas été enregistré. Ajoutez d’abord un groupe.',
    cannotWrite: (code: string | null) =>
      `Hearth n’a pas pu écrire de sauvegarde (${code ?? 'erreur de disque'}). Vos données sont inchangées; vérifiez l’espace libre sur le disque.`,
    discarded: (problem: string) => `Une sauvegarde a été écartée, car sa vérification a échoué\u00a0: ${problem} Vos données sont inchangées.`,
    gone: 'Cette sauvegarde n’existe plus ou ne peut pas être lue. Rechargez la liste des sauvegardes.',
    cannotRestore: (problem: string) => `Cette sauvegarde ne peut pas être restaurée\u00a0: ${problem} Choisissez-en une autre; rien n’a été modifié.`,
    changedDuringRestore: (path: string) => `La copie de ${path} a changé pendant la restauration. Rien n’a été remplacé après elle; réessayez.`,
    manifestDamaged: 'Sa liste de contenu (manifest.json) est endommagée.',
    manifestMissing: 'Sa liste de contenu (manifest.json) est absente ou endommagée.',
    copyMissing: (path: string) => `La copie de ${path} est absente.`,
    copyChanged: (path: string) => `La copie de ${path} a changé depuis la sauvegarde.`,
    notImage: (path: string) => `${path} n’est pas une image PNG ou JPEG.`,
    notUtf8: (path: string) => `${path} n’est pas un texte UTF-8.`,
    fileProblem: (path: string, problem: string) => `${path}\u00a0: ${problem}`,
    keyFileUnknown: 'keys.json n’est pas un fichier de clé que cette version de Hearth sait lire.',
    keyFileNotJson: 'keys.json n’est pas un fichier JSON valide.',
    notBackedUp: (path: string) => `${path} n’est pas un fichier que Hearth sauvegarde.`,
    failed: 'Une sauvegarde a échoué.'
  },
  /** A live action the log refuses (src/core/live/checkEvent.ts): the live screen's own sentences. */
  refusals: live.refusals,
  groups: {
    full: (group: string, size: number) =>
      `${group} est complet (${size}\u00a0membres). Augmentez la taille du groupe dans ses paramètres, ou ajoutez cette personne comme invitée.`
  },
  sessions: {
    duplicateItems: 'Deux points de l’ordre du jour ont le même identifiant. Rechargez le plan et réessayez.',
    started:
      'Cette séance a commencé\u00a0: modifiez sa minuterie depuis l’écran en direct (+1 / −1 minute, rééquilibrer) pour que le compte rendu reste exact.',
    nextDateFirst: 'Fixez d’abord la date de la prochaine séance (étapes de clôture).'
  },
  protocols: {
    duplicatePhases: 'Deux phases ont la même clé; donnez à chacune la sienne.'
  },
  certificates: {
    cycleBackwards: 'Le cycle se termine avant de commencer. Vérifiez les deux dates.',
    noCredit: (name: string, from: string, to: string) => `${name} n’a aucune séance donnant droit à des crédits de DPC entre le ${from} et le ${to}.`,
    imageTooLarge: 'Cette image dépasse 2\u00a0Mo. Enregistrez une image PNG ou JPEG plus petite et choisissez-la de nouveau.',
    notAnImage: 'Ce fichier n’est pas une image PNG ou JPEG que Hearth peut imprimer. Choisissez un fichier .png ou .jpg.',
    notEnded: 'Les attestations sont délivrées une fois la séance terminée, quand les présences sont définitives.',
    personGone: 'Une des personnes choisies ne fait plus partie du groupe. Rechargez la liste.',
    notEligible: (name: string, reason: string) => `${name} n’a pas droit à une attestation\u00a0: ${reason}`,
    needsSettings: (detail: string) =>
      `Pour délivrer des attestations, remplissez d’abord les paramètres de formation continue du groupe\u00a0: ${detail} (page du groupe → FC et attestations).`,
    providerName: 'Entrez le nom de l’organisme responsable.',
    facilitatorName: 'Entrez le nom de la personne qui anime.'
  }
} satisfies typeof english
