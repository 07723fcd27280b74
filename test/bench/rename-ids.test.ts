// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  idOfLink,
  idRenaming,
  renamedClone,
  renameInJson,
} from '../../scripts/bench/in-page/rename-ids';

describe('idOfLink', () => {
  it('finds the post code, video id or comment id a link names', () => {
    expect(idOfLink('/lena.bakes/p/C7kLm2sNqA0xQ/')).toBe('C7kLm2sNqA0xQ');
    expect(idOfLink('/p/C7kLm2sNqA0xQ/c/1790000000000001/')).toBe('1790000000000001');
    expect(idOfLink('/watch?v=tTpa0Qzxxxx&lc=Ugx0')).toBe('Ugx0');
    expect(idOfLink('/@maya.moves/video/7381122334455660010')).toBe('7381122334455660010');
    expect(idOfLink('/lena.bakes/')).toBeNull();
  });
});

describe('idRenaming', () => {
  const youtube = ['tTpa0Qzxxxx', 'tTpb1Qzxxxx', 'tTpc2Qzxxxx'];

  it('keeps ids of one length at that length (YouTube ids must stay 11 characters)', () => {
    const r = idRenaming(youtube);
    for (let k = 1; k < 50; k++)
      for (const id of youtube) expect(r.copy(id, k)).toMatch(/^[\w-]{11}$/);
  });

  it('never repeats an original or another copy', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[A-Za-z0-9_-]{4,12}$/), { minLength: 1, maxLength: 20 }),
        fc.integer({ min: 2, max: 300 }),
        (ids, copies) => {
          const r = idRenaming(ids);
          const all = new Set(ids);
          for (let k = 1; k < copies; k++) for (const id of ids) all.add(r.copy(id, k));
          expect(all.size).toBe(ids.length * copies);
        },
      ),
      { numRuns: 30 },
    );
  }, 300_000);

  it('appends digits to numeric ids', () => {
    expect(idRenaming(['1790000000000001']).copy('1790000000000001', 7)).toBe(
      '1790000000000001007',
    );
  });
});

describe('renaming in copies', () => {
  it('renames the same ids in the DOM and in the embedded JSON, and nothing else', () => {
    const r = idRenaming(['C7kLm2sNqA0xQ']);
    document.body.innerHTML = '<div><a href="/lena.bakes/p/C7kLm2sNqA0xQ/">x</a></div>';
    const copy = renamedClone(document.body.firstElementChild!, r, 1);
    const href = copy.querySelector('a')!.getAttribute('href')!;
    const code = idOfLink(href)!;
    expect(code).not.toBe('C7kLm2sNqA0xQ');
    expect(href).toBe(`/lena.bakes/p/${code}/`);
    expect(renameInJson({ code: 'C7kLm2sNqA0xQ', user: 'lena.bakes' }, r, 1)).toEqual({
      code,
      user: 'lena.bakes',
    });
  });
});
