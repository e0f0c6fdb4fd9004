#!/usr/bin/env bash
# Readies everything a downstream Maven project needs, from a fresh clone: installs the GuideLang
# Maven plugin and the runtime library (each with its sources and Javadoc jars), and the grammar
# and compiler that the plugin runs, into the local Maven repository (~/.m2/repository).
# Tests are skipped: `mvn -B verify` runs them.
#
# Extra arguments go to Maven, e.g. another local repository:
#   scripts/install-local.sh -Dmaven.repo.local=/tmp/m2
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
mvn -B -Dstyle.color=never -DskipTests -pl runtime,compiler,maven-plugin -am install "$@"
version="$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)"
echo "Installed org.guidelang:guidelang-maven-plugin:$version and org.guidelang:guidelang-runtime:$version;"
echo "a project uses them as docs/maven-plugin.md shows."
