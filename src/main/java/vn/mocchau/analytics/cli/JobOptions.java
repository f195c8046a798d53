package vn.mocchau.analytics.cli;

import picocli.CommandLine.Mixin;
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

  @Option(names = "--reject-threshold", paramLabel = "SHARE", defaultValue = "0.02",
      description = "Largest share of a feed's rows that may be rejected and still publish"
          + " (default: ${DEFAULT-VALUE} = 2 %%).")
  double rejectThreshold;

  @Option(names = "--min-rejected", paramLabel = "ROWS", defaultValue = "10",
      description = "The threshold applies only from this many rejected rows on"
          + " (default: ${DEFAULT-VALUE}).")
  int minRejected;

  @Mixin
  SessionOptions session;

  RunConfig toConfig() {
    return new RunConfig(raw, out, session.master, rejectThreshold, minRejected, session.verbose,
        session.lang, java.util.Map.copyOf(session.sparkConf));
  }
}
