package vn.mocchau.analytics.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Msg;

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

  /**
   * The --master URL (null for embedded local mode). YARN and Kubernetes are refused with a usage
   * error that points to spark-submit: jobs/ do not carry spark-yarn or spark-kubernetes (Spark
   * would say only "Could not parse Master URL"), and a YARN or Kubernetes deployment runs the
   * cluster jar with the cluster's own Spark anyway.
   */
  String master(Language lang) {
    if (master != null && (master.startsWith("yarn") || master.startsWith("k8s://"))) {
      throw new Usage.Refusal(Msg.MASTER_NEEDS_SPARK_SUBMIT.format(lang, master));
    }
    return master;
  }

  /** The run's language, parsed from --lang; an unknown one is refused as a usage error. */
  Language language() {
    return Usage.language(lang);
  }
}
