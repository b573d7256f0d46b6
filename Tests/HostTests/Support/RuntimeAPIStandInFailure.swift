/// Why the stand-in could not be used.
struct RuntimeAPIStandInFailure: Error, CustomStringConvertible {
  var description: String
}
