/**
 * One definition of "this pull request comes from a fork", for the event payload and the
 * REST answer alike (both forges embed the same pull request object in webhooks). Fails
 * closed: a pull request is from a fork unless its head repository is provably this one.
 */
export interface PullOrigin {
  /**
   * Forgejo's `flow`: 0 for a branch pull request; 1 for AGit, where anyone with read access
   * pushes `refs/for/<branch>` into the base repository itself, so its head repository is
   * this one although a stranger wrote it. Forgejo treats AGit and any unknown flow as a
   * fork (services/actions/notifier_helper.go). GitHub sends none.
   */
  flow?: number | undefined;
  /** The head repository; null or absent once a fork is deleted (both forges). */
  headRepo?: { fullName?: string | undefined; id?: number | undefined } | null | undefined;
}

export function fromFork(pull: PullOrigin, repository: { fullName: string; id?: number }): boolean {
  if (pull.flow !== undefined && pull.flow !== 0) return true;
  const head = pull.headRepo;
  if (!head || (head.fullName === undefined && head.id === undefined)) return true;
  // Repository names are case-insensitive on both forges.
  if (head.fullName !== undefined && head.fullName.toLowerCase() !== repository.fullName.toLowerCase()) return true;
  return head.id !== undefined && repository.id !== undefined && head.id !== repository.id;
}
