# Shared by the scripts in jobs/: builds the project when needed, then runs a Java main class.
# Sourced, not run. Needs only Java 17 and Maven on the PATH.
set -euo pipefail

MOC_CHAU_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

# The run's language, known before Java starts: English only with --lang en (as the jobs decide).
MOC_CHAU_LANG=vi
moc_chau_language() {
  local previous=""
  for arg in "$@"; do
    if [[ "$arg" == "--lang=en" || ( "$previous" == "--lang" && "$arg" == "en" ) ]]; then
      MOC_CHAU_LANG=en
    fi
    previous="$arg"
  done
}

# moc_chau_say VIETNAMESE ENGLISH : one message to standard error, in the run's language.
moc_chau_say() {
  if [[ "$MOC_CHAU_LANG" == en ]]; then echo "$2" >&2; else echo "$1" >&2; fi
}

moc_chau_require() {
  if ! command -v java >/dev/null 2>&1; then
    moc_chau_say "Không chạy được: máy chưa cài Java 17 (apt-get install openjdk-17-jdk-headless)." \
      "Cannot run: Java 17 is not installed (apt-get install openjdk-17-jdk-headless)."
    exit 2
  fi
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

# True when the arguments name a Spark master that is not embedded local mode. YARN and
# Kubernetes are not: the job refuses them at once, with no jar to build first.
moc_chau_wants_cluster() {
  local previous="" master
  for arg in "$@"; do
    master=""
    [[ "$previous" == "--master" ]] && master="$arg"
    [[ "$arg" == --master=* ]] && master="${arg#--master=}"
    if [[ -n "$master" && "$master" != local* && "$master" != yarn* && "$master" != k8s://* ]]; then
      return 0
    fi
    previous="$arg"
  done
  return 1
}

# JVM options every Spark driver needs on Java 17 (Spark's JavaModuleOptions), one per line.
moc_chau_jvm_options() {
  grep -v '^#' "$MOC_CHAU_HOME/jobs/lib/jvm-options.txt" | tr '\n' ' '
}

# Garbage-collection options for the jobs (why: jobs/lib/gc-options.txt), one per line.
moc_chau_gc_options() {
  grep -v '^#' "$MOC_CHAU_HOME/jobs/lib/gc-options.txt" | tr '\n' ' '
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
  else
    # Local mode binds to loopback unless told otherwise.
    export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
  fi
  # shellcheck disable=SC2046
  exec java ${MOC_CHAU_HEAP:--Xmx2g} $(moc_chau_jvm_options) $(moc_chau_gc_options) \
    ${JAVA_OPTS:-} ${app_jar} \
    -cp "$classpath" "$main" "$@"
}
