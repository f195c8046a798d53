package vn.mocchau.analytics.cli;

/** Exit codes of every job; documented in the README. */
public final class ExitCode {
  public static final int OK = 0;
  /** A failure of the pipeline itself (a bug, a full disk): report it to the data team. */
  public static final int INTERNAL_ERROR = 1;
  /** Bad arguments: nothing was read or written. */
  public static final int USAGE = 2;
  /** A delivered file is unusable as a whole (not UTF-8, no header, missing column, bad gzip). */
  public static final int BAD_DELIVERY = 3;
  /** A feed's rejected rows exceed the threshold. */
  public static final int TOO_MANY_REJECTS = 4;
  /** Another run holds the output folder. */
  public static final int OUTPUT_BUSY = 5;
  /** A reference file (localities, aliases, establishments, targets) is wrong. */
  public static final int BAD_REFERENCE = 6;

  private ExitCode() {}
}
