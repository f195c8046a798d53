package vn.mocchau.analytics.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import vn.mocchau.analytics.text.Language;

/** Options of every job that starts Spark: where it runs, Spark settings, log and language. */
public final class SessionOptions {
  @Option(names = "--master", paramLabel = "URL")
  String master;

  @Option(names = "--conf", paramLabel = "KEY=VALUE")
  Map<String, String> sparkConf = new LinkedHashMap<>();

  @Option(names = "--verbose")
  boolean verbose;

  @Option(names = "--lang", paramLabel = "vi|en", defaultValue = "vi")
  String lang;

  /** The run's language, parsed from --lang; an unknown one is refused as a usage error. */
  Language language() {
    return Usage.language(lang);
  }
}
