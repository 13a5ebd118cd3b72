/**
 * Two numbers every Dubbo URL carries and people mix up: `release=` is the framework release the
 * application runs (2.7.8, 3.3.1); `dubbo=` is the protocol version (2.0.2 for every 2.7 and 3.x
 * release). The column headings of both tables explain them with these hints.
 */
export const RELEASE_HINT =
  "The Dubbo framework release the application runs (its release= parameter); '—' when the app does not say (Dubbo 2.6 and older).";

export const PROTOCOL_HINT =
  "The Dubbo protocol version Dubbo writes into every URL (dubbo=2.0.2 for all of 2.7 and 3.x): not the framework release.";
