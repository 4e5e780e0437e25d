/** A channel thread (…;messageid=…) belongs to its channel: compare conversations by this key. */
export function conversationKeyOf(id: string): string {
  return id.split(';')[0];
}

export function sameConversation(a: string | null | undefined, b: string | null | undefined): boolean {
  return !!a && !!b && conversationKeyOf(a) === conversationKeyOf(b);
}
