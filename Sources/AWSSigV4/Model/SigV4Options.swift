/// Service-specific variations of SigV4 signing.
///
/// The defaults suit every service except Amazon S3; ``s3`` gives S3's settings.
public struct SigV4Options: Sendable, Hashable {
  /// Whether to remove `.` and `..` segments and repeated slashes from the path before signing
  /// (RFC 3986 normalization). S3 object keys may contain such segments, so S3 turns it off.
  public var normalizePath = true

  /// Whether to percent-encode the wire path once more for the canonical request, as every service but S3
  /// expects (a space, `%20` on the wire, becomes `%2520`). When off, the path is encoded once.
  public var doubleEncodePath = true

  /// Whether to add and sign an `x-amz-content-sha256` header carrying the payload hash (S3 requires it).
  public var includeContentSHA256Header = false

  /// Whether to add the session token after computing the signature instead of signing it, as a few
  /// services (for example IoT) require.
  public var omitSessionTokenFromSignature = false

  /// Whether to sign the literal `UNSIGNED-PAYLOAD` instead of the body's hash (S3 presigned URLs).
  public var unsignedPayload = false

  /// Creates options.
  ///
  /// - Parameters:
  ///   - normalizePath: normalize `.`/`..` segments and repeated slashes.
  ///   - doubleEncodePath: encode the wire path again (everything but S3).
  ///   - includeContentSHA256Header: add and sign `x-amz-content-sha256`.
  ///   - omitSessionTokenFromSignature: add the session token without signing it.
  ///   - unsignedPayload: sign `UNSIGNED-PAYLOAD` instead of the body hash.
  public init(
    normalizePath: Bool = true,
    doubleEncodePath: Bool = true,
    includeContentSHA256Header: Bool = false,
    omitSessionTokenFromSignature: Bool = false,
    unsignedPayload: Bool = false
  ) {
    self.normalizePath = normalizePath
    self.doubleEncodePath = doubleEncodePath
    self.includeContentSHA256Header = includeContentSHA256Header
    self.omitSessionTokenFromSignature = omitSessionTokenFromSignature
    self.unsignedPayload = unsignedPayload
  }

  /// Amazon S3's settings: no path normalization, single encoding, and a signed `x-amz-content-sha256`.
  public static var s3: SigV4Options {
    SigV4Options(normalizePath: false, doubleEncodePath: false, includeContentSHA256Header: true)
  }
}
