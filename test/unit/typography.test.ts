import { describe, expect, it } from 'vitest';
import {
  NARROW_NBSP as N,
  typeset,
  typesetTexts,
  typographyFaults,
} from '../../shared/i18n/typography.js';

describe('French typography', () => {
  it.each([
    ['Rappel : étape 4 sur 8', `Rappel${N}: étape 4 sur 8`],
    ['Attention: vite', `Attention${N}: vite`],
    ['Vraiment ? Oui !', `Vraiment${N}? Oui${N}!`],
    ['Vraiment? Oui!', `Vraiment${N}? Oui${N}!`],
    ['un ; deux', `un${N}; deux`],
    ['un; deux', `un${N}; deux`],
    ['appuyez sur « Me connecter ».', `appuyez sur «${N}Me connecter${N}».`],
    ['appuyez sur «Me connecter».', `appuyez sur «${N}Me connecter${N}».`],
    ['l’icône « ! » rouge', `l’icône «${N}!${N}» rouge`],
    ['fin :\nsuite', `fin${N}:\nsuite`],
    ['récépissé n° 12 : reçu', `récépissé n°\u00A012${N}: reçu`],
  ])('spaces %j', (plain, typeset_) => {
    expect(typeset('fr', plain)).toBe(typeset_);
    expect(typographyFaults(typeset('fr', plain))).toEqual([]);
    expect(typographyFaults(plain)).not.toEqual([]);
  });

  it.each([
    'à 14:30 (2/3)',
    `Ouvrir${N}: https://app.example/access/X?t=abc&lang=fr`,
    'https://app.example/a;b!c?d:e',
    'mailto:victime@example.org?subject=x',
    `Déjà juste${N}: oui${N}!`,
    'Déjà juste\u00A0: oui\u00A0!',
  ])('leaves %j as it should be', (text) => {
    const once = typeset('fr', text);
    expect(typeset('fr', once)).toBe(once);
    expect(once.replaceAll(N, '')).toBe(text.replaceAll(N, ''));
    expect(once).toContain(text.match(/https?:\S+|mailto:\S+|14:30/)?.[0] ?? '');
    expect(typographyFaults(once)).toEqual([]);
  });

  it('puts the space before a colon after an address, not inside it', () => {
    expect(typeset('fr', 'Lien : https://a.example/x?y=1 ; ensuite')).toBe(
      `Lien${N}: https://a.example/x?y=1${N}; ensuite`,
    );
  });

  it('leaves English alone', () => {
    expect(typeset('en', 'Reminder: step 4 of 8! “Sign me in”?')).toBe(
      'Reminder: step 4 of 8! “Sign me in”?',
    );
  });

  it('sets a table deeply, functions included, and what a function is given stays as given', () => {
    // The victim's words reach texts as arguments: a name, an address, a quote.
    const typed = 'Zoé « Z » : ici ! 14:30';
    const table = typesetTexts('fr', {
      title: 'Votre dossier : étape 1',
      list: ['un ; deux', 'Vraiment ?'],
      greet: (name: string) => `Bonjour ${name} !`,
      signed: (who: { name: string; city: string }) => `Signé : ${who.name}, à ${who.city} ?`,
      count: (n: number) => `Pièce n° ${n} : reçue`,
    });

    expect(table.title).toBe(`Votre dossier${N}: étape 1`);
    expect(table.list).toEqual([`un${N}; deux`, `Vraiment${N}?`]);
    expect(table.greet(typed)).toBe(`Bonjour ${typed}${N}!`);
    expect(table.greet('Ana')).toBe(`Bonjour Ana${N}!`);
    expect(table.signed({ name: typed, city: 'Lyon : 7e' })).toBe(
      `Signé${N}: ${typed}, à Lyon : 7e${N}?`,
    );
    expect(table.count(3)).toBe(`Pièce n°\u00A03${N}: reçue`);
    expect(typesetTexts('en', table)).toBe(table);
    expect(typesetTexts('fr', table).title).toBe(table.title);
  });
});
