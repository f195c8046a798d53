package vn.mocchau.analytics.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The marts' columns as the .xlsx exports head them, in Vietnamese and English, with the column's
 * meaning in Vietnamese for the workbook's notes sheet (the English meaning is the data
 * dictionary's, on the column's {@code @MartColumn}). Looked up by the column's name in the marts
 * ({@link #of}): the entry's name in lower case. The CSV exports keep the column names for tools.
 */
public enum ColumnTitle implements Entry {
  // #17 slice X: the .xlsx exports' column headers.
  // Months, places, identifiers.
  PERIOD("Kỳ", "Period", "tháng (hoặc năm, quý) của số liệu"),
  YEAR("Năm", "Year", "năm dương lịch"),
  MONTH("Tháng", "Month", "tháng trong năm (1–12)"),
  AS_OF("Số liệu đến tháng", "Data to month", "tháng của lần chạy (tháng cuối cùng có số liệu)"),
  LOCALITY_CODE("Mã xã, phường", "Locality code", "mã đơn vị hành chính hiện hành (từ 1/7/2025);"
      + " \"Cả vùng\" là tổng các đơn vị"),
  LOCALITY_NAME("Xã, phường", "Locality", "tên chính thức của xã, phường"),
  FORMER_DISTRICT("Huyện cũ", "Former district", "huyện trước sắp xếp năm 2025"),
  SCOPE("Phạm vi", "Scope", "khu du lịch quốc gia, một huyện cũ, vùng Mộc Châu hoặc một phường"),
  INDICATOR_ID("Mã chỉ tiêu", "Indicator id", "mã chỉ tiêu trong targets.csv"),
  REQUIREMENT_ID("Mã yêu cầu", "Requirement id", "mã của yêu cầu quy hoạch (programme.md §6)"),
  NAME_VI("Tên (tiếng Việt)", "Name (Vietnamese)", "tên tiếng Việt"),
  NAME_EN("Tên (tiếng Anh)", "Name (English)", "tên tiếng Anh"),
  UNIT("Đơn vị", "Unit", "đơn vị của các cột giá trị trong dòng"),

  // Tourism measures.
  ARRIVALS_DOMESTIC("Lượt khách trong nước", "Domestic arrivals", "lượt khách trong nước"),
  ARRIVALS_INTERNATIONAL("Lượt khách quốc tế", "International arrivals", "lượt khách quốc tế"),
  ARRIVALS("Tổng lượt khách", "Arrivals", "tổng lượt khách; trống khi chưa nộp báo cáo lượt khách"),
  OVERNIGHT_GUESTS_DOMESTIC("Khách lưu trú trong nước", "Domestic overnight guests",
      "khách quốc tịch Việt Nam nhận phòng trong tháng, ở ít nhất một đêm"),
  OVERNIGHT_GUESTS_INTERNATIONAL("Khách lưu trú quốc tế", "International overnight guests",
      "khách quốc tịch khác"),
  OVERNIGHT_GUESTS("Tổng khách lưu trú", "Overnight guests",
      "tổng khách lưu trú; trống khi chưa nộp báo cáo lưu trú"),
  DAY_USE_GUESTS("Khách nghỉ trong ngày", "Day-use guests",
      "khách đăng ký nghỉ trong ngày (trả phòng cùng ngày nhận phòng)"),
  GUEST_NIGHTS("Số đêm khách", "Guest-nights", "số khách nhân số đêm ở trong tháng"),
  ALOS("Số đêm lưu trú bình quân", "Average length of stay",
      "số đêm khách chia số khách lưu trú"),
  OVERNIGHT_SHARE("Tỷ lệ khách lưu trú", "Overnight share",
      "khách lưu trú chia tổng lượt khách, trên các tháng có cả hai báo cáo"),
  BED_NIGHTS_AVAILABLE("Số giường-đêm sẵn có", "Bed-nights available",
      "tổng số giường nhân số ngày mở cửa của các cơ sở lưu trú (danh mục cơ sở)"),
  BED_OCCUPANCY("Công suất sử dụng giường", "Bed occupancy",
      "số đêm khách chia số giường-đêm sẵn có"),
  REVENUE_VND("Doanh thu du lịch (đồng)", "Tourism revenue (VND)",
      "doanh thu du lịch, đồng chính xác; trống khi chưa nộp báo cáo doanh thu"),
  REVENUE_ACCOMMODATION_VND("Doanh thu lưu trú (đồng)", "Accommodation revenue (VND)",
      "lĩnh vực lưu trú"),
  REVENUE_FOOD_BEVERAGE_VND("Doanh thu ăn uống (đồng)", "Food and beverage revenue (VND)",
      "lĩnh vực ăn uống"),
  REVENUE_TRANSPORT_VND("Doanh thu vận chuyển, lữ hành (đồng)", "Transport revenue (VND)",
      "lĩnh vực vận chuyển, lữ hành"),
  REVENUE_ATTRACTIONS_VND("Doanh thu tham quan, vui chơi (đồng)", "Attractions revenue (VND)",
      "lĩnh vực tham quan, vui chơi giải trí"),
  REVENUE_SHOPPING_VND("Doanh thu mua sắm (đồng)", "Shopping revenue (VND)", "lĩnh vực mua sắm"),
  REVENUE_OTHER_VND("Doanh thu khác (đồng)", "Other revenue (VND)", "lĩnh vực khác"),
  REVENUE_PER_ARRIVAL_VND("Doanh thu bình quân một lượt khách (đồng)",
      "Revenue per arrival (VND)",
      "doanh thu chia tổng lượt khách, làm tròn đến đồng, trên các tháng có cả hai báo cáo"),
  FEEDS_DELIVERED("Báo cáo đã nộp", "Feeds delivered", "các báo cáo du lịch đã nộp cho kỳ"),
  FEEDS_DELIVERED_COUNT("Số báo cáo đã nộp", "Feeds delivered (count)",
      "số báo cáo du lịch đã nộp (0–3)"),
  COMPLETE("Đủ số liệu", "Complete", "đã nộp đủ cả ba báo cáo du lịch (năm: đủ 12 tháng)"),
  MONTHS_WITH_DATA("Số tháng có số liệu", "Months with data",
      "số tháng có ít nhất một báo cáo du lịch"),
  MONTHS_COMPLETE("Số tháng đủ số liệu", "Months complete", "số tháng có đủ ba báo cáo du lịch"),

  // Biomass corn.
  PLANTED_HA("Diện tích gieo trồng (ha)", "Planted (ha)", "diện tích gieo trồng cộng các vụ"),
  HARVESTED_HA("Diện tích thu hoạch (ha)", "Harvested (ha)",
      "diện tích thu hoạch của các vụ có báo cáo"),
  OUTPUT_TONNES("Sản lượng (tấn)", "Output (tonnes)", "sản lượng cộng các vụ"),
  YIELD_T_PER_HA("Năng suất (tấn/ha)", "Yield (t/ha)",
      "sản lượng chia diện tích thu hoạch của các vụ có báo cáo diện tích thu hoạch"),
  HOUSEHOLDS("Số hộ", "Households", "số hộ của vụ có nhiều hộ nhất"),
  SEASONS_REPORTED("Số vụ có báo cáo", "Seasons reported", "số vụ có báo cáo (0–3)"),
  LATEST_DELIVERY("Tháng nộp gần nhất", "Latest delivery", "tháng nộp gần nhất được dùng"),

  // Target progress.
  KIND("Loại mục tiêu", "Kind of target", "cách đánh giá mục tiêu (programme.md §3)"),
  BASIS("Cơ sở tính", "Basis", "12 tháng gần nhất hoặc cả năm"),
  BASELINE_YEAR("Năm gốc", "Baseline year", "năm gốc b"),
  BASELINE_VALUE("Giá trị năm gốc", "Baseline value", "giá trị năm gốc (danh mục hoặc số liệu)"),
  BASELINE_SOURCE("Nguồn giá trị gốc", "Baseline source", "danh mục chỉ tiêu hoặc số liệu"),
  TARGET_YEAR("Năm mục tiêu", "Target year", "năm phải đạt mục tiêu T"),
  TARGET_VALUE("Mục tiêu", "Target", "giá trị mục tiêu"),
  TARGET_HIGH("Cận trên mục tiêu", "Target upper bound", "cận trên (mục tiêu khoảng, duy trì)"),
  LATEST_YEAR("Năm đủ số liệu gần nhất", "Latest year",
      "năm đủ số liệu gần nhất đến tháng của lần chạy"),
  LATEST_YEAR_VALUE("Giá trị năm gần nhất", "Latest year value", "giá trị của năm đó"),
  YTD_VALUE("Lũy kế từ đầu năm", "Year to date", "từ tháng 1 đến tháng của lần chạy"),
  ROLLING_12M_VALUE("12 tháng gần nhất", "Latest 12 months",
      "12 tháng kết thúc ở tháng của lần chạy (trống nếu chưa đủ)"),
  ASSESSED_VALUE("Giá trị được đánh giá", "Assessed value", "giá trị dùng để đánh giá"),
  ASSESSED_PERIOD("Kỳ được đánh giá", "Assessed period", "khoảng thời gian hoặc năm của giá trị đó"),
  ASSESSED_TIME("Thời điểm đánh giá (năm)", "Assessed time (years)",
      "thời điểm của giá trị đó, tính bằng năm"),
  REQUIRED_CAGR("Tốc độ tăng cần đạt/năm", "Required growth a year",
      "tốc độ tăng bình quân mỗi năm cần để đạt mục tiêu"),
  OBSERVED_CAGR("Tốc độ tăng thực tế/năm", "Observed growth a year",
      "tốc độ tăng bình quân mỗi năm từ năm gốc"),
  PATH_VALUE_NOW("Giá trị theo lộ trình", "Path value now", "giá trị lộ trình cần đạt ở thời điểm này"),
  PROJECTED_TARGET_YEAR_VALUE("Dự báo năm mục tiêu", "Projected target-year value",
      "giá trị năm mục tiêu nếu giữ tốc độ tăng thực tế"),
  ANTICIPATED_PROGRESS("Tiến độ dự kiến (P)", "Anticipated progress (P)",
      "phần mục tiêu dự kiến đạt được đến năm mục tiêu"),
  STATUS("Đánh giá / tình trạng", "Status", "kết quả đánh giá hoặc tình trạng của dòng"),
  PROVISIONAL("Tạm tính", "Provisional", "chưa đủ một năm số liệu kể từ năm gốc"),
  NOTE("Ghi chú (tiếng Anh)", "Note", "ghi chú"),
  GROWTH_YEARS("Số năm tăng trưởng", "Growth years", "số năm tăng trưởng tính từ năm gốc"),
  NOTE_CODE("Mã ghi chú", "Note code", "mã ổn định của ghi chú"),
  NOTE_VI("Ghi chú", "Note (Vietnamese)", "ghi chú tiếng Việt"),
  GROUP("Nhóm", "Group", "phần của báo cáo chính trị (programme.md §2)"),
  CODE("Số hiệu", "Code", "số thứ tự trong báo cáo, ví dụ (23a)"),
  FREQUENCY("Tần suất", "Frequency", "năm, quý hoặc tháng"),
  SOURCE_FEED("Nguồn số liệu", "Source feed", "báo cáo hằng tháng hoặc giá trị chỉ tiêu"),
  PATH("Dạng lộ trình", "Path", "tăng theo cấp số nhân hoặc tuyến tính"),
  DIRECTION("Chiều", "Direction", "ít nhất hoặc nhiều nhất (mục tiêu từng năm)"),
  TERM_START("Năm đầu nhiệm kỳ", "Term start",
      "năm đầu tiên được tính (mục tiêu lũy kế, từng năm)"),
  X_STATUS("Loại số liệu dùng", "Status of the value", "chính thức, sơ bộ hoặc ước tính"),
  MISSED_YEARS("Các năm không đạt", "Years missed", "các năm không đạt mục tiêu"),
  MISSING_YEARS("Các năm thiếu số liệu", "Years without a value",
      "các năm trong nhiệm kỳ chưa có số liệu"),

  // Projection.
  POINT("Dự báo (đường giữa)", "Projection (median)", "giá trị dự báo của tháng"),
  LOWER_80("Cận dưới 80 %", "Lower 80 %", "khoảng dự báo 80 %"),
  UPPER_80("Cận trên 80 %", "Upper 80 %", "khoảng dự báo 80 %"),
  LOWER_95("Cận dưới 95 %", "Lower 95 %", "khoảng dự báo 95 %"),
  UPPER_95("Cận trên 95 %", "Upper 95 %", "khoảng dự báo 95 %"),
  METHOD("Phương pháp (tiếng Anh)", "Method", "mô hình và khoảng số liệu dùng để ước lượng"),

  // Data quality, indicator values, reconciliation, planning.
  FEED("Báo cáo", "Feed", "loại báo cáo"),
  SOURCE_FILE("Tệp nguồn", "Source file", "tệp đã nộp (trống khi chưa nộp)"),
  ROWS_READ("Số dòng đọc", "Rows read", "số dòng đọc được"),
  ROWS_ACCEPTED("Số dòng nhận", "Rows accepted", "số dòng được nhận"),
  ROWS_REJECTED("Số dòng loại", "Rows rejected", "số dòng bị loại"),
  ROWS_DUPLICATE("Số dòng trùng", "Duplicate rows", "số dòng trùng"),
  REJECTED_SHARE("Tỷ lệ dòng loại", "Rejected share", "số dòng loại chia số dòng đọc"),
  VALUE("Giá trị", "Value", "giá trị theo đơn vị của chỉ tiêu"),
  SOURCE("Nguồn công bố", "Source", "cơ quan công bố số liệu"),
  DELIVERED("Tháng nộp", "Delivered", "tháng nộp giá trị này"),
  SUPERSEDED_BY("Được thay bằng (tháng nộp)", "Superseded by",
      "tháng nộp sau có giá trị mới cho cùng chỉ tiêu và kỳ; trống là giá trị mới nhất"),
  SOURCE_LINE("Dòng trong tệp", "Source line", "số dòng trong tệp nguồn"),
  PIPELINE_VALUE("Giá trị từ báo cáo tháng", "Value from the monthly feeds",
      "giá trị của năm từ các báo cáo hằng tháng"),
  OFFICIAL_VALUE("Giá trị công bố", "Official value", "giá trị công bố mới nhất"),
  OFFICIAL_STATUS("Loại số liệu công bố", "Official status", "chính thức, sơ bộ hoặc ước tính"),
  OFFICIAL_DELIVERED("Tháng nộp số công bố", "Official delivered", "tháng nộp giá trị công bố"),
  DIFFERENCE("Chênh lệch", "Difference", "giá trị công bố trừ giá trị từ báo cáo tháng"),
  RELATIVE_DIFFERENCE("Chênh lệch tương đối", "Relative difference",
      "chênh lệch chia giá trị từ báo cáo tháng"),
  FLAG("Cần xem lại", "Flag", "chênh lệch quá 5 % hoặc năm chưa đủ số liệu"),
  PIPELINE_COMPLETE("Năm đủ số liệu", "Year complete",
      "cả 12 tháng của năm đều có đủ ba báo cáo du lịch"),
  INPUTS("Đầu vào", "Inputs", "các đầu vào của yêu cầu, kèm nguồn và kỳ số liệu");

  private static final Map<String, ColumnTitle> BY_NAME = new HashMap<>();

  static {
    for (ColumnTitle title : values()) {
      BY_NAME.put(title.name().toLowerCase(Locale.ROOT), title);
    }
  }

  private final String vi;
  private final String en;
  private final String meaningVi;

  ColumnTitle(String vi, String en, String meaningVi) {
    this.vi = vi;
    this.en = en;
    this.meaningVi = meaningVi;
  }

  /** The title of a mart column, or null when the catalogue has none. */
  public static ColumnTitle of(String column) {
    return BY_NAME.get(column);
  }

  /** What the column holds, in Vietnamese. */
  public String meaningVi() {
    return meaningVi;
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
