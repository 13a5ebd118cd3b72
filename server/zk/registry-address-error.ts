/** A registry address that cannot be understood. The message never contains the password. */
export class RegistryAddressError extends Error {
  override readonly name = 'RegistryAddressError';
  readonly code = 'BAD_REGISTRY_ADDRESS' as const;
  readonly details: { readonly address: string; readonly reason: string };

  constructor(address: string, reason: string) {
    const masked = maskPassword(address);
    super(`Bad registry address "${masked}": ${reason}`);
    this.details = { address: masked, reason };
  }
}

export function maskPassword(address: string): string {
  return address
    .replace(/([?&]password=)[^&]*/gi, '$1***')
    .replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*:)[^@/]*@/i, '$1***@');
}
