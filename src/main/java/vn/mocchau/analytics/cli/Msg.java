package vn.mocchau.analytics.cli;

import java.util.Locale;

/**
 * Every line the jobs print to the officer, in Vietnamese (the default, {@code --lang vi}) and
 * English ({@code --lang en}). docs/huong-dan.md quotes the Vietnamese words; HuongDanTest checks
 * that the guide still uses them.
 */
enum Msg {
  // Arguments and paths, checked before Spark starts.
  MONTH_UNREADABLE("Không đọc được %s '%s': hãy ghi tháng dạng YYYY-MM, ví dụ 2026-10.",
      "Cannot read %s '%s': write the month as YYYY-MM, e.g. 2026-10."),
  MONTH_IN_FUTURE("Không chạy được %s %s: tháng này chưa đến.",
      "Cannot run %s %s: it is in the future."),
  MONTH_BEFORE_FIRST("Không chạy được tháng %s: tháng đầu tiên có số liệu nộp trong %s là %s.",
      "Cannot run %s: the first month with a delivery in %s is %s."),
  NO_DELIVERIES("Không chạy được: %s chưa có số liệu nộp của tháng nào (thư mục <nguồn>/YYYY-MM/).",
      "Cannot run: %s holds no delivery for any month (folders <feed>/YYYY-MM/)."),
  BACKFILL_ORDER("Không chạy bổ sung được: TO %s trước FROM %s.",
      "Cannot backfill: TO %s is before FROM %s."),
  RAW_MISSING("Không chạy được: thư mục số liệu nộp %s không tồn tại (--raw).",
      "Cannot run: the deliveries folder %s does not exist (--raw)."),
  RAW_NO_REFERENCE("Không chạy được: %s không có thư mục reference/; --raw có phải là thư mục"
      + " data-raw không?", "Cannot run: %s has no reference/ folder; is --raw the data-raw"
      + " folder?"),
  OUT_IS_FILE("Không chạy được: --out %s là một tệp, không phải thư mục.",
      "Cannot run: --out %s is a file, not a folder."),
  CANNOT_RUN("Không chạy được: %s", "Cannot run: %s"),
  LANG_UNKNOWN("Không dùng được ngôn ngữ '%s': dùng vi hoặc en.",
      "Cannot use language '%s': use vi or en."),

  // Lock and recovery.
  OUTPUT_BUSY("Không bắt đầu được: một lần chạy khác đang dùng %s. Hãy chờ lần chạy đó xong rồi"
      + " chạy lại. (%s)", "Cannot start: another run is using %s. Wait for it to finish, then"
      + " run again. (%s)"),
  STALE_LOCK("đã tiếp quản khóa của một lần chạy không còn tồn tại",
      "took over the lock of a run that no longer exists"),
  RECOVERED("đã hoàn tất việc công bố của lần chạy bị gián đoạn %s",
      "finished the publication of interrupted run %s"),

  // Stages.
  REFERENCE_LOADED("số liệu tham chiếu: %d địa bàn, %d cơ sở lưu trú, %d chỉ tiêu",
      "reference data: %d localities, %d establishments, %d targets"),
  SPARK_READY("Spark %s sẵn sàng (%s)", "Spark %s ready (%s)"),
  MONTH_START("tháng %s (lần chạy %s)", "month %s (run %s)"),
  FEED_NOT_DELIVERED("%s: chưa nộp cho tháng %s (tháng được đánh dấu chưa đủ số liệu)",
      "%s: not delivered for %s (the month is flagged incomplete)"),
  FEED_NOT_DUE("%s: không đến kỳ nộp tháng %s", "%s: not due for %s"),
  FEED_COUNTS("%s: %d tệp, %d dòng đọc, %d chấp nhận, %d bị loại, %d trùng lặp",
      "%s: %d file(s), %d rows read, %d accepted, %d rejected, %d duplicates"),
  FILE_UNREADABLE("tệp %s: %s", "file %s: %s"),
  TOO_MANY_REJECTS("%s: loại %d trên %d dòng (%.1f %%, quá ngưỡng %.1f %% cho phép)",
      "%s rejected %d of %d rows (%.1f %%, more than the %.1f %% allowed)"),
  MARTS_REBUILT("đã dựng lại các bảng tổng hợp (số dòng): %s", "marts rebuilt (rows): %s"),
  PUBLISHED_STAGE("đã công bố số liệu sạch, cách ly, bảng tổng hợp và tệp xuất cho tháng %s",
      "published curated, quarantine, marts and exports for %s"),
  REPORT_DRAWN("đã vẽ %d biểu đồ và báo cáo: %s", "drew %d charts and the report: %s"),

