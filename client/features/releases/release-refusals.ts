/**
 * What the server's release refusals mean for the operator, keyed by their stable codes (README, the
 * releases rows). The server's own message follows as the detail; an unknown code shows only that.
 */
const MESSAGES: Record<string, string> = {
  NO_CANARY: 'No instance matches the canary selection. Pick instances, or a parameter value some provider has.',
  NO_STABLE: 'Every instance is in the canary: leave at least one stable instance to compare against and fall back to.',
  SPLIT_UNREACHABLE: 'A step’s share cannot be reached with whole weights for these instance counts. Pick other percentages or another canary set.',
  UNTAGGED_STRANDED: 'Calls without the tag would have no provider left: tag isolation needs stable instances outside the canary.',
  TAG_STRANDED: 'Calls carrying the tag would have no provider: the tag would route to no running canary instance.',
  TAG_NOT_ISOLATED: 'Another tag already routes to some of these instances, so they cannot be isolated for this tag.',
  TAG_RULE_DISABLED: 'The application’s tag rule is switched off but holds other tags; switching it on would route them too.',
  TAG_NEEDS_TAG_MODE: 'A tag belongs to tag mode only.',
  RELEASE_ACTIVE: 'Another gray release of this target is still running or paused: finish or roll it back first.',
  INVALID_RULE_FILE: 'A rule file this release would write cannot be read by Dubbo. Fix or roll it back on the Rules page first.',
  BAD_STEPS: 'The steps are not usable: whole percentages from 1 to 100, each larger than the one before.',
  BAD_HOLD: 'The hold time is not usable.',
  BAD_ADDRESS: 'An instance address is not ip:port.',
  BAD_TARGET: 'The application or service is not usable as a release target.',
  UNKNOWN_APPLICATION: 'The registry has no provider of this application right now.',
  UNKNOWN_SERVICE: 'The application does not provide this service right now.',
  UNKNOWN_INSTANCE: 'A picked instance is not a provider of this target any more.',
  NOT_RUNNING: 'The release is not running.',
  NOT_PAUSED: 'The release is not paused.',
  NOT_STARTED: 'The release has not started.',
  ALREADY_STARTED: 'The release has already started.',
  LAST_STEP: 'This is the last step: promote or roll back.',
  RELEASE_FINISHED: 'The release is already finished.',
  RELEASE_CHANGED: 'Someone else moved this release at the same moment. Look at its state and try again.',
  RULE_CHANGED_SINCE: 'A touched rule file was edited by hand after the release wrote it; rolling back would overwrite that edit.',
  CANARY_GONE: 'A canary instance left the registry: the release failed. Roll it back.',
  CONFLICT: 'A rule file changed while the move was written. Try again.',
};

export function refusalMessage(code: string): string | undefined {
  return MESSAGES[code];
}
