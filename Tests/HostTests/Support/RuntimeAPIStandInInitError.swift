/// The initialisation error the runtime posted to the stand-in.
struct RuntimeAPIStandInInitError: Decodable, Hashable, Sendable {
  var errorTypeHeader: String?
  var error: RuntimeAPIStandInErrorBody?
  var body: String
}