  // Closing summary.
  SUMMARY_HEADING("Tóm tắt tháng %s", "Summary of %s"),
  SUMMARY_COLUMNS("nguồn           trạng thái       tệp    đọc  chấp nhận  bị loại  trùng lặp",
      "feed            status         files   read   accepted rejected duplicates"),
  STATUS_DELIVERED("đã nộp", "delivered"),
  STATUS_NOT_DELIVERED("chưa nộp", "not delivered"),
  STATUS_NOT_DUE("không đến kỳ nộp", "not due"),
  STATUS_FAILED_FILE("tệp lỗi", "unreadable file"),
  STATUS_TOO_MANY_REJECTS("quá ngưỡng loại", "too many rejects"),
  TOP_REASONS("lý do loại nhiều nhất:", "top rejection reasons:"),
  EXAMPLE("ví dụ", "e.g."),
  IGNORED_FILE("bỏ qua %s (không phải tệp .csv hoặc .csv.gz)",
      "ignored %s (not a .csv or .csv.gz file)"),
  WARNINGS("Cảnh báo (%d, đầy đủ trong sổ chạy):", "Warnings (%d, all in the run manifest):"),
  MORE_WARNINGS("... và %d cảnh báo nữa trong sổ chạy", "... and %d more in the run manifest"),
  PROGRESS_HEADING("Tiến độ chỉ tiêu 2030:", "Progress toward the 2030 targets:"),
  NO_PROGRESS_YET("Chưa đánh giá được chỉ tiêu nào: cần ít nhất 12 tháng số liệu đã công bố."
      + " Để nạp các tháng trước, chạy: jobs/backfill %s %s",
      "No target can be assessed yet: it takes at least 12 published months. To load the"
      + " earlier months, run: jobs/backfill %s %s"),
  REPORT_AT("Báo cáo: %s", "Report: %s"),
  REJECTS_AT("Danh sách dòng bị loại: %s", "Rejected rows: %s"),
  MANIFEST("Sổ chạy (manifest): %s", "Run manifest: %s"),

  // Outcome.
  PUBLISHED("Đã công bố tháng %s vào %s.", "Published %s to %s."),
  NOT_PUBLISHED("Không công bố gì cho tháng %s: %s. Các kết quả đã công bố trước đó giữ"
      + " nguyên.", "Nothing published for %s: %s. Earlier outputs are unchanged."),
  REJECTS_LISTED(" Các dòng bị loại có trong %s.", " Rejected rows are listed in %s."),
  FIX_AND_RERUN(" Hãy sửa hoặc thay tệp trong %s rồi chạy lại tháng %s.",
      " Fix or replace the file(s) in %s and run %s again."),
  BACKFILL_STOPPED("Dừng chạy bổ sung ở tháng %s; các tháng sau chưa chạy.",
      "Backfill stopped at %s; later months were not run."),
  NO_MARTS("Không vẽ được báo cáo: %s", "Cannot draw the report: %s"),

  // jobs/sql.
  SQL_NO_OUTPUTS("Không có bảng nào đã công bố trong %s; hãy chạy jobs/monthly trước (--out).",
      "No published table in %s; run jobs/monthly first (--out)."),
  SQL_NEEDS_OUTPUT("--format parquet cần --output THƯ_MỤC.",
      "--format parquet needs --output DIR."),
  SQL_ERROR("Lỗi truy vấn: %s", "Query error: %s"),
  SQL_WROTE("đã ghi %s", "wrote %s"),
  SQL_ROWS("(%d dòng)", "(%d rows)"),
  SQL_CUT("(chỉ in %d dòng đầu; dùng --format csv hoặc parquet để lấy hết)",
      "(only the first %d rows printed; use --format csv or parquet for all)"),
  SQL_NO_TABLE("Không có bảng '%s'. Các bảng: %s", "No table '%s'. Tables: %s"),
  SQL_WELCOME("Bảng: %s%nKết thúc câu lệnh bằng ';'. \\d BẢNG xem các cột, \\q để thoát.",
      "Tables: %s%nEnd a statement with ';'. \\d TABLE lists its columns, \\q quits."),

  // jobs/validate.
  VALIDATE_MORE("  ... %d dòng nữa (dùng --all để xem hết)", "  ... %d more (use --all)"),
  VALIDATE_OK("Số liệu tháng %s đủ điều kiện công bố. Không ghi gì ra đĩa.",
      "The deliveries of %s can be published. Nothing was written."),
  VALIDATE_NOT_OK("Số liệu tháng %s chưa thể công bố (mã thoát %d). Không ghi gì ra đĩa.",
      "The deliveries of %s would not be published (exit %d). Nothing was written.");

  private final String vi;
  private final String en;

  Msg(String vi, String en) {
    this.vi = vi;
    this.en = en;
  }

  String format(boolean vietnamese, Object... args) {
    return String.format(Locale.ROOT, vietnamese ? vi : en, args);
  }

  /** The Vietnamese wording, for the guide's test. */
  String vietnamese() {
    return vi;
  }
}
