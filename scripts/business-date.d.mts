export const DEFAULT_TEST_BUSINESS_DATE: string;
export const EDGE_BUSINESS_DATES: string[];
export function testBusinessDate(env?: Record<string, string | undefined>): string;
