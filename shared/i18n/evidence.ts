import type { RejectionReason } from '../domain/evidence-events.js';
import type { Locale } from '../domain/locale.js';
import { typesetTable } from './typography.js';

/** What the victim reads when an upload is refused: what happened and what to do. */
const asWritten: Readonly<Record<Locale, Readonly<Record<RejectionReason, string>>>> = {
  fr: {
    'not-issued':
      'Ce fichier n’a pas été envoyé par le formulaire de votre dossier. Il a été supprimé ; ajoutez-le à nouveau depuis votre dossier.',
    expired:
      'Le formulaire d’envoi avait expiré (il reste valable 10 minutes). Le fichier a été supprimé ; ajoutez-le à nouveau.',
    empty: 'Le fichier reçu était vide. Vérifiez le fichier et ajoutez-le à nouveau.',
    'too-large':
      'Le fichier dépasse la taille permise pour ce type de preuve. Réduisez-le (par exemple en découpant la vidéo) et ajoutez-le à nouveau.',
    'size-mismatch':
      'Le fichier reçu n’a pas la taille annoncée : l’envoi a peut-être été interrompu. Ajoutez-le à nouveau.',
    'type-mismatch':
      'Le contenu du fichier ne correspond pas à un format accepté pour ce type de preuve (captures : PNG, JPEG, WebP, GIF ; vidéos : MP4, WebM, MOV ; documents et certificat : PDF, PNG, JPEG). Le fichier a été supprimé.',
    polyglot:
      'Le fichier contient d’autres données cachées après ou dans l’image ou le document. Par sécurité il a été supprimé ; enregistrez à nouveau la capture ou exportez le document, puis ajoutez-le.',
    'active-content':
      'Ce PDF contient du contenu actif (un script, une action automatique, un fichier joint ou un formulaire XFA), ou il est chiffré, ou il n’a pas pu être vérifié entièrement. Par sécurité il a été supprimé : imprimez-le en PDF (« Imprimer » puis « Enregistrer au format PDF ») ou faites-en une photo, puis ajoutez ce nouveau fichier.',
    'content-type-mismatch':
      'Le fichier n’a pas été envoyé avec le type que le formulaire d’envoi avait annoncé. Il a été supprimé\u00a0; ajoutez-le à nouveau depuis votre dossier.',
    'already-uploaded':
      'Un fichier a déjà été reçu pour cet envoi ; le premier est conservé tel quel. Pour ajouter un autre fichier, faites un nouvel envoi.',
  },
  en: {
    'not-issued':
      'This file was not sent through your case’s upload form. It was deleted; add it again from your case.',
    expired:
      'The upload form had expired (it is valid for 10 minutes). The file was deleted; add it again.',
    empty: 'The file received was empty. Check the file and add it again.',
    'too-large':
      'The file is larger than allowed for this kind of evidence. Make it smaller (for example by cutting the video) and add it again.',
    'size-mismatch':
      'The file received does not have the size announced: the upload may have been cut off. Add it again.',
    'type-mismatch':
      'The content of the file is not in a format accepted for this kind of evidence (screenshots: PNG, JPEG, WebP, GIF; videos: MP4, WebM, MOV; documents and certificate: PDF, PNG, JPEG). The file was deleted.',
    polyglot:
      'The file hides other data after or inside the image or document. For safety it was deleted; save the screenshot again or export the document again, then add it.',
    'active-content':
      'This PDF holds active content (a script, an automatic action, an attached file or an XFA form), or it is encrypted, or it could not be checked whole. For safety it was deleted: print it to PDF (“Print”, then “Save as PDF”) or take a photo of it, then add that new file.',
    'content-type-mismatch':
      'The file was not sent with the type the upload form announced. It was deleted; add it again from your case.',
    'already-uploaded':
      'A file was already received for this upload; the first one is kept as it was. To add another file, start a new upload.',
  },
};

/** The French side set in French typography (no-break spaces), once, here. */
export const REJECTION_TEXT = typesetTable(asWritten);
