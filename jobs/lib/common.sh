# Shared by both launchers: jobs/lib/launcher.sh (developers, builds with Maven) and the
# distribution's bin/lib/launcher.sh (officers, jars in lib/, needs only Java 17).
# Sourced, not run. The option files (jvm-options.txt, gc-options.txt) sit beside this file.

MOC_CHAU_LIB="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

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

moc_chau_require_java() {
  if ! command -v java >/dev/null 2>&1; then
    moc_chau_say "Không chạy được: máy chưa cài Java 17 (apt-get install openjdk-17-jdk-headless)." \
      "Cannot run: Java 17 is not installed (apt-get install openjdk-17-jdk-headless)."
    exit 2
  fi
}

# True when the arguments name a Spark master that is not embedded local mode.
moc_chau_wants_cluster() {
  local previous="" master
  for arg in "$@"; do
    master=""
    [[ "$previous" == "--master" ]] && master="$arg"
    [[ "$arg" == --master=* ]] && master="${arg#--master=}"
    # YARN and Kubernetes are not: the job refuses them at once, with no jar to build first.
    if [[ -n "$master" && "$master" != local* && "$master" != yarn* && "$master" != k8s://* ]]; then
      return 0
    fi
    previous="$arg"
  done
  return 1
}

# JVM options every Spark driver needs on Java 17 (Spark's JavaModuleOptions), one per line.
moc_chau_jvm_options() {
  grep -v '^#' "$MOC_CHAU_LIB/jvm-options.txt" | tr '\n' ' '
}

# Garbage-collection options for the jobs (why: gc-options.txt), one per line.
moc_chau_gc_options() {
  grep -v '^#' "$MOC_CHAU_LIB/gc-options.txt" | tr '\n' ' '
}

# moc_chau_exec CLASSPATH APP_JAR_OPTION MAIN_CLASS ARGS... : replaces the shell with the JVM.
# APP_JAR_OPTION is empty, or -Dmoc.chau.jar=JAR for a run against a cluster.
moc_chau_exec() {
  local classpath="$1" app_jar="$2" main="$3"
  shift 3
  if [[ -z "$app_jar" ]]; then
    # Local mode binds to loopback unless told otherwise.
    export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
  fi
  # shellcheck disable=SC2046
  exec java ${MOC_CHAU_HEAP:--Xmx2g} $(moc_chau_jvm_options) $(moc_chau_gc_options) \
    ${JAVA_OPTS:-} ${app_jar} \
    -cp "$classpath" "$main" "$@"
}
