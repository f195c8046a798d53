package vn.mocchau.analytics.text;

/**
 * Every sentence the stages write for the officer, in Vietnamese (the default, {@code --lang vi})
 * and English ({@code --lang en}): the lines the jobs print, and the notices (warnings, problems)
 * the stages record in the run manifest. Each has both patterns with the same placeholders
 * (CatalogueTest); docs/huong-dan.md quotes the Vietnamese words, and HuongDanTest checks that the
 * guide still uses them. The report's words are in {@link Word}.
 */
public enum Msg implements Entry {
  // Arguments and paths, checked before Spark starts.
  MONTH_UNREADABLE("Không đọc được %s '%s': hãy ghi tháng dạng YYYY-MM, ví dụ 2026-10.",
      "Cannot read %s '%s': write the month as YYYY-MM, e.g. 2026-10."),
  MONTH_IN_FUTURE("Không chạy được %s %s: tháng này chưa đến.",
      "Cannot run %s %s: it is in the future."),
  MONTH_BEFORE_FIRST("Không chạy được tháng %s: tháng đầu tiên có số liệu nộp trong %s là %s.",
      "Cannot run %s: the first month with a delivery in %s is %s."),
  NO_DELIVERIES("Không chạy được: %s chưa có số liệu nộp của tháng nào (thư mục <nguồn>/YYYY-MM/).",
      "Cannot run: %s holds no delivery for any month (folders <feed>/YYYY-MM/)."),
  BACKFILL_ORDER("Không chạy bổ sung được: tháng cuối %s trước tháng đầu %s.",
      "Cannot backfill: TO %s is before FROM %s."),
  RAW_MISSING("Không chạy được: thư mục số liệu nộp %s không tồn tại (--raw).",
      "Cannot run: the deliveries folder %s does not exist (--raw)."),
  RAW_NO_REFERENCE("Không chạy được: %s không có thư mục reference/; --raw có phải là thư mục"
      + " data-raw không?", "Cannot run: %s has no reference/ folder; is --raw the data-raw"
      + " folder?"),
  OUT_IS_FILE("Không chạy được: --out %s là một tệp, không phải thư mục.",
      "Cannot run: --out %s is a file, not a folder."),
  CANNOT_RUN("Không chạy được: %s", "Cannot run: %s"),
  // The month parameters, named in the two sentences above: English keeps the usage's names.
  ARG_MONTH("tháng", "month"),
  ARG_FROM("tháng đầu", "FROM"),
  ARG_TO("tháng cuối", "TO"),
  // Usage help (cli/Usage): its headings; each option's own text is in Usage's table.
  HELP_USAGE("Cách dùng: ", "Usage: "),
  HELP_PARAMETERS("Tham số:", "Parameters:"),
  HELP_OPTIONS("Tùy chọn:", "Options:"),
  HELP_EXAMPLE("Ví dụ: ", "Example: "),
  HELP_MORE("Giải thích từng tùy chọn: %s --help", "Every option explained: %s --help"),

