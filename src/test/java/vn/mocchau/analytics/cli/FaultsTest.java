package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import vn.mocchau.analytics.text.Language;
import vn.mocchau.analytics.text.Msg;

/** The machine's faults are told apart from the pipeline's, through the wrappers they come in. */
class FaultsTest {
  @Test
  void permissionDiskAndFolderFaultsAreRecognisedThroughWrappers() {
    assertEquals(Msg.FAULT_PERMISSION, Faults.kind(new IllegalStateException("publish",
        new UncheckedIOException(new java.nio.file.AccessDeniedException("/out/_staging")))));
    assertEquals(Msg.FAULT_PERMISSION, Faults.kind(new UncheckedIOException(new IOException(
        "Mkdirs failed to create /out/x (exists=false): Permission denied"))));
    assertEquals(Msg.FAULT_DISK_FULL, Faults.kind(new RuntimeException(new IOException(
        "No space left on device"))));
    assertEquals(Msg.FAULT_NOT_A_FOLDER, Faults.kind(new UncheckedIOException(
        new org.apache.hadoop.fs.ParentNotDirectoryException("/out/_journal is not a directory"))));
    assertNull(Faults.kind(new NullPointerException("a bug")));
    assertNull(Faults.kind(new IllegalStateException("Cannot read x", new IOException("EOF"))));
    assertEquals(ExitCode.OUTPUT_UNWRITABLE, Faults.exitCode(new IOException("No space left on"
        + " device")));
    assertEquals(ExitCode.INTERNAL_ERROR, Faults.exitCode(new NullPointerException()));
  }

  @Test
  void theMessageSaysWhatToFixInBothLanguages() {
    IOException full = new IOException("No space left on device");
    assertEquals("Không ghi được kết quả: ổ đĩa đã đầy (thông báo của hệ thống: No space left on"
        + " device). Sửa rồi chạy lại tháng; lần chạy sau hoàn tất phần còn dở.",
        Faults.message(new IllegalStateException("x", full)).text(Language.VI));
    assertEquals("Cannot write the outputs: the disk is full (the system says: No space left on"
        + " device). Fix it and run the month again; the next run finishes what was left half"
        + " done.", Faults.message(full).text(Language.EN));
  }
}
