import { generateKeyPairSync, type KeyObject } from 'node:crypto';

/** A locally minted RSA key pair with a key id: what the auth fixtures sign and publish. */
export interface KeyPair {
  kid: string;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export function keyPair(kid: string): KeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { kid, privateKey, publicKey };
}
