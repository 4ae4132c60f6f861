import { catalogue } from '../catalogue.js';

/** What a form sent back says: the banner, and each field's message. */
export const formTexts = catalogue({
  errorsTitle: {
    fr: 'Vérifiez ce formulaire',
    en: 'Please check this form',
  },
  errors: {
    required: {
      fr: 'Ce champ est à remplir.',
      en: 'Please fill in this field.',
    },
    email: {
      fr: 'Indiquez une adresse e-mail valide, par exemple nom@exemple.fr.',
      en: 'Enter a valid email address, for example name@example.org.',
    },
    phone: {
      fr: 'Indiquez un numéro de téléphone, par exemple 06 12 34 56 78.',
      en: 'Enter a phone number, for example +33 6 12 34 56 78.',
    },
    itt: {
      fr: 'Indiquez un nombre de jours, par exemple 3.',
      en: 'Enter a number of days, for example 3.',
    },
    witnessLimit: {
      fr: 'Votre dossier nomme déjà autant de témoins qu’il peut.',
      en: 'Your case already names as many witnesses as it may.',
    },
    tooManyCases: {
      fr: 'Cette adresse a déjà autant de dossiers qu’elle peut en avoir. Pour retrouver les vôtres, demandez un lien de connexion ; vous pouvez aussi effacer un ancien dossier.',
      en: 'This address already has as many cases as it may. To find yours, ask for a sign-in link; you can also erase an old case.',
    },
    date: {
      fr: 'Indiquez une date passée.',
      en: 'Enter a date in the past.',
    },
    url: {
      fr: 'Indiquez une adresse qui commence par http:// ou https://.',
      en: 'Enter an address starting with http:// or https://.',
    },
    tooLong: {
      fr: 'Ce texte est trop long.',
      en: 'This text is too long.',
    },
    receipt: {
      fr: 'Indiquez le numéro du récépissé remis par la police ou la gendarmerie.',
      en: 'Enter the receipt number the police or gendarmerie gave you.',
    },
    evidence: {
      fr: 'Ajoutez d’abord au moins une capture d’écran ou un lien.',
      en: 'First add at least one screenshot or link.',
    },
    certificate: {
      fr: 'Envoyez d’abord le certificat médical, ou passez cette étape.',
      en: 'First send the medical certificate, or skip this step.',
    },
    conflict: {
      fr: 'Une autre réponse est déjà enregistrée pour cette étape.',
      en: 'Another answer is already saved for this step.',
    },
    notApplicable: {
      fr: 'Cette étape ne sert que si la plainte a été refusée.',
      en: 'This step is only needed if the complaint was refused.',
    },
    limit: {
      fr: 'Votre dossier a atteint le nombre maximal d’éléments.',
      en: 'Your case holds the most items it can.',
    },
    confirm: {
      fr: 'Cochez la case pour confirmer.',
      en: 'Tick the box to confirm.',
    },
    password: {
      fr: 'Choisissez un mot de passe d’au moins 8 caractères (127 octets au plus).',
      en: 'Choose a password of at least 8 characters (at most 127 bytes).',
    },
    invalid: {
      fr: 'Vérifiez ce champ.',
      en: 'Please check this field.',
    },
  },
});
