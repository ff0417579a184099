export const CLIENT_ADDRESS_HEADER: string;
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops?: number,
): string;
export function trustedHopsOf(value: string | undefined): number;
