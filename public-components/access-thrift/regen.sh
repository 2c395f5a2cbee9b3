#!/usr/bin/env bash
# Regenerates the Java code checked in under src/main/java/io/openemp/access/thrift/gen from
# src/main/thrift/openemp.thrift. The compiler must be Thrift 0.17.0 (Debian's thrift-compiler), the version
# of the libthrift this bundle embeds: code from another compiler version does not compile against it.
# Installs thrift-compiler with apt-get when it is missing.
set -euo pipefail
cd "$(dirname "$0")"

want="0.17.0"
idl="src/main/thrift/openemp.thrift"
gen="src/main/java/io/openemp/access/thrift/gen"

if ! command -v thrift >/dev/null 2>&1; then
  echo "regen.sh: installing thrift-compiler"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq thrift-compiler >/dev/null
fi
have="$(thrift --version | awk '{print $3}')"
if [ "$have" != "$want" ]; then
  echo "regen.sh: thrift $have found, $want needed (it must match libthrift $want)" >&2
  exit 1
fi

out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
thrift --gen java:private_members,generated_annotations=suppress -out "$out" "$idl"

mkdir -p "$gen"
find "$gen" -maxdepth 1 -name '*.java' ! -name package-info.java -delete
cp "$out"/io/openemp/access/thrift/gen/*.java "$gen"/
echo "regen.sh: generated $(ls "$out"/io/openemp/access/thrift/gen | wc -l) files into $gen"
