package vn.mocchau.analytics.cli;

import java.util.Locale;
import vn.mocchau.analytics.contract.Notice;
import vn.mocchau.analytics.text.Msg;

/**
 * Faults of the machine rather than of the pipeline (issue #19): a read-only output folder, a
 * full disk, a file where a folder must be. They end with exit 7 and a message that says what to
 * fix, not "internal error" and a stack trace. Recognised by the exception types Java and Hadoop
 * throw for them, or by the operating system's words in their messages (Hadoop often wraps them
 * in a plain IOException).
 */
final class Faults {
  private Faults() {}

  /** What the machine refused, or null when {@code error} is not such a fault. */
  static Msg kind(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (t instanceof java.nio.file.AccessDeniedException
          || t instanceof org.apache.hadoop.security.AccessControlException
          || message.contains("permission denied") || message.contains("read-only file system")) {
        return Msg.FAULT_PERMISSION;
      }
      if (message.contains("no space left on device") || message.contains("disk quota exceeded")
          || message.contains("not enough space")) {
        return Msg.FAULT_DISK_FULL;
      }
      if (t instanceof java.nio.file.NotDirectoryException
          || t instanceof org.apache.hadoop.fs.ParentNotDirectoryException
          || message.contains("not a directory") || message.contains("is not a directory")
          || message.contains("mkdirs failed")) {
        return Msg.FAULT_NOT_A_FOLDER;
      }
    }
    return null;
  }

  /** The console's message for a fault {@link #kind} recognised. */
  static Notice message(Throwable error) {
    Msg kind = kind(error);
    Throwable root = error;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return Notice.of(Msg.OUTPUT_UNWRITABLE, Notice.of(kind), String.valueOf(root.getMessage()));
  }

  /** The exit code of a run that ended with {@code error}. */
  static ExitCode exitCode(Throwable error) {
    return kind(error) != null ? ExitCode.OUTPUT_UNWRITABLE : ExitCode.INTERNAL_ERROR;
  }
}
