package vn.mocchau.analytics.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

  @ParameterizedTest
  @ValueSource(strings = {"P. Thảo Nguyên", "phuong thao nguyen", "THẢO NGUYÊN", "Phường  Thảo Nguyên",
      "p.thao nguyen", "  Thảo   Nguyên "})
  void localityNamesFoldToOneKey(String text) {
    assertEquals("thao nguyen", Text.localityKey(text));
    assertEquals("thao nguyen", Text.localityKey(Normalizer.normalize(text, Normalizer.Form.NFD)));
  }

  @Test
  void dropsEveryAdministrativePrefixButOnlyAsAPrefix() {
    assertEquals("doan ket", Text.localityKey("Xã Đoàn Kết"));
    assertEquals("doan ket", Text.localityKey("x. Đoàn Kết"));
    assertEquals("moc chau", Text.localityKey("TT. Mộc Châu"));
    assertEquals("moc chau", Text.localityKey("Thị trấn Mộc Châu"));
    assertEquals("xuan nha", Text.localityKey("Xuân Nha"));
    assertEquals("xuan nha", Text.localityKey("Xã Xuân Nha"));
  }

  @Test
  void headerKeysIgnoreCaseDiacriticsAndUnderscores() {
    assertEquals(Text.headerKey("mã xã"), Text.headerKey("Ma_Xa"));
    assertEquals(Text.headerKey("lượt khách"), Text.headerKey(" LUOT KHACH "));
    assertEquals(Text.headerKey("registration_id"), Text.headerKey("Registration ID"));
  }

  @Test
  void enumerationKeysIgnoreSpaces() {
    assertEquals(Text.enumKey("Vụ hè thu"), Text.enumKey("VUHETHU"));
    assertEquals(Text.enumKey("food_beverage"), Text.enumKey("Food Beverage"));
  }

  @Test
  void cellsAreNfcAndTrimmedAndEmptyIsMissing() {
    String nfd = Normalizer.normalize("Thảo Nguyên", Normalizer.Form.NFD);
    assertEquals("Thảo Nguyên", Text.cell("  " + nfd + " "));
    assertNull(Text.cell("   "));
    assertNull(Text.cell(""));
  }
}
