package vn.mocchau.analytics.text;

/**
 * The jobs' help (cli/Usage): what each job does, what each parameter and option means, and the
 * names of the values they take, in Vietnamese and English. The same mechanism as {@link Msg}; a
 * new option needs its entry here, and ConsoleLanguageTest fails until it has one.
 */
public enum Help implements Entry {
  // What each job does.
  JOB_MONTHLY("Đọc số liệu nộp của một tháng, kiểm tra theo quy định, công bố số liệu sạch, các"
          + " bảng tổng hợp, biểu đồ và báo cáo tiến độ.",
      "Ingest one month's deliveries, check them against the contract, and publish the curated"
          + " data, the marts, the charts and the progress report."),
  JOB_BACKFILL("Chạy lần lượt từng tháng từ TỪ_THÁNG đến ĐẾN_THÁNG, tháng cũ trước; dừng ở tháng"
          + " đầu tiên có lỗi.",
      "Run every month from FROM to TO, oldest first, in one Spark session; stop at the first"
          + " month that fails."),
  JOB_VALIDATE("Kiểm tra số liệu nộp của một tháng và in mọi lỗi (tệp:dòng cột 'giá trị': lý do);"
          + " không ghi gì ra đĩa.",
      "Check a month's deliveries and print every problem (file:line column 'value': reason);"
          + " writes nothing."),
  JOB_REPORT("Vẽ lại biểu đồ và báo cáo của một tháng từ kết quả đã công bố, không cần Spark (vài"
          + " giây).",
      "Redraw a month's charts and report from the published marts, without Spark (a few"
          + " seconds)."),
  JOB_SQL("Truy vấn Spark SQL trên các bảng đã công bố (số liệu sạch theo tên nguồn,"
          + " quarantine_<nguồn>, các bảng tổng hợp), chỉ đọc. Không có câu truy vấn: chế độ gõ"
          + " lệnh (\\d liệt kê bảng, \\d BẢNG xem các cột, \\q thoát).",
      "Spark SQL over the published tables (curated tables by feed name, quarantine_<feed>, every"
          + " mart), read-only. Without a query: an interactive prompt (\\d lists the tables, \\d"
          + " TABLE its columns, \\q quits)."),
  JOB_GENERATE_SAMPLE("Ghi bộ số liệu nộp tổng hợp (mẫu, không phải số liệu thật); cùng hạt giống"
          + " cho cùng tệp.",
      "Write the synthetic sample deliveries (not real data); the same seed writes the same"
          + " bytes."),

  // jobs/template (issue 15, slice A2).
  JOB_TEMPLATE("Ghi mẫu nhập số liệu chỉ tiêu của một năm cho các cơ quan điền (CSV mở được bằng"
          + " Excel): mỗi chỉ tiêu của danh mục một dòng, đã có mã, tên, đơn vị, phạm vi và kỳ.",
      "Write the form the offices fill in with a year's indicator values (a CSV Excel opens): one"
          + " row per indicator of the registry, with its code, name, unit, scope and period."),
  ARG_TEMPLATE_FEED("nguồn số liệu của mẫu: indicator_values", "the feed of the form:"
      + " indicator_values"),
  ARG_TEMPLATE_YEAR("năm của số liệu, ví dụ 2026", "the year the values are for, e.g. 2026"),
  ARG_TEMPLATE_OUT("thư mục kết quả; mẫu nằm trong templates/ (mặc định: %s)",
      "outputs folder; the form goes to templates/ (default: %s)"),
  ARG_TEMPLATE_RAW("thư mục có reference/targets.csv, danh mục chỉ tiêu (mặc định: %s)",
      "the folder whose reference/targets.csv is the registry (default: %s)"),
  ARG_TEMPLATE_LANG("ngôn ngữ của thông báo và của mẫu: tên cột, tên chỉ tiêu (mặc định: vi)",
      "language of the message and of the form: column and indicator names (default: vi)"),
  LABEL_FEED("NGUỒN", "FEED"),
  LABEL_YEAR("NĂM", "YEAR"),

