import { catalogue } from '../catalogue.js';

/** The frame of every page: quick exit, language switch, footer; the pages every feature may answer with. */
export const frameTexts = catalogue({
  serviceName: {
    fr: 'Dossier harcèlement',
    en: 'Harassment case file',
  },
  home: {
    fr: 'Accueil',
    en: 'Home',
  },
  quickExit: {
    fr: 'Quitter vite',
    en: 'Quick exit',
  },
  quickExitHint: {
    fr: 'Appuyez sur Échap ou sur « Quitter vite » pour quitter ce site tout de suite.',
    en: 'Press Escape or “Quick exit” to leave this site at once.',
  },
  language: {
    fr: 'Langue',
    en: 'Language',
  },
  skip: {
    fr: 'Aller au contenu',
    en: 'Skip to content',
  },
  footer: {
    fr: 'Service libre et gratuit. En cas de danger immédiat, appelez le 17 ou le 112 (ou envoyez un SMS au 114).',
    en: 'A free, open-source service. If you are in immediate danger, call 17 or 112 (or text 114).',
  },
  emergency: {
    fr: 'En cas de danger immédiat : appelez le 17 ou le 112, ou envoyez un SMS au 114.',
    en: 'If you are in immediate danger: call 17 or 112, or text 114.',
  },
  back: {
    fr: 'Retour à l’accueil',
    en: 'Back to the home page',
  },
  tooMany: {
    fr: 'Trop de demandes depuis cet appareil. Réessayez dans une heure.',
    en: 'Too many requests from this device. Try again in an hour.',
  },
  tooManyAttempts: {
    title: {
      fr: 'Trop de tentatives',
      en: 'Too many attempts',
    },
    body: {
      fr: 'Trop de liens ou de connexions refusés, depuis ce réseau ou pour ce dossier. Patientez une heure avant de réessayer. Un lien de connexion valable, reçu par e-mail, fonctionne toujours.',
      en: 'Too many links or sign-ins were refused, from this network or for this case. Wait an hour before trying again. A valid sign-in link received by email always works.',
    },
  },
  forbidden: {
    title: {
      fr: 'Action refusée',
      en: 'Action refused',
    },
    body: {
      fr: 'Ce formulaire a expiré ou ne vient pas de ce site. Revenez à la page et réessayez.',
      en: 'This form has expired or does not come from this site. Go back to the page and try again.',
    },
  },
  notFound: {
    title: {
      fr: 'Page introuvable',
      en: 'Page not found',
    },
    body: {
      fr: 'Cette adresse ne mène à aucune page. Si elle vient d’un lien reçu par e-mail, il a peut-être été coupé : copiez-le en entier, ou demandez un nouveau lien depuis l’accueil.',
      en: 'This address leads to no page. If it comes from a link in an email, the link may have been cut: copy it whole, or ask for a new link from the home page.',
    },
  },
  error: {
    title: {
      fr: 'Un problème est survenu',
      en: 'Something went wrong',
    },
    body: {
      fr: 'Rien de ce que vous avez envoyé n’est perdu. Réessayez dans un instant.',
      en: 'Nothing you sent is lost. Please try again in a moment.',
    },
  },
});
