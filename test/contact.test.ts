import { describe, expect, it } from 'vitest';
import { contactOf, emailsIn, hostOf } from '../src/contact/contact';

describe('contact from the bio, in five languages', () => {
  it.each([
    ['Business: hello@lenabakes.com', ['hello@lenabakes.com']],
    ['Kooperationen 📩 kontakt@mara-keramik.de', ['kontakt@mara-keramik.de']],
    ['Colaboraciones: carla.corre [at] gmail [dot] com', ['carla.corre@gmail.com']],
    ['Contact pro : paul(at)agence(dot)fr', ['paul@agence.fr']],
    ['Parcerias 👉 maya_moves@outlook.com.br', ['maya_moves@outlook.com.br']],
    ['Collaborazioni: ｉｎｆｏ＠ｐａｓｔａ．ｉｔ', ['info@pasta.it']],
  ])('%s', (bio, want) => {
    expect(emailsIn(bio)).toEqual(want);
  });

  it('does not take handles, prices or plain words for addresses', () => {
    expect(emailsIn('Follow @lena.bakes and @mara')).toEqual([]);
    expect(emailsIn('we meet at noon')).toEqual([]);
  });

  it('names the link host without fetching it; only web addresses count', () => {
    expect(contactOf('Hi', 'https://www.linktr.ee/lena')).toEqual({
      emails: [],
      linkHost: 'linktr.ee',
      link: 'https://www.linktr.ee/lena',
    });
    expect(contactOf('Shop: www.lena-bakes.de', null).linkHost).toBe('lena-bakes.de');
    expect(hostOf('javascript:alert(1)')).toBeNull();
    expect(contactOf(null, null)).toEqual({ emails: [], linkHost: null, link: null });
  });
});