  // Parameters and options: what each means ("%s" is its default value).
  ARG_YYYY_MM("tháng số liệu (tháng mà số liệu nói về), ví dụ 2026-10",
      "the delivery month (the month the data is about), e.g. 2026-10"),
  ARG_REPORT_YYYY_MM("tháng của báo cáo, đã công bố, ví dụ 2026-10",
      "the month of the report, already published, e.g. 2026-10"),
  ARG_FROM("tháng đầu tiên, YYYY-MM", "the first month, YYYY-MM"),
  ARG_TO("tháng cuối cùng, YYYY-MM", "the last month, YYYY-MM"),
  ARG_QUERY("một câu truy vấn SQL trong ngoặc kép; \\d, \\d BẢNG cũng được",
      "one SQL query in quotes; \\d and \\d TABLE work too"),
  ARG_RAW("thư mục số liệu nộp và danh mục (mặc định: %s)",
      "deliveries and reference files (default: %s)"),
  ARG_OUT("thư mục kết quả đã công bố (mặc định: %s)", "published outputs (default: %s)"),
  ARG_GENERATE_SAMPLE_OUT("thư mục data-raw sẽ ghi vào (mặc định: %s)",
      "the data-raw folder to write (default: %s)"),
  ARG_LANG("ngôn ngữ của thông báo, biểu đồ và báo cáo (mặc định: vi)",
      "language of the messages, the charts and the report (default: vi)"),
  ARG_GENERATE_SAMPLE_LANG("ngôn ngữ của hướng dẫn và thông báo (mặc định: vi)",
      "language of the help and the messages (default: vi)"),
  ARG_REJECT_THRESHOLD("tỷ lệ dòng bị loại tối đa của một nguồn mà tháng vẫn được công bố, viết"
          + " 0.05 cho 5 %% (mặc định: %s = 2 %%)",
      "the largest share of a feed's rows that may be rejected and still publish, 0.05 for 5 %%"
          + " (default: %s = 2 %%)"),
  ARG_MIN_REJECTED("ngưỡng trên chỉ áp dụng từ số dòng bị loại này trở lên (mặc định: %s)",
      "the threshold applies only from this many rejected rows on (default: %s)"),
  ARG_MASTER("cụm Spark, ví dụ spark://máy:7077 (mặc định: chạy ngay trên máy này)",
      "Spark master, e.g. spark://host:7077 (default: embedded local mode)"),
  ARG_CONF("một thiết lập Spark, ví dụ spark.executor.memory=4g (có thể ghi nhiều lần)",
      "a Spark setting, e.g. spark.executor.memory=4g (repeatable)"),
  ARG_REPORT_CONF("một thiết lập Hadoop dạng spark.hadoop.KHÓA=GIÁ_TRỊ, ví dụ để đọc --out trên S3"
          + " (có thể ghi nhiều lần)",
      "a Hadoop setting as spark.hadoop.KEY=VALUE, e.g. to reach --out on S3 (repeatable)"),
  ARG_VERBOSE("in cả nhật ký của Spark (khi cần gửi nhóm dữ liệu)",
      "show Spark's own log (to send to the data team)"),
  ARG_ALL("in mọi dòng bị loại (mặc định: 50 dòng đầu mỗi nguồn)",
      "print every rejected row (default: the first 50 per feed)"),
  ARG_FORMAT("dạng kết quả: bảng (1.000 dòng đầu), csv, hoặc parquet (cần --output) (mặc định:"
          + " table)",
      "table (aligned text, first 1,000 rows), csv, or parquet (needs --output) (default: table)"),
  ARG_OUTPUT("ghi kết quả vào đây thay vì màn hình (csv: một tệp UTF-8 cho Excel; parquet: một thư"
          + " mục mới)",
      "write the result here instead of the console (csv: a UTF-8 file for Excel; parquet: a new"
          + " folder)"),
  ARG_REFERENCE_FROM("nơi chép localities.csv, locality_aliases.csv, targets.csv (mặc định: %s)",
      "where localities.csv, locality_aliases.csv and targets.csv are copied from (default: %s)"),
  ARG_SAMPLE_FROM("tháng đầu tiên (mặc định: %s)", "the first month (default: %s)"),
  ARG_SAMPLE_TO("tháng cuối cùng (mặc định: %s)", "the last month (default: %s)"),
  ARG_SCALE("nhân số đăng ký lưu trú (1, 10, 100 để đo hiệu năng) (mặc định: %s)",
      "multiplier of the stay registrations (1, 10, 100 for benchmarks) (default: %s)"),
  ARG_SEED("hạt giống ngẫu nhiên (mặc định: %s)", "random seed (default: %s)"),
  ARG_HELP("in hướng dẫn này", "print this help"),

  // The names of the values options take, as the usage line shows them.
  LABEL_YYYY_MM("YYYY-MM", "YYYY-MM"),
  LABEL_FROM("TỪ_THÁNG", "FROM"),
  LABEL_TO("ĐẾN_THÁNG", "TO"),
  LABEL_QUERY("CÂU_TRUY_VẤN", "QUERY"),
  LABEL_DIR("THƯ_MỤC", "DIR"),
  LABEL_VI_EN("vi|en", "vi|en"),
  LABEL_SHARE("TỶ_LỆ", "SHARE"),
  LABEL_ROWS("SỐ_DÒNG", "ROWS"),
  LABEL_URL("URL", "URL"),
  LABEL_KEY_VALUE("KHÓA=GIÁ_TRỊ", "KEY=VALUE"),
  LABEL_TABLE_CSV_PARQUET("table|csv|parquet", "table|csv|parquet"),
  LABEL_PATH("ĐƯỜNG_DẪN", "PATH"),
  LABEL_FACTOR("HỆ_SỐ", "N"),
  LABEL_NUMBER("SỐ", "N");


  private final String vi;
  private final String en;

  Help(String vi, String en) {
    this.vi = vi;
    this.en = en;
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
