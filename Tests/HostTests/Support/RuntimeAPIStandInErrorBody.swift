/// The JSON body of an error the runtime posted to the stand-in.
struct RuntimeAPIStandInErrorBody: Decodable, Hashable, Sendable {
  var errorType: String
  var errorMessage: String
}
