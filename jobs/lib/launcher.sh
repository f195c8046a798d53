# Shared by the scripts in jobs/: builds the project when needed, then runs a Java main class.
# Sourced, not run. Needs only Java 17 and Maven on the PATH.
set -euo pipefail

MOC_CHAU_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# The language, messages, Java check, cluster test and JVM options shared with the distribution.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

moc_chau_require() {
  moc_chau_require_java
  if ! command -v mvn >/dev/null 2>&1; then
    moc_chau_say "Không chạy được: máy chưa cài Maven (apt-get install maven)." \
      "Cannot run: Maven is not installed (apt-get install maven)."
    exit 2
  fi
}

# Compiles when target/ is missing or older than any source, resource or the pom.
moc_chau_build() {
  if [[ -n "${MOC_CHAU_SKIP_BUILD:-}" ]]; then
    return 0 # the caller (the test suite) has just built the classes
  fi
  local stamp="$MOC_CHAU_HOME/target/.build-stamp"
  if [[ -f "$stamp" && -f "$MOC_CHAU_HOME/target/runtime-classpath.txt" ]] \
      && [[ -z "$(find "$MOC_CHAU_HOME/src/main" "$MOC_CHAU_HOME/pom.xml" -newer "$stamp" -print -quit)" ]]; then
    return 0
  fi
  moc_chau_maven process-classes \
    "Đang dựng chương trình (lần chạy đầu hoặc mã nguồn đã thay đổi; mất khoảng một phút)..." \
    "Building moc-chau-analytics (first run or sources changed; this takes a minute)..."
  touch "$stamp"
}

# moc_chau_maven PHASE MESSAGE_VI MESSAGE_EN : runs Maven quietly; on failure shows the log's end
# and exits.
moc_chau_maven() {
  moc_chau_say "$2" "$3"
  local log="$MOC_CHAU_HOME/target/build.log"
  mkdir -p "$MOC_CHAU_HOME/target"
  if ! (cd "$MOC_CHAU_HOME" && mvn -B -q -DskipTests "$1" >"$log" 2>&1); then
    tail -n 40 "$log" >&2
    moc_chau_say "Không dựng được chương trình: Maven báo lỗi; nhật ký đầy đủ ở $log" \
      "Cannot build: Maven failed; the full log is $log"
    exit 1
  fi
}

# The spark-submit jar (the pipeline and its own libraries, without Spark), built when missing or
# older than the classes. A run against a standalone cluster (--master spark://) ships it to the
# executors, which need the pipeline's classes to parse files. YARN and Kubernetes take it through
# the cluster's own spark-submit (README); the jobs refuse --master yarn and k8s:// and say so.
moc_chau_cluster_jar() {
  local jar="$MOC_CHAU_HOME/target/moc-chau-analytics-cluster.jar"
  if [[ -z "${MOC_CHAU_SKIP_BUILD:-}" ]] && { [[ ! -f "$jar" ]] \
      || [[ "$MOC_CHAU_HOME/target/.build-stamp" -nt "$jar" ]]; }; then
    moc_chau_maven package \
      "Đang dựng tệp jar cho cụm Spark (lần đầu chạy trên cụm hoặc mã nguồn đã thay đổi)..." \
      "Building the cluster jar (first run against a cluster or sources changed)..." >/dev/null
  fi
  echo "$jar"
}

# moc_chau_run MAIN_CLASS ARGS... : runs with the built classes and the runtime classpath.
moc_chau_run() {
  moc_chau_language "$@"
  moc_chau_require
  moc_chau_build
  local main="$1"
  shift
  local classpath="$MOC_CHAU_HOME/target/classes:$(cat "$MOC_CHAU_HOME/target/runtime-classpath.txt")"
  local app_jar=""
  if moc_chau_wants_cluster "$@"; then
    app_jar="-Dmoc.chau.jar=$(moc_chau_cluster_jar)"
  fi
  moc_chau_exec "$classpath" "$app_jar" "$main" "$@"
}
