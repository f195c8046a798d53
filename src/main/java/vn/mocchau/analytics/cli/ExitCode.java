package vn.mocchau.analytics.cli;

import vn.mocchau.analytics.run.PublishDecision;

/**
 * Exit codes of every job; documented in the README. The numbers are the launchers' and the
 * officers' scripts' contract and never change; the order of the constants is how bad an
 * outcome is, so a month with a rejected feed and an unreadable file ends with the worse of the
 * two ({@link #worse}).
 */
public enum ExitCode {
  OK(0),
  /** A feed's rejected rows exceed the threshold: fix the rows, the file is readable. */
  TOO_MANY_REJECTS(4),
  /** A delivered file is unusable as a whole (not UTF-8, no header, missing column, bad gzip). */
  BAD_DELIVERY(3),
  /** A reference file (localities, aliases, establishments, targets) is wrong. */
  BAD_REFERENCE(6),
  /** Another run holds the output folder. */
  OUTPUT_BUSY(5),
  /** Bad arguments: nothing was read or written. */
  USAGE(2),
  /**
   * The machine refused to write the output (no permission, disk full, a file where a folder
   * must be): fix the machine, run again (#19).
   */
  OUTPUT_UNWRITABLE(7),
  /** A failure of the pipeline itself (a bug, a full disk): report it to the data team. */
  INTERNAL_ERROR(1);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  /** The process exit status. */
  public int code() {
    return code;
  }

  /** How a feed's month ends the run (feeds.md §6). */
  public static ExitCode of(PublishDecision.FeedStatus status) {
    return switch (status) {
      case OK, NOT_DUE, NOT_DELIVERED -> OK;
      case TOO_MANY_REJECTS -> TOO_MANY_REJECTS;
      case FAILED_FILE -> BAD_DELIVERY;
    };
  }

  public boolean ok() {
    return this == OK;
  }

  /** The worse of the two outcomes (this one when equal). */
  public ExitCode worse(ExitCode other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