  // Usage errors: picocli's own messages are English, so each kind is said again.
  USAGE_MISSING("Thiếu %s.", "Missing %s."),
  USAGE_VALUE_AFTER("giá trị %s sau %s", "the value %s after %s"),
  USAGE_DID_YOU_MEAN(" Có phải là %s?", " Did you mean %s?"),
  USAGE_OR(" hoặc ", " or "),
  USAGE_NO_OPTION("Không có tùy chọn %s.", "There is no option %s."),
  USAGE_UNEXPECTED("Thừa tham số: %s.", "Unexpected argument: %s."),
  USAGE_ONCE("Tùy chọn %s chỉ được ghi một lần.", "Option %s may be given only once."),
  USAGE_BAD_VALUE("Giá trị '%s' của %s không dùng được: %s.", "Cannot use '%s' for %s: %s."),
  USAGE_WANTS_WHOLE_NUMBER("cần một số nguyên, ví dụ 10", "a whole number is needed, e.g. 10"),
  USAGE_WANTS_NUMBER("cần một số viết bằng dấu chấm thập phân, ví dụ 0.05",
      "a number is needed, e.g. 0.05"),
  USAGE_WANTS_KEY_VALUE("cần dạng KHÓA=GIÁ_TRỊ", "KEY=VALUE is needed"),
  USAGE_SEE_BELOW("xem giải thích bên dưới", "see below"),
  USAGE_WRONG("Lệnh chưa đúng.", "The command is not right."),
  // #19: a fault of the machine, not of the pipeline (cli/Faults): why, then the system's words.
  OUTPUT_UNWRITABLE("Không ghi được kết quả: %s (thông báo của hệ thống: %s). Sửa rồi chạy lại"
      + " tháng; lần chạy sau hoàn tất phần còn dở.", "Cannot write the outputs: %s (the"
      + " system says: %s). Fix it and run the month again; the next run finishes what was left"
      + " half done."),
  FAULT_PERMISSION("máy không cho phép ghi vào thư mục kết quả",
      "the machine does not allow writing in the output folder"),
  FAULT_DISK_FULL("ổ đĩa đã đầy", "the disk is full"),
  FAULT_NOT_A_FOLDER("một tệp nằm ở chỗ phải là thư mục", "a file is where a folder must be"),
  INTERNAL_ERROR("Lỗi nội bộ: %s. Hãy gửi thông báo này và sổ chạy (runs/) cho nhóm dữ liệu."
      + " Chi tiết kỹ thuật bên dưới.", "Internal error: %s. Please send this message and the"
      + " run manifest (runs/) to the data team. Details follow."),
  LANG_UNKNOWN("Không dùng được ngôn ngữ '%s': dùng vi hoặc en.",
      "Cannot use language '%s': use vi or en."),
  // #17 slice C: YARN and Kubernetes take the cluster jar through the cluster's own spark-submit.
  MASTER_NEEDS_SPARK_SUBMIT("Không chạy được với --master %s từ jobs/: trên cụm YARN hoặc"
      + " Kubernetes, hãy nộp tệp target/moc-chau-analytics-cluster.jar bằng spark-submit của"
      + " chính cụm đó (xem README.md).",
      "Cannot run with --master %s from jobs/: on YARN or Kubernetes, submit"
      + " target/moc-chau-analytics-cluster.jar with the cluster's own spark-submit (see README)."),

  // Reference files that cannot be used (ingest/ReferenceLoader).
  // A warning of the run: the optional reference file of programme.md §6 is not there.
  PLANNING_PARAMETERS_MISSING("Không có tệp tham chiếu %s: các yêu cầu về giường lưu trú và ngô"
      + " sinh khối cần tham số của tệp này được ghi là chưa tính được",
      "No reference file %s: the bed and biomass-corn requirements that need its parameters are"
      + " not assessed"),
  REFERENCE_MISSING("Không tìm thấy tệp tham chiếu %s", "Cannot find reference file %s"),
  REFERENCE_EMPTY("Không dùng được %s: tệp rỗng", "Cannot use %s: the file is empty"),
  REFERENCE_UNUSABLE("Không dùng được %s: %s", "Cannot use %s: %s"),
  REFERENCE_UNREADABLE("Không đọc được %s: %s", "Cannot read %s: %s"),
  REFERENCE_BAD_VALUE("Không dùng được %s dòng %d, cột %s, giá trị '%s': %s",
      "Cannot use %s line %d, column %s, value '%s': %s"),
  REFERENCE_FIELD_COUNT("Không dùng được %s dòng %d: có %d trường trong khi dòng tiêu đề có %d"
      + " (hãy đặt trong ngoặc kép các giá trị chứa '%s')", "Cannot use %s line %d: it has %d"
      + " fields where the header has %d (quote values that contain '%s')"),

