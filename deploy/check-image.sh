#!/usr/bin/env bash
# Checks an OCI image tarball of the Shequ server (./mvnw -Pimage package): the process runs as
# a non-root user, and the plan plugins and the application come in layers of their own.
set -euo pipefail
tarball=${1:-platform/server/target/shequ-server-image.tar}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
tar -xf "$tarball" -C "$dir"
grep -q '"mediaType":"application/vnd.oci.image.index.v1+json"' "$dir/index.json" \
  || { echo "not an OCI image index: $tarball" >&2; exit 1; }

config="" plugins="" classes="" libs=""
for blob in "$dir"/blobs/sha256/*; do
  if grep -q '"Entrypoint"' "$blob" 2>/dev/null; then
    config=$blob
  elif listing=$(tar -tzf "$blob" 2>/dev/null); then
    grep -q '^app/plugins/.*plan-.*\.jar$' <<<"$listing" && plugins=$blob
    grep -q '^app/classes/org/shequ/server/ShequApplication.class$' <<<"$listing" && classes=$blob
    grep -q '^app/libs/spring-core-.*\.jar$' <<<"$listing" && libs=$blob
  fi
done
[ -n "$config" ] || { echo "no image configuration found" >&2; exit 1; }
user=$(grep -o '"User":"[^"]*"' "$config" | cut -d'"' -f4)
case "$user" in
  "" | 0 | 0:* | root | root:*) echo "the image runs as root (User: '$user')" >&2; exit 1 ;;
esac
[ -n "$plugins" ] || { echo "no layer with plugin jars under /app/plugins" >&2; exit 1; }
[ -n "$classes" ] && [ -n "$libs" ] || { echo "no application or dependency layer" >&2; exit 1; }
[ "$plugins" != "$classes" ] && [ "$plugins" != "$libs" ] && [ "$classes" != "$libs" ] \
  || { echo "plugins, application and dependencies share a layer" >&2; exit 1; }
echo "image OK: user $user; dependencies, application and plugins in layers of their own"
