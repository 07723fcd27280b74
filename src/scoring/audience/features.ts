/**
 * What a followers list shows about one account, as the features the calibration data sets
 * hold. Mapping (dataset column ← list): "profile pic" / userHasProfilPic ← defaultAvatar;
 * "nums/length username" / usernameDigitCount ÷ usernameLength ← username; "fullname words" ←
 * displayName (0 words = no display name, 1 word, 3 or more); "nums/length fullname" ← displayName;
 * "name==username" ← displayName vs username. Random-looking usernames have no column.
 */
export interface FollowerFeatures {
  /** 1 default avatar, 0 own picture, null not visible. */
  noAvatar: number | null;
  usernameDigits: number;
  /** 1 no display name, 0 has one, null when the list shows no names at all. */
  noDisplayName: number | null;
  nameDigits: number;
  nameIsUsername: number;
  /** 1 a display name of one word ("Mia"), 0 otherwise, null when the list shows no names. */
  nameOneWord: number | null;
  /** 1 a display name of three words or more, 0 otherwise, null when the list shows no names. */
  nameManyWords: number | null;
  randomUsername: number;
}

export interface FollowerInput {
  username: string;
  displayName: string | null;
  defaultAvatar: boolean | null;
}

const digitShare = (s: string): number => {
  if (!s.length) return 0;
  let d = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) d++;
  }
  return d / s.length;
};

/** Usernames are ASCII letters, digits, dots and underscores: compare names on those alone. */
const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Random-looking: five consonants in a row, or letters and digits interleaved (a1b2c3…). */
const RANDOM = /[bcdfghjklmnpqrstvwxz]{5,}|(?:[a-z]+\d+){2,}[a-z]/i;
function looksRandom(username: string): boolean {
  return RANDOM.test(username);
}

/** `namesShown`: does the list show display names at all (else that feature is unknown)? */
export function featuresOf(f: FollowerInput, namesShown: boolean): FollowerFeatures {
  const username = typeof f.username === 'string' ? f.username : '';
  const name = typeof f.displayName === 'string' ? f.displayName.trim() : '';
  const hasName = name.length > 0;
  const words = hasName ? name.split(/\s+/).length : 0;
  return {
    noAvatar:
      f.defaultAvatar === null || f.defaultAvatar === undefined ? null : f.defaultAvatar ? 1 : 0,
    usernameDigits: digitShare(username),
    noDisplayName: namesShown ? (hasName ? 0 : 1) : null,
    nameDigits: hasName ? digitShare(name) : 0,
    nameIsUsername: hasName && squash(name) === squash(username) ? 1 : 0,
    nameOneWord: namesShown ? (words === 1 ? 1 : 0) : null,
    nameManyWords: namesShown ? (words >= 3 ? 1 : 0) : null,
    randomUsername: looksRandom(username) ? 1 : 0,
  };
}
