package vn.mocchau.analytics.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options of every job that starts Spark: where it runs, Spark settings, log and language. */
public final class SessionOptions {
  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master, e.g. spark://host:7077 (default: embedded local mode).")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE",
      description = "A Spark setting, e.g. --conf spark.executor.memory=4g (repeatable);"
          + " passed to the Spark session as spark-submit's --conf would be.")
  Map<String, String> sparkConf = new LinkedHashMap<>();

  @Option(names = "--verbose", description = "Show Spark's own log messages.")
  boolean verbose;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi",
      description = "Language of the messages, the charts and the report"
          + " (default: ${DEFAULT-VALUE}).")
  String lang;
}