  // Lock and recovery.
  OUTPUT_BUSY("Không bắt đầu được: một lần chạy khác đang dùng %s. Hãy chờ lần chạy đó xong rồi"
      + " chạy lại. (%s)", "Cannot start: another run is using %s. Wait for it to finish, then"
      + " run again. (%s)"),
  LOCK_HOLDER("lệnh jobs/%s, tiến trình %d trên máy %s, bắt đầu lúc %s",
      "jobs/%s, process %d on %s, started %s"),
  LOCK_RACE("một lần chạy khác đang bắt đầu cùng lúc", "another run is starting at the same"
      + " moment"),
  STALE_LOCK("đã tiếp quản khóa của một lần chạy không còn tồn tại",
      "took over the lock of a run that no longer exists"),
  RECOVERED("đã hoàn tất việc công bố của lần chạy bị gián đoạn %s",
      "finished the publication of interrupted run %s"),

  // Stages.
  REFERENCE_LOADED("số liệu tham chiếu: %,d địa bàn, %,d cơ sở lưu trú, %,d chỉ tiêu",
      "reference data: %,d localities, %,d establishments, %,d targets"),
  SPARK_READY("Spark %s sẵn sàng (%s)", "Spark %s ready (%s)"),
  MONTH_START("tháng %s (lần chạy %s)", "month %s (run %s)"),
  FEED_NOT_DELIVERED("%s: chưa nộp cho tháng %s (tháng được đánh dấu chưa đủ số liệu)",
      "%s: not delivered for %s (the month is flagged incomplete)"),
  FEED_NOT_DUE("%s: không đến kỳ nộp tháng %s", "%s: not due for %s"),
  FEED_COUNTS("%s: %,d tệp, %,d dòng đọc, %,d chấp nhận, %,d bị loại, %,d trùng lặp",
      "%s: %,d file(s), %,d rows read, %,d accepted, %,d rejected, %,d duplicates"),
  FILE_UNREADABLE("tệp %s: %s", "file %s: %s"),
  TOO_MANY_REJECTS("%s: loại %,d trên %,d dòng (%.1f %%, quá ngưỡng %.1f %% cho phép)",
      "%s rejected %,d of %,d rows (%.1f %%, more than the %.1f %% allowed)"),
  MARTS_REBUILT("đã dựng lại %,d bảng tổng hợp, %,d dòng (từng bảng: xem sổ chạy)",
      "rebuilt %,d marts, %,d rows (per mart: see the run manifest)"),
  PUBLISHED_STAGE("đã công bố số liệu sạch, cách ly, bảng tổng hợp và tệp xuất cho tháng %s",
      "published curated, quarantine, marts and exports for %s"),
  REPORT_DRAWN("đã vẽ %,d biểu đồ và báo cáo: %s", "drew %,d charts and the report: %s"),

