#!/usr/bin/env bash
# Builds the Lambda host `bootstrap` for the provided.al2023 runtime and zips it into dist/bootstrap.zip.
#
#   scripts/package-lambda.sh [--skip-build] [--bundle-libs] [--max-glibc VERSION]
#
#   --skip-build     package the binary already built by `swift build -c release --product bootstrap`
#   --bundle-libs    also copy the shared libraries the binary needs beyond glibc (libcurl, libxml2 and
#                    their dependencies) into lib/ inside the zip, where Lambda's loader looks
#                    ($LAMBDA_TASK_ROOT/lib). Do this only on an Amazon Linux 2023 build host, so that the
#                    copied libraries are the ones built for that system.
#   --max-glibc V    the newest glibc symbol version allowed (default 2.34, the glibc of provided.al2023)
#
# The Swift standard library and Foundation are linked statically; glibc, libcurl and libxml2 stay dynamic.
# The script fails, naming the offending symbols, when the binary (or a bundled library) needs a glibc
# symbol version newer than the runtime's, because such a binary does not start on Lambda.
set -euo pipefail

max_glibc="2.34"
skip_build=false
bundle_libs=false
while [[ $# -gt 0 ]]; do
  case "$1" in
    --skip-build) skip_build=true ;;
    --bundle-libs) bundle_libs=true ;;
    --max-glibc) shift; max_glibc="${1:?--max-glibc needs a version}" ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "package-lambda: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
  shift
done

cd "$(dirname "$0")/.."
dist="dist"

fail() { echo "package-lambda: $*" >&2; exit 1; }

for tool in swift strip objdump readelf zip; do
  command -v "$tool" >/dev/null || fail "'$tool' is not installed (binutils provides strip, objdump, readelf)"
done

# Linking FoundationNetworking and FoundationXML statically needs the development links libcurl.so and
# libxml2.so; without them the link fails with an obscure "cannot find -lcurl".
find_dev_library() {
  local name="$1" dir
  for dir in /usr/lib64 /usr/lib /usr/lib/x86_64-linux-gnu /usr/lib/aarch64-linux-gnu /lib64 /lib; do
    [[ -e "$dir/$name" ]] && return 0
  done
  return 1
}
missing=()
find_dev_library libcurl.so || missing+=("libcurl (Debian/Ubuntu: libcurl4-openssl-dev; Amazon Linux 2023: libcurl-devel)")
find_dev_library libxml2.so || missing+=("libxml2 (Debian/Ubuntu: libxml2-dev; Amazon Linux 2023: libxml2-devel)")
if [[ ${#missing[@]} -gt 0 ]]; then
  echo "package-lambda: the development files of these libraries are missing:" >&2
  printf '  - %s\n' "${missing[@]}" >&2
  echo "install them with 'apt-get install libcurl4-openssl-dev libxml2-dev' (Debian/Ubuntu)" >&2
  echo "or 'dnf install libcurl-devel libxml2-devel' (Amazon Linux 2023), then run this script again." >&2
  exit 1
fi

build_flags=(-c release --product bootstrap --static-swift-stdlib)
if [[ "$skip_build" == false ]]; then
  echo "package-lambda: swift build ${build_flags[*]}"
  swift build "${build_flags[@]}"
fi
bin_path="$(swift build "${build_flags[@]}" --show-bin-path)"
[[ -x "$bin_path/bootstrap" ]] || fail "no built binary at $bin_path/bootstrap"

rm -rf "$dist"
mkdir -p "$dist"
strip --strip-all -o "$dist/bootstrap" "$bin_path/bootstrap"
chmod 755 "$dist/bootstrap"
binary_size="$(stat -c %s "$dist/bootstrap")"
echo "package-lambda: dist/bootstrap is $binary_size bytes ($((binary_size / 1024 / 1024)) MiB) stripped"

# Prints "version symbol" for every glibc-versioned dynamic symbol the file needs.
needed_glibc_symbols() {
  objdump -T "$1" | awk '
    /\*UND\*/ {
      for (i = 1; i <= NF; i++) {
        field = $i
        gsub(/[()]/, "", field)
        if (field ~ /^GLIBC_[0-9]+(\.[0-9]+)*$/) { sub(/^GLIBC_/, "", field); print field, $NF }
      }
    }'
}

# The newer of two dotted versions.
version_gt() { [[ "$1" != "$2" && "$(printf '%s\n%s\n' "$1" "$2" | sort -V | tail -n1)" == "$1" ]]; }

check_glibc() {
  local file="$1" label="$2" symbols max offending
  symbols="$(needed_glibc_symbols "$file")"
  if [[ -z "$symbols" ]]; then
    echo "package-lambda: $label needs no versioned glibc symbols"
    return 0
  fi
  max="$(cut -d' ' -f1 <<<"$symbols" | sort -uV | tail -n1)"
  echo "package-lambda: $label needs glibc $max at most (the limit is $max_glibc)"
  offending="$(while read -r version symbol; do
      if version_gt "$version" "$max_glibc"; then echo "    $symbol@GLIBC_$version"; fi
    done <<<"$symbols" | sort -u)"
  if [[ -n "$offending" ]]; then
    echo "package-lambda: $label needs glibc symbols newer than $max_glibc, so it will not start on" >&2
    echo "provided.al2023. Build on Amazon Linux 2023 (see Documentation/Deployment.md). Offending symbols:" >&2
    echo "$offending" >&2
    return 1
  fi
}

glibc_ok=true
check_glibc "$dist/bootstrap" "bootstrap" || glibc_ok=false

echo "package-lambda: bootstrap links these shared libraries dynamically:"
readelf -d "$dist/bootstrap" | awk '/\(NEEDED\)/ { gsub(/[\[\]]/, "", $NF); print "    " $NF }'

if [[ "$bundle_libs" == true ]]; then
  mkdir -p "$dist/lib"
  # Everything ldd resolves except glibc's own libraries, which the runtime provides.
  while read -r library; do
    cp -L "$library" "$dist/lib/"
    check_glibc "$dist/lib/$(basename "$library")" "lib/$(basename "$library")" || glibc_ok=false
  done < <(ldd "$dist/bootstrap" | awk '$2 == "=>" && $3 ~ /^\// { print $3 }' |
    grep -Ev '/(libc|libm|libdl|librt|libpthread|libresolv|libutil|ld-linux[^/]*)\.so' || true)
fi

[[ "$glibc_ok" == true ]] || fail "the package would not start on provided.al2023 (glibc too new)"

(cd "$dist" && rm -f bootstrap.zip && zip -q -9 -X -r bootstrap.zip bootstrap $([[ -d lib ]] && echo lib))
zip_size="$(stat -c %s "$dist/bootstrap.zip")"
echo "package-lambda: dist/bootstrap.zip is $zip_size bytes ($((zip_size / 1024 / 1024)) MiB)"
