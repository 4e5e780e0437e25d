/** What the organisation's directory (Microsoft Graph) adds to a person in the register. */
export interface DirectoryPerson {
  displayName: string | null;
  jobTitle: string | null;
  mail: string | null;
  /** Deep link that opens a Teams chat with the person. */
  chatUrl: string | null;
}

/**
 * Optional people directory. Implementations must never throw for a lookup and must answer fast:
 * a slow or failing directory means "no enrichment", never a broken answer.
 */
export interface PeopleDirectory {
  lookup(email: string): Promise<DirectoryPerson | undefined>;
}