  // Closing summary.
  SUMMARY_HEADING("Tóm tắt tháng %s", "Summary of %s"),
  SUMMARY_COLUMNS("nguồn            trạng thái        tệp    đọc  chấp nhận  bị loại  trùng lặp",
      "feed             status          files   read   accepted rejected duplicates"),
  STATUS_DELIVERED("đã nộp", "delivered"),
  STATUS_NOT_DELIVERED("chưa nộp", "not delivered"),
  STATUS_NOT_DUE("không đến kỳ nộp", "not due"),
  STATUS_FAILED_FILE("tệp lỗi", "unreadable file"),
  STATUS_TOO_MANY_REJECTS("quá ngưỡng loại", "too many rejects"),
  FEED_VISITOR_COUNTS("lượt khách", "visitor_counts"),
  FEED_STAYS("lưu trú", "stays"),
  FEED_REVENUE("doanh thu", "revenue"),
  FEED_BIOMASS_CORN("ngô sinh khối", "biomass_corn"),
  // Slice A of #15: the fifth feed, indicator_values (programme.md §1).
  FEED_INDICATOR_VALUES("số liệu chỉ tiêu", "indicator_values"),
  WHOLE_ROW("(cả dòng)", "(row)"),
  TOP_REASONS("lý do loại nhiều nhất:", "top rejection reasons:"),
  EXAMPLE("ví dụ", "e.g."),
  // #19: a symbolic link in a delivery folder is never read.
  LINKED_FILE("không đọc %s: đây là lối tắt (liên kết) tới một tệp ở nơi khác; hãy chép chính"
      + " tệp vào thư mục nộp", "did not read %s: it is a symbolic link to a file elsewhere;"
      + " copy the file itself into the delivery folder"),
  IGNORED_FILE("bỏ qua %s (không phải tệp .csv hoặc .csv.gz)",
      "ignored %s (not a .csv or .csv.gz file)"),
  WARNINGS("Cảnh báo (%,d, đầy đủ trong sổ chạy):", "Warnings (%,d, all in the run manifest):"),
  MORE_WARNINGS("... và %,d cảnh báo nữa trong sổ chạy", "... and %,d more in the run manifest"),
  PROGRESS_HEADING("Tiến độ chỉ tiêu 2030:", "Progress toward the 2030 targets:"),
  // #15 slice C (report): the whole programme in one line of counts per status.
  PROGRAMME_COUNTS("Cả chương trình (chi tiết trong báo cáo): %s",
      "The whole programme (details in the report): %s"),
  // Why progress cannot be assessed yet (ProgressDiagnosis), one case each.
  PROGRESS_BEFORE_BASELINE_END("Chưa đánh giá được tiến độ chỉ tiêu: năm gốc %d chưa hết, nên"
      + " chưa so được với năm gốc; đánh giá bắt đầu từ tháng %s.",
      "Progress cannot be assessed yet: the baseline year %d is not over, so there is nothing to"
      + " compare with it yet; the first assessment is as of %s."),
  PROGRESS_NEEDS_BACKFILL("Chưa đánh giá được tiến độ chỉ tiêu: cần số liệu năm gốc %d và 12"
      + " tháng %s–%s, nhưng %,d tháng trong đó có số liệu nộp mà chưa được công bố. Để nạp các"
      + " tháng đó, chạy: jobs/backfill %s %s",
      "Progress cannot be assessed yet: it needs the baseline year %d and the 12 months %s–%s, and"
      + " %,d of those months have deliveries that are not published yet. To load them, run:"
      + " jobs/backfill %s %s"),
  PROGRESS_MONTHS_MISSING("Chưa đánh giá được tiến độ chỉ tiêu: cần số liệu năm gốc %d và 12"
      + " tháng %s–%s, nhưng chưa có số liệu lượt khách nộp cho %,d tháng trong đó: %s.",
      "Progress cannot be assessed yet: it needs the baseline year %d and the 12 months %s–%s, and"
      + " %,d of those months have no visitor counts delivered: %s."),
  PROGRESS_INCOMPLETE_MONTHS("Chưa đánh giá được tiến độ chỉ tiêu: cần số liệu năm gốc %d và 12"
      + " tháng %s–%s đủ các nguồn; có tháng trong đó thiếu nguồn (xem mục chưa nộp của các tháng"
      + " đó).", "Progress cannot be assessed yet: it needs the baseline year %d and the 12"
      + " months %s–%s with every feed; some of those months lack a feed (see their not-delivered"
      + " warnings)."),
  REPORT_AT("Báo cáo: %s", "Report: %s"),
  REJECTS_AT("Danh sách dòng bị loại: %s", "Rejected rows: %s"),
  MANIFEST("Sổ chạy: %s", "Run manifest: %s"),

