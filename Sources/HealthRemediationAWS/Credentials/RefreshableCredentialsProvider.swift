/// A credentials provider that caches, and can be told that its cached credentials were refused.
public protocol RefreshableCredentialsProvider: CredentialsProvider {
  /// Forgets the cached credentials so that the next call fetches new ones.
  func invalidate() async
}
