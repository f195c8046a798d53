package vn.mocchau.analytics.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.mocchau.analytics.text.Language;

/** A reference file that cannot be used is named, with why, in both languages (Msg). */
class ReferenceMessagesTest {
  private static ReferenceDataException load(Path raw) {
    return assertThrows(ReferenceDataException.class,
        () -> new ReferenceLoader(new org.apache.hadoop.fs.Path(raw.toUri()),
            new Configuration()).load());
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path raw) throws Exception {
    Files.createDirectories(raw.resolve("reference"));
    ReferenceDataException e = load(raw);
    String path = new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(raw.toUri()),
        "reference/localities.csv").toString();
    assertEquals("Cannot find reference file " + path, e.getMessage());
    assertEquals("Cannot find reference file " + path, e.text(Language.EN));
    assertEquals("Không tìm thấy tệp tham chiếu " + path, e.text(Language.VI));
  }

  @Test
  void anEmptyFileAndARowOfTheWrongWidthAreTold(@TempDir Path raw) throws Exception {
    Path reference = Files.createDirectories(raw.resolve("reference"));
    Files.writeString(reference.resolve("localities.csv"), "", StandardCharsets.UTF_8);
    String path = new org.apache.hadoop.fs.Path(new org.apache.hadoop.fs.Path(raw.toUri()),
        "reference/localities.csv").toString();
    assertEquals("Không dùng được " + path + ": tệp rỗng", load(raw).text(Language.VI));

    String header = Files.readAllLines(Path.of("data-raw/reference/localities.csv")).get(0);
    Files.writeString(reference.resolve("localities.csv"), header + "\na,b\n",
        StandardCharsets.UTF_8);
    int fields = header.split(",", -1).length;
    ReferenceDataException e = load(raw);
    assertEquals("Cannot use " + path + " line 2: it has 2 fields where the header has " + fields
        + " (quote values that contain ',')", e.text(Language.EN));
    assertEquals("Không dùng được " + path + " dòng 2: có 2 trường trong khi dòng tiêu đề có "
        + fields + " (hãy đặt trong ngoặc kép các giá trị chứa ',')", e.text(Language.VI));
  }
}
