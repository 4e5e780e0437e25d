import { DEMO_MUNICIPALITY } from '../domain/demo/demoRegister';
import type { Catalogue } from '../locales';

/** The demo banner text while the register holds demo data; undefined otherwise. */
export async function demoBannerFor(register: { isDemo(): Promise<boolean> }, t: Catalogue): Promise<string | undefined> {
  return (await register.isDemo()) ? t.demoBanner(DEMO_MUNICIPALITY) : undefined;
}