  // Outcome.
  PUBLISHED("Đã công bố tháng %s vào %s.", "Published %s to %s."),
  NOT_PUBLISHED("Không công bố gì cho tháng %s: %s. Các kết quả đã công bố trước đó giữ"
      + " nguyên.", "Nothing published for %s: %s. Earlier outputs are unchanged."),
  REJECTS_LISTED(" Các dòng bị loại có trong %s.", " Rejected rows are listed in %s."),
  FIX_AND_RERUN(" Hãy sửa hoặc thay tệp trong %s rồi chạy lại tháng %s.",
      " Fix or replace the file(s) in %s and run %s again."),
  BACKFILL_STOPPED("Dừng chạy bổ sung ở tháng %s; các tháng sau chưa chạy.",
      "Backfill stopped at %s; later months were not run."),
  NO_MARTS_CAUSE("thư mục %s chưa có bảng tổng hợp của tháng %s; hãy chạy jobs/monthly %s trước.",
      "%s has no marts for %s; run jobs/monthly %s first."),
  NO_MARTS("Không vẽ được báo cáo tháng %s: %s chưa có bảng tổng hợp của tháng này; hãy chạy"
      + " jobs/monthly %s trước.", "Cannot draw the report of %s: %s has no marts for that"
      + " month; run jobs/monthly %s first."),

  // Notices of the stages (warnings and problems in the run manifest and the summary).
  EXTRA_COLUMNS("%s: bỏ qua các cột thừa %s", "%s: extra columns ignored %s"),
  DECIMAL_STYLE_ASSUMED("%s: không số nào cho biết kiểu dấu thập phân; coi là kiểu Việt Nam"
      + " (2.150 = 2150)", "%s: no number reveals the decimal style; Vietnamese style assumed"
      + " (2.150 = 2150)"),
  ROW_WARNINGS("%s: %,d dòng có cảnh báo, ví dụ: %s", "%s: %,d row warning(s), e.g. %s"),
  OVERNIGHT_ABOVE_ARRIVALS("%s %s: số khách lưu trú %,d lớn hơn tổng lượt khách %,d",
      "%s %s: overnight guests %,d above arrivals %,d"),
  REVENUE_PER_ARRIVAL_IMPLAUSIBLE("%s %s: doanh thu bình quân %,d đồng/lượt khách nằm ngoài"
      + " khoảng hợp lý 200.000-5.000.000", "%s %s: revenue per arrival %,d VND is outside the"
      + " plausible band 200,000-5,000,000"),
  MONTH_ON_MONTH_JUMP("%s %s (%s): %s thay đổi %.1f lần so với tháng trước",
      "%s %s (%s): %s changed %.1fx from the previous month"),
  JUMP_ARRIVALS("lượt khách", "arrivals"),
  JUMP_REVENUE("doanh thu", "revenue"),

  // jobs/sql.
  SQL_NO_OUTPUTS("Không có bảng nào đã công bố trong %s; hãy chạy jobs/monthly trước (--out).",
      "No published table in %s; run jobs/monthly first (--out)."),
  SQL_FORMAT_UNKNOWN("Không dùng được --format '%s': chọn table, csv hoặc parquet.",
      "Cannot use --format '%s': choose table, csv or parquet."),
  SQL_NEEDS_OUTPUT("--format parquet cần --output THƯ_MỤC.",
      "--format parquet needs --output DIR."),
  SQL_ERROR("Lỗi truy vấn: %s", "Query error: %s"),
  // #19: jobs/sql is read-only (cli/ReadOnlySql). The reason, then the safe way.
  SQL_REFUSED("Câu lệnh bị từ chối: %s. jobs/sql chỉ đọc các bảng đã công bố (\\d liệt kê các"
      + " bảng): dùng 'SELECT' hoặc 'WITH', 'SHOW TABLES', 'DESCRIBE BẢNG', 'EXPLAIN SELECT'.",
      "Statement refused: %s. jobs/sql only reads the published tables (\\d lists them): use"
      + " SELECT or WITH, SHOW TABLES, DESCRIBE TABLE, EXPLAIN SELECT."),
  SQL_REFUSED_STATEMENT("lệnh '%s' có thể ghi hoặc thay đổi dữ liệu, cấu hình hay chạy mã",
      "'%s' can write or change data or settings, or run code"),
  SQL_REFUSED_TABLE("'%s' không phải một bảng đã công bố", "'%s' is not a published table"),
  SQL_REFUSED_FUNCTION("không được dùng hàm %s", "the function %s is not allowed"),
  SQL_REFUSED_OUTPUT("--output %s nằm trong thư mục kết quả %s, nơi chỉ lệnh hằng tháng được ghi;"
      + " hãy ghi ra một thư mục khác", "--output %s is inside the output folder %s, which only"
      + " the monthly job writes; write somewhere else"),
  SQL_WROTE("đã ghi %s", "wrote %s"),
  SQL_ROWS("(%,d dòng)", "(%,d rows)"),
  SQL_CUT("(chỉ in %,d dòng đầu; dùng --format csv hoặc parquet để lấy hết)",
      "(only the first %,d rows printed; use --format csv or parquet for all)"),
  SQL_NO_TABLE("Không có bảng '%s'. Các bảng: %s", "No table '%s'. Tables: %s"),
  SQL_WELCOME("Bảng: %s%nKết thúc câu lệnh bằng ';'. \\d BẢNG xem các cột, \\q để thoát.",
      "Tables: %s%nEnd a statement with ';'. \\d TABLE lists its columns, \\q quits."),

