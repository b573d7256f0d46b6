/// What one signing produced at each stage, as bytes; the public APIs turn the parts they need into text.
struct SigningComputation {
  /// The canonical request (stage 1).
  let canonicalRequest: [UInt8]

  /// The signed header names joined by `;`.
  let signedHeaders: [UInt8]

  /// The string to sign (stage 2).
  let stringToSign: [UInt8]

  /// The signature as 64 lowercase hex digits (stage 4).
  let signature: [UInt8]

  /// The signing time.
  let date: AMZDate
}
