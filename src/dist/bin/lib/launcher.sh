# Shared by the scripts in bin/ of the distribution (moc-chau-analytics-<version>-bin.tar.gz):
# runs a Java main class with the jars in lib/. Sourced, not run. Needs only Java 17: no Maven, no
# network. The scripts in bin/ are the same as those in jobs/; this file replaces jobs/lib's
# launcher.sh, which builds with Maven first. common.sh, jvm-options.txt and gc-options.txt are
# copied from jobs/lib/ when the distribution is built.
set -euo pipefail

MOC_CHAU_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

# moc_chau_run MAIN_CLASS ARGS... : runs with the jars in lib/ (Spark included: embedded local
# mode). A run against a cluster (--master spark://...) ships cluster/moc-chau-analytics-cluster.jar
# to the executors, as jobs/ do.
moc_chau_run() {
  moc_chau_language "$@"
  moc_chau_require_java
  local main="$1"
  shift
  # Usage lines and examples then show bin/monthly rather than jobs/monthly.
  export MOC_CHAU_COMMANDS=bin
  local app_jar=""
  if moc_chau_wants_cluster "$@"; then
    app_jar="-Dmoc.chau.jar=$MOC_CHAU_HOME/cluster/moc-chau-analytics-cluster.jar"
  fi
  moc_chau_exec "$MOC_CHAU_HOME/lib/*" "$app_jar" "$main" "$@"
}