  // jobs/validate.
  VALIDATE_MORE("  ... %,d dòng nữa (dùng --all để xem hết)", "  ... %,d more (use --all)"),
  VALIDATE_OK("Số liệu tháng %s đủ điều kiện công bố. Không ghi gì ra đĩa.",
      "The deliveries of %s can be published. Nothing was written."),
  VALIDATE_NOT_OK("Số liệu tháng %s chưa thể công bố (mã thoát %d). Không ghi gì ra đĩa.",
      "The deliveries of %s would not be published (exit %d). Nothing was written."),

  // jobs/template (issue 15, slice A2: the form the offices fill in with indicator values).
  TEMPLATE_WRITTEN("Đã ghi mẫu nhập số liệu chỉ tiêu năm %d (%d chỉ tiêu): %s. Điền giá trị,"
      + " tình trạng, nguồn rồi đặt tệp vào thư mục indicator_values/YYYY-MM/ (tháng nộp) của"
      + " số liệu nộp.", "Wrote the indicator-values form for %d (%d indicators): %s. Fill in"
      + " value, status and source, then put the file in the deliveries' folder"
      + " indicator_values/YYYY-MM/ (the month of delivery)."),
  TEMPLATE_FEED_UNKNOWN("Không có mẫu nhập cho '%s': chỉ có mẫu cho indicator_values.",
      "There is no form for '%s': only for indicator_values."),
  TEMPLATE_YEAR_UNREADABLE("Không đọc được năm '%s': hãy ghi năm dạng YYYY, ví dụ 2026.",
      "Cannot read year '%s': write the year as YYYY, e.g. 2026."),
  TEMPLATE_UNIT_SHARE("tỷ lệ: ghi 95%% hoặc 0,95", "share: write 95%% or 0.95"),
  TEMPLATE_NO_INDICATOR("Không ghi được mẫu nhập: %s không có chỉ tiêu nào.",
      "Cannot write the form: %s has no indicator."),

  // --version: the pom's version.
  VERSION("moc-chau-analytics phiên bản %s", "moc-chau-analytics version %s"),

  // When a feed's deliveries are due (contract/DeliveryCalendar), for the docs and the guide.
  DUE_MONTHLY("hằng tháng", "every month"),
  // Slice A of #15: indicator_values come when the offices have figures, never due.
  DUE_WHEN_AVAILABLE("khi cơ quan có số liệu (không có kỳ nộp cố định; tháng không nộp không bị"
      + " đánh dấu thiếu)", "when the offices have figures (no fixed due month; a month without"
      + " a delivery is not flagged)"),
  DUE_AFTER_EACH_HARVEST("sau mỗi vụ thu hoạch: tháng 2 (vụ đông), tháng 7 (vụ xuân),"
      + " tháng 11 (vụ hè thu)", "after each harvest: February (winter season), July (spring),"
      + " November (summer–autumn)");

  private final String vi;
  private final String en;

  Msg(String vi, String en) {
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
