package vn.mocchau.analytics.cli;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.mocchau.analytics.config.RunConfig;
import vn.mocchau.analytics.text.Language;

/** Options every job takes (outputs.md §1); their help, in both languages, is in {@link Usage}. */
public final class JobOptions {
  @Option(names = "--raw", paramLabel = "DIR", defaultValue = RunConfig.DEFAULT_RAW)
  String raw;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = RunConfig.DEFAULT_OUT)
  String out;

  @Option(names = "--reject-threshold", paramLabel = "SHARE",
      defaultValue = RunConfig.DEFAULT_REJECT_THRESHOLD_TEXT)
  double rejectThreshold;

  @Option(names = "--min-rejected", paramLabel = "ROWS",
      defaultValue = RunConfig.DEFAULT_MIN_REJECTED_TEXT)
  int minRejected;

  @Mixin
  SessionOptions session;

  RunConfig toConfig() {
    Language language = session.language();
    return new RunConfig(raw, out, session.master(language), rejectThreshold, minRejected,
        session.verbose, language, java.util.Map.copyOf(session.sparkConf));
  }
}
