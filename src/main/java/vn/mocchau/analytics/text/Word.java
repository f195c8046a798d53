package vn.mocchau.analytics.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The report's and the charts' words, in Vietnamese and English. Most are looked up by the code
 * the marts write (an indicator "visitors", a status "on_track", a unit word "billion"): the
 * entry's name in lower case ({@link #of}). Same mechanism as {@link Msg}: both patterns, the
 * same placeholders.
 */
public enum Word implements Entry {
  // Indicators.
  VISITORS("Tổng lượt khách du lịch", "Total tourist visits"),
  TOURISM_REVENUE("Doanh thu du lịch", "Tourism revenue"),
  OVERNIGHT_SHARE("Tỷ lệ khách lưu trú", "Overnight share"),
  CORN_AREA("Diện tích ngô sinh khối", "Biomass corn area"),
  CORN_OUTPUT("Sản lượng ngô sinh khối", "Biomass corn output"),

  // Series and chart labels.
  ACTUAL("Thực hiện", "Actual"),
  YTD("Chưa đủ 12 tháng (tạm tính)", "Fewer than 12 months (provisional)"),
  INCOMPLETE("Chưa đủ các vụ (tạm tính)", "Not all seasons reported (provisional)"),
  PATH("Lộ trình cần đạt", "Required path"),
  PROJECTION("Dự báo", "Projection"),
  LATEST_WINDOW("12 tháng gần nhất", "Latest 12 months"),
  PROJECTION_MEDIAN("Dự báo (đường giữa)", "Projection (median)"),
  BAND80("Khoảng dự báo 80 %%", "80 %% interval"),
  BAND95("Khoảng dự báo 95 %%", "95 %% interval"),
  BAND_CLIPPED("(phần trên vượt khung)", "(upper part beyond the frame)"),
  TARGET("Mục tiêu", "Target"),
  YEAR("Năm", "Year"),
  MONTH("Tháng", "Month"),

  // Units.
  VISITS("lượt khách", "visits"),
  MILLION_VISITS("%.2f triệu lượt", "%.2f million visits"),
  BILLION("tỷ đồng", "billion VND"),
  HA("ha", "ha"),
  TONNES("tấn", "tonnes"),
  VND_PER_VISIT("đồng/lượt khách", "VND per visit"),

  // Statuses.
  STATUS("Đánh giá", "Status"),
  ACHIEVED("Đã đạt", "Achieved"),
  ON_TRACK("Đúng lộ trình", "On track"),
  ACCELERATE("Cần đẩy nhanh", "Needs acceleration"),
  OFF_TRACK("Chậm so với lộ trình", "Off track"),
  REGRESSING("Đang đi lùi", "Regressing"),
  NOT_ASSESSED("Chưa đánh giá", "Not assessed"),
  PROVISIONAL("tạm tính", "provisional"),

  // Where the data come from, under every chart and at the end of the report.
  SOURCE("Nguồn: tổng hợp báo cáo của các xã, phường khu du lịch quốc gia Mộc Châu (dữ liệu mẫu"
      + " tổng hợp), số liệu đến tháng %s", "Source: reports of the communes and wards of the"
      + " Mộc Châu national tourism area (synthetic sample data), data to %s"),
  PAGE("Trang %s/%s", "Page %s of %s");

  private static final Map<String, Word> BY_KEY = new HashMap<>();

  static {
    for (Word word : values()) {
      BY_KEY.put(word.name().toLowerCase(Locale.ROOT), word);
    }
  }

  private final String vi;
  private final String en;

  Word(String vi, String en) {
    this.vi = vi;
    this.en = en;
  }

  /** The word for a code of the marts ("on_track"), or null when there is none. */
  public static Word of(String key) {
    return key == null ? null : BY_KEY.get(key);
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
