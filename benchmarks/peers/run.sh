#!/usr/bin/env bash
# The peer harness (hand-written Java, KIE DMN, the CQL engine; see its README) with GuideLang's generated
# evaluators through this folder's copy of the harness adapter, which follows the current API.
#   benchmarks/peers/run.sh PEERS_DIR [peers options...]      e.g. benchmarks/peers/run.sh ../shared/peers --only Java
# Like PEERS_DIR/guidelang/run.sh, but builds nothing with ./guidec: it takes the jars that
#   mvn -B -pl cli -am package -DskipTests
# left in this checkout, and compiles the adapter in src/ instead of the harness's own.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"; proj="$(cd "$here/../.." && pwd)"
peers="$(cd "${1:?usage: benchmarks/peers/run.sh PEERS_DIR [options]}" && pwd)"; shift
# RUNTIME_JAR and GUIDEC_JAR name other jars (copies kept apart from a build that runs meanwhile).
rt=${RUNTIME_JAR:-$(ls "$proj"/runtime/target/guidelang-runtime-*.jar | grep -v -e sources -e javadoc -e tests | head -1)}
cli=${GUIDEC_JAR:-"$proj/cli/target/guidec.jar"}
# Always in a copy: the harness writes target/ beside itself, and -w says nothing of a shared folder to root.
copy="${TMPDIR:-/tmp}/peers-$(id -u)-$(basename "$proj")"; mkdir -p "$copy"; cp -r "$peers/." "$copy/"; chmod -R u+w "$copy"
peers="$copy"
cd "$peers"
[ -f target/cp.txt ] || ./run.sh check --n 10 >/dev/null
out=target/guidelang; rm -rf "$out"; mkdir -p "$out/src" "$out/classes"
java -jar "$cli" build guidelang/guide --java "$out/src" >"$out/build.log" 2>&1 || { cat "$out/build.log" >&2; exit 1; }
javac -nowarn -d "$out/classes" -cp "$rt:$cli:target/classes" $(find "$out/src" "$here/src" -name '*.java')
engines=(--engine peers.guidelang.GuideLangEngine)
[ "${GUIDELANG_API:-1}" = 0 ] || engines+=(--engine 'peers.guidelang.GuideLangEngine$PublicApi')
EXTRA_CP="$(pwd)/$out/classes:$cli" exec ./run.sh "${engines[@]}" "$@"
