import { sigmoid } from '../num';
import type { Thresholds } from '../thresholds';
import type { FollowerFeatures } from './features';

/**
 * Logistic model of "this follower is fake" from list-visible features; weights live in the
 * threshold table (calibrated by `npm run eval`). A feature the list does not show is replaced
 * by its share among the training accounts, so it neither raises nor lowers suspicion unduly.
 */
export function suspicion(x: FollowerFeatures, T: Thresholds): number {
  const z =
    T['audience.w.intercept'].value +
    T['audience.w.noAvatar'].value * (x.noAvatar ?? T['audience.mean.noAvatar'].value) +
    T['audience.w.usernameDigits'].value * x.usernameDigits +
    T['audience.w.noDisplayName'].value *
      (x.noDisplayName ?? T['audience.mean.noDisplayName'].value) +
    T['audience.w.nameDigits'].value * x.nameDigits +
    T['audience.w.nameIsUsername'].value * x.nameIsUsername +
    T['audience.w.nameOneWord'].value * (x.nameOneWord ?? T['audience.mean.nameOneWord'].value) +
    T['audience.w.nameManyWords'].value *
      (x.nameManyWords ?? T['audience.mean.nameManyWords'].value) +
    T['audience.w.randomUsername'].value * x.randomUsername;
  return sigmoid(z);
}
