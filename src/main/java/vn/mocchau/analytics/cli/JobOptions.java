package vn.mocchau.analytics.cli;

import picocli.CommandLine.Option;
import vn.mocchau.analytics.config.RunConfig;

/** Options every job takes (outputs.md §1). */
public final class JobOptions {
  @Option(names = "--raw", paramLabel = "DIR", defaultValue = RunConfig.DEFAULT_RAW,
      description = "Deliveries and reference files (default: ${DEFAULT-VALUE}); a path or Hadoop URI.")
  String raw;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = RunConfig.DEFAULT_OUT,
      description = "Published outputs (default: ${DEFAULT-VALUE}); a path or Hadoop URI.")
  String out;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. spark://host:7077 (default: embedded local mode).")
  String master;

  @Option(names = "--reject-threshold", paramLabel = "SHARE", defaultValue = "0.02",
      description = "Largest share of a feed's rows that may be rejected and still publish"
          + " (default: ${DEFAULT-VALUE} = 2 %%).")
  double rejectThreshold;

  @Option(names = "--min-rejected", paramLabel = "ROWS", defaultValue = "10",
      description = "The threshold applies only from this many rejected rows on"
          + " (default: ${DEFAULT-VALUE}).")
  int minRejected;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "A Spark setting, e.g. --conf spark.executor.memory=4g (repeatable);"
          + " passed to the Spark session as spark-submit's --conf would be.")
  java.util.Map<String, String> sparkConf = new java.util.LinkedHashMap<>();

  @Option(names = "--verbose", description = "Show Spark's own log messages.")
  boolean verbose;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
      description = "Language of the messages, the charts and the report"
          + " (default: ${DEFAULT-VALUE}).")
  String lang;

  RunConfig toConfig() {
    return new RunConfig(raw, out, master, rejectThreshold, minRejected, verbose, lang,
        java.util.Map.copyOf(sparkConf));
  }
}
