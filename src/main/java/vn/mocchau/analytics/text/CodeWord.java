package vn.mocchau.analytics.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The codes the marts write in their text columns (a feed "stays", a scope "tourism_area", a
 * data-quality status "with_rejects"), as the .xlsx exports show them. Looked up by the code
 * ({@link #of}); a target's status and a feed are {@link Word}s ("on_track" is "Đúng lộ trình",
 * "stays" is {@link Word#FEED_STAYS}), like "not_delivered". A former
 * district's scope "former_district:Mộc Châu" is {@link #FORMER_DISTRICT} with the name.
 */
public enum CodeWord implements Entry {
  // #17 slice X: the codes of the .xlsx exports in words.
  // Scopes.
  TOURISM_AREA("Khu du lịch quốc gia Mộc Châu", "Mộc Châu national tourism area"),
  MOC_CHAU_AREA("Vùng Mộc Châu", "Mộc Châu area"),
  THAO_NGUYEN_WARD("Phường Thảo Nguyên", "Thảo Nguyên ward"),
  FORMER_DISTRICT("%s (huyện cũ)", "%s (former district)"),
  ALL("Cả vùng", "All localities"),

  // Where a target's values come from (a feed's name is a Word: FEED_STAYS).
  MONTHLY_FEEDS("Báo cáo hằng tháng", "Monthly feeds"),

  // How a file or a value stands.
  OK("Đạt", "OK"),
  WITH_REJECTS("Có dòng bị loại", "With rejected rows"),
  FAILED_FILE("Tệp bị từ chối", "File refused"),
  OFFICIAL("Chính thức", "Official"),
  PRELIMINARY("Sơ bộ", "Preliminary"),
  ESTIMATE("Ước tính", "Estimate"),
  ASSESSED("Đã tính", "Assessed"),
  REGISTRY("Danh mục chỉ tiêu", "Registry"),
  DATA("Số liệu", "Data"),

  // Kinds of target and how they are judged.
  AT_LEAST("Ít nhất", "At least"),
  AT_MOST("Nhiều nhất", "At most"),
  RANGE("Trong khoảng", "Range"),
  MAINTAIN("Duy trì", "Maintain"),
  CUMULATIVE("Lũy kế", "Cumulative"),
  GROWTH_RATE("Tốc độ tăng", "Growth rate"),
  EACH_YEAR("Từng năm", "Each year"),
  ROLLING_12M("12 tháng gần nhất", "Latest 12 months"),
  ANNUAL("Năm", "Annual"),
  QUARTERLY("Quý", "Quarterly"),
  MONTHLY("Tháng", "Monthly"),
  COMPOUND("Cấp số nhân", "Compound"),
  LINEAR("Tuyến tính", "Linear"),

  // A yes/no column.
  YES("Có", "Yes"),
  NO("Không", "No");

  private static final Map<String, CodeWord> BY_CODE = new HashMap<>();

  static {
    for (CodeWord word : values()) {
      BY_CODE.put(word.name().toLowerCase(Locale.ROOT), word);
    }
  }

  private final String vi;
  private final String en;

  CodeWord(String vi, String en) {
    this.vi = vi;
    this.en = en;
  }

  /** The word for a code of the marts, or null when there is none. */
  public static CodeWord of(String code) {
    return code == null ? null : BY_CODE.get(code);
  }

  @Override
  public String vi() {
    return vi;
  }

  @Override
  public String en() {
    return en;
  }
}
