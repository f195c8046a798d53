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

  // How the congress report qualifies a target's number ("trên 5.594 tỷ đồng", "khoảng 4.000 ha").
  MORE_THAN("trên", "more than"),
  ABOUT("khoảng", "about"),
  BELOW("dưới", "below"),

  // Where the data come from, under every chart and at the end of the report.
  SOURCE("Nguồn: tổng hợp báo cáo của các xã, phường khu du lịch quốc gia Mộc Châu (dữ liệu mẫu"
      + " tổng hợp), số liệu đến tháng %s", "Source: reports of the communes and wards of the"
      + " Mộc Châu national tourism area (synthetic sample data), data to %s"),
  PAGE("Trang %s/%s", "Page %s of %s"),

  // The charts' titles and subtitles (report/ChartFactory); numbers come already written.
  CHART_PROGRESS_P(" — tiến độ dự kiến P = %s", " — anticipated progress P = %s"),
  CHART_PROJECTED("Dự báo %d: %s (giữ mức tăng %s/năm từ năm gốc %d)",
      "Projected %d: %s (%s a year since %d)"),
  CHART_BACKFILL_NOTE("Mới có số liệu của %d tháng: nếu các tháng trước đã được giao nộp, chạy"
      + " jobs/backfill TỪ_THÁNG %s để vẽ các năm trước, lộ trình và dự báo",
      "Only %d month(s) of data: if earlier months were delivered, run jobs/backfill FROM %s to"
      + " draw the earlier years, the path and the projection"),
  CHART_INDICATOR("%s: thực hiện, lộ trình và dự báo đến %d",
      "%s: actuals, required path and projection to %d"),
  CHART_OVERNIGHT("Tỷ lệ khách lưu trú qua đêm so với mục tiêu trên 70 %%",
      "Share of visitors staying overnight against the target of more than 70 %%"),
  CHART_AGAINST_TARGET("%s so với mục tiêu %s %s năm %d", "%s against the target of %s %s by %d"),
  CHART_SEASONAL("Lượt khách theo tháng: năm %d so với %d", "Visits by month: %d against %d"),
  CHART_BY_LOCALITY("Lượt khách 12 tháng đến %s theo xã, phường (địa giới mới)",
      "Visits in the 12 months to %s by commune and ward (current boundaries)"),
  CHART_IMPLIED_PER_VISIT("Mức ngầm định của hai mục tiêu 2030: %s %s",
      "Implied by the 2030 targets: %s %s"),
  CHART_REVENUE_PER_VISIT("Doanh thu bình quân mỗi lượt khách so với mức 5.594 tỷ / 6,25 triệu"
      + " lượt", "Revenue per visit against 5,594 billion / 6.25 million visits"),
  CHART_REVENUE_PER_VISIT_NOTE("Cột cao hơn đường nét đứt: đạt mục tiêu lượt khách thì cũng vượt"
      + " mục tiêu doanh thu",
      "Bars above the dashed line: meeting the visitor target also exceeds the revenue target"),

  // The report (report/ReportContent): title, disclaimer, headings and table columns.
  // The whole programme since #15: the regional-linkage targets and the ward's own.
  REPORT_TITLE("Khu du lịch quốc gia Mộc Châu — Tiến độ thực hiện các chỉ tiêu Nghị quyết Đại hội"
      + " nhiệm kỳ 2025–2030, số liệu đến tháng %s", "Mộc Châu national tourism area — progress"
      + " toward the 2025–2030 congress targets, data to %s"),
  REPORT_SHORT_TITLE("Mộc Châu — tiến độ các chỉ tiêu 2030, số liệu đến tháng %s",
      "Mộc Châu — progress toward the 2030 targets, data to %s"),
  REPORT_INTRO("Chỉ tiêu theo Báo cáo chính trị Đại hội Đảng bộ phường Thảo Nguyên nhiệm kỳ"
      + " 2025–2030: các chỉ tiêu liên kết vùng trước, sau đó toàn bộ chỉ tiêu của văn kiện. Dữ"
      + " liệu trong bản này là dữ liệu mẫu tổng hợp, không phải số liệu thật.", "Targets of the"
      + " political report of the Thảo Nguyên ward Party Congress, term 2025–2030: the"
      + " regional-linkage targets first, then every target of the report. The data in this"
      + " copy are a synthetic sample, not real figures."),
  SCORECARD_HEADING("Bảng tổng hợp chỉ tiêu", "Scorecard"),
  COLUMN_INDICATOR("Chỉ tiêu", "Indicator"),
  COLUMN_TARGET_2030("Mục tiêu 2030", "2030 target"),
  COLUMN_LATEST("Số liệu mới nhất", "Latest value"),
  COLUMN_PERCENT_OF_TARGET("%% mục tiêu", "%% of target"),
  COLUMN_P("P", "P"),
  NOT_YET_MEASURED("Chưa có số liệu để đánh giá (chưa có nguồn dữ liệu nào báo cáo)",
      "Not yet measured (no data source reports them yet)"),
  STATUS_KEY_HEADING("Cách đọc cột đánh giá", "How to read the status"),
  // The status of the kinds judged without P (programme.md §3), after the P-based key; the
  // arguments are the status words with their symbols.
  KEY_EACH_YEAR("Chỉ tiêu phải đạt hằng năm (không tính P): %s nếu mọi năm đến nay đều đạt; %s nếu"
      + " có năm trước chưa đạt nhưng năm gần nhất đạt; %s nếu năm gần nhất chưa đạt",
      "Targets to meet every year (no P): %s if every year so far met it; %s if an earlier year"
      + " missed it but the latest met it; %s if the latest year missed it"),
  KEY_MAINTAIN("Chỉ tiêu duy trì trong một khoảng (không tính P): %s nếu số liệu mới nhất nằm"
      + " trong khoảng; %s nếu nằm ngoài khoảng",
      "Targets to maintain within a band (no P): %s if the latest value is inside the band; %s"
      + " if it is outside"),
  CHARTS_HEADING("Biểu đồ", "Charts"),
  QUALITY_HEADING("Chất lượng dữ liệu tháng %s", "Data quality of %s"),
  COLUMN_DATA_SOURCE("Nguồn dữ liệu", "Data source"),
  COLUMN_ROWS_READ("Dòng đọc", "Rows read"),
  COLUMN_ACCEPTED("Chấp nhận", "Accepted"),
  COLUMN_REJECTED("Bị loại", "Rejected"),
  COLUMN_DUPLICATES("Trùng lặp", "Duplicates"),
  COLUMN_MAIN_REASONS("Lý do loại chính (số dòng)", "Main reasons (rows)"),
  METHOD_HEADING("Ghi chú phương pháp", "Method"),

  // What P and the statuses mean, and the method note.
  PROGRESS_MEANING("P là tiến độ dự kiến: nếu giữ tốc độ tăng hiện nay thì đến năm 2030 đi được"
      + " bao nhiêu phần chặng đường từ mức năm 2025 đến mục tiêu. P = 1 nghĩa là năm 2030 vừa đạt"
      + " mục tiêu; P = 0,5 là mới được nửa chặng; P âm là đang đi lùi so với năm 2025.",
      "P is the anticipated progress: how much of the way from the 2025 level to the target"
      + " would be covered by 2030 if growth kept today's pace. P = 1 means the target is"
      + " just met in 2030; P = 0.5 means only half the way; a negative P means going"
      + " backwards from 2025."),
  ACHIEVED_MEANING("số liệu mới nhất đã đạt mục tiêu", "the latest value already meets the target"),
  NOT_ASSESSED_MEANING("chưa đủ số liệu sau năm gốc 2025 để tính P",
      "not enough data after the 2025 baseline to compute P"),
  METHOD_WINDOWS("Lượt khách, doanh thu và tỷ lệ lưu trú được đánh giá trên 12 tháng gần nhất có"
      + " đủ số liệu (ví dụ 11/2025–10/2026); tỷ lệ lưu trú = khách lưu trú qua đêm / tổng lượt"
      + " khách, tính từ tổng tử số và tổng mẫu số, không lấy trung bình các tỷ lệ. Ngô sinh khối"
      + " được đánh giá theo năm; vụ báo cáo sau thay thế vụ báo cáo trước.",
      "Visits, revenue and the overnight share are assessed on the latest 12 months with"
      + " complete data (e.g. Nov 2025–Oct 2026); the overnight share is overnight"
      + " guests / visits from summed numerators and denominators, never an average of"
      + " ratios. Biomass corn is assessed by calendar year; a later season report"
      + " replaces an earlier one."),
  METHOD_PROJECTION("Tăng trưởng cần đạt mỗi năm = (mục tiêu / mức năm gốc 2025)^(1/5) − 1. Giá"
      + " trị dự kiến năm 2030 kéo dài tốc độ tăng thực tế từ năm gốc đến số liệu mới nhất;"
      + " P = (giá trị dự kiến 2030 − mức năm gốc) / (mục tiêu − mức năm gốc)."
      + " Đúng lộ trình khi P ≥ 0,95; cần đẩy nhanh khi 0,5 ≤ P < 0,95; chậm so với lộ"
      + " trình khi 0 ≤ P < 0,5; đang đi lùi khi P < 0. Vùng dự báo trên biểu đồ chính là"
      + " dự báo dùng để đánh giá (đường giữa năm 2030 = giá trị dự kiến; bảng dự báo"
      + " theo tháng chia mỗi năm theo mùa vụ các năm trước);"
      + " khoảng 80 %% và 95 %% rộng dần theo số năm phía trước,"
      + " hiệu chỉnh trên số lượt khách đã công bố 2010–2023. Tết rơi vào tháng 1 hoặc"
      + " tháng 2: khi 12 tháng kết thúc vào tháng 1 không có Tết nào hoặc có hai Tết,"
      + " đánh giá dùng 12 tháng gần nhất có đúng một Tết.",
      "Required growth per year = (target / 2025 baseline)^(1/5) − 1. The projected 2030"
      + " value carries forward the growth observed from the baseline to the latest"
      + " value; P = (projected 2030 value − baseline) / (target − baseline). On track"
      + " when P ≥ 0.95; needs acceleration when 0.5 ≤ P < 0.95; off track when"
      + " 0 ≤ P < 0.5; regressing when P < 0. The fan on the charts is the projection the"
      + " status is judged on (its 2030 median is the projected value; the monthly"
      + " projection table spreads each year by the seasonal shape of past"
      + " years); its 80 %% and 95 %% bands widen with the years"
      + " ahead, calibrated on the published 2010–2023 arrivals. Tết falls in January"
      + " or February: when the 12 months ending in a January hold no Tết or two, the"
      + " assessment uses the latest 12 months holding exactly one."),
  METHOD_IMPLIED("5.594 tỷ đồng / 6,25 triệu lượt = 895.040 đồng/lượt khách, thấp hơn mức chi"
      + " tiêu mỗi lượt hiện nay: đạt mục tiêu lượt khách thì vượt mục tiêu doanh thu.",
      "5,594 billion VND / 6.25 million visits = 895,040 VND per visit, below today's"
      + " spending per visit: meeting the visitor target would exceed the revenue"
      + " target."),
  METHOD_PROVISIONAL("Năm chưa đủ 12 tháng hoặc chưa đủ các vụ được ghi là tạm tính và vẽ màu"
      + " nhạt.", "Years with fewer than 12 months or not all seasons are marked provisional and"
      + " drawn in a lighter colour."),

  // #15 slice C (report): the whole programme — group names (Target.GROUPS), the programme's
  // headings and columns, how each kind of target is said, estimate marks, the counts per status,
  // the trend charts and the reconciliation table.
  REGIONAL_TOURISM("Liên kết vùng — Du lịch", "Regional linkage — Tourism"),
  REGIONAL_AGRICULTURE("Liên kết vùng — Nông nghiệp", "Regional linkage — Agriculture"),
  REGIONAL_URBAN("Liên kết vùng — Quy hoạch, đô thị và hạ tầng",
      "Regional linkage — Planning, urban development and infrastructure"),
  REGIONAL_SOCIAL("Liên kết vùng — Văn hóa và y tế", "Regional linkage — Culture and health"),
  WARD_ECONOMY("Phường Thảo Nguyên — Kinh tế", "Thảo Nguyên ward — Economy"),
  WARD_SOCIETY_ENVIRONMENT("Phường Thảo Nguyên — Văn hóa, xã hội và môi trường",
      "Thảo Nguyên ward — Society and environment"),
  WARD_PARTY_BUILDING("Phường Thảo Nguyên — Xây dựng Đảng và hệ thống chính trị",
      "Thảo Nguyên ward — Party building and the political system"),
  OTHER_TARGETS("Chỉ tiêu khác", "Other targets"),
  PROGRAMME_HEADING("Toàn bộ chỉ tiêu của Báo cáo chính trị", "The whole programme of the"
      + " political report"),
  PROGRAMME_INTRO("Mỗi chỉ tiêu của Báo cáo chính trị, theo nhóm và số thứ tự của báo cáo. Số"
      + " liệu ước tính hoặc sơ bộ được ghi rõ; chỉ tiêu chưa có số liệu ghi \"chưa có số liệu\","
      + " không phải số 0.", "Every target of the political report, by its section and"
      + " numbering. Estimates and preliminary figures are marked; a target without data says"
      + " \"no data yet\", never zero."),
  COLUMN_CODE("Mục", "No."),
  PROGRAMME_TOTAL("%d chỉ tiêu: %s", "%d targets: %s"),
  NO_DATA_YET("chưa có số liệu", "no data yet"),
  MARK_ESTIMATE("ước", "est."),
  MARK_PRELIMINARY("sơ bộ", "prelim."),
  TARGET_MAINTAIN("duy trì %s", "maintain %s"),
  // A share kept at or above a level: the band's upper bound is 100 %.
  TARGET_MAINTAIN_AT_LEAST("duy trì từ %s trở lên", "maintain at least %s"),
  TARGET_AT_MOST("không quá %s", "at most %s"),
  TARGET_CUMULATIVE("%s giai đoạn %d–%d", "%s in %d–%d"),
  TARGET_EACH_YEAR("%s mỗi năm", "%s every year"),
  TARGET_HELD_EVERY_YEAR("tổ chức hằng năm", "held every year"),
  TARGET_GROWTH_RATE("%s/năm", "%s a year"),
  VALUE_YES("có", "yes"),
  VALUE_NO("không", "no"),
  GROWTH_OBSERVED("tăng bình quân %s/năm", "average growth %s a year"),
  DECLINE_OBSERVED("giảm bình quân %s/năm", "average decline %s a year"),
  RUNNING_SUM("cộng dồn %s", "total so far %s"),
  MISSED_YEARS("năm không đạt: %s", "missed in: %s"),
  MISSING_YEARS("năm chưa có số liệu: %s", "no value for: %s"),
  QUARTER("quý %d/%s", "Q%d %s"),
  TRENDS_HEADING("Diễn biến các chỉ tiêu có từ hai số liệu trở lên",
      "Trends of the targets with two values or more"),
  TRENDS_INTRO("Mỗi hình nhỏ là số liệu của một chỉ tiêu qua các kỳ (số liệu mới nhất của mỗi kỳ"
      + " đã biết đến tháng báo cáo); đường nét đứt là mục tiêu; điểm rỗng là số ước tính hoặc sơ"
      + " bộ.", "Each small chart shows one target's values over its periods (each period's"
      + " latest figure known in the report month); the dashed line is the target; a hollow"
      + " point is an estimate or a preliminary figure."),
  TREND_ALT("%s: %s. Mục tiêu: %s.", "%s: %s. Target: %s."),
  RECONCILIATION_HEADING("Đối chiếu với số liệu chính thức", "Reconciliation with the official"
      + " figures"),
  RECONCILIATION_INTRO("Các cơ quan báo cáo số liệu chính thức cả năm về lượt khách, doanh thu du"
      + " lịch và tỷ lệ khách lưu trú. Số chính thức không thay thế số đo từ các nguồn dữ liệu"
      + " hằng tháng; bảng dưới đây so sánh hai số và nêu các năm chênh lệch quá 5 %% hoặc năm"
      + " các nguồn hằng tháng chưa đủ 12 tháng (số ước của cơ quan được đánh dấu \"ước\"; năm chưa"
      + " đủ 12 tháng thì không tính chênh lệch, vì so cả năm với một phần năm không có nghĩa).",
      "The offices report official annual figures"
      + " of visitors, tourism revenue and the overnight share. They never replace what the"
      + " monthly feeds measure; the table compares the two and lists the years that differ by"
      + " more than 5 %% or that the monthly feeds do not cover in full (an office's estimate is"
      + " marked \"est.\"; a year the feeds do not cover in full has no difference: a whole year"
      + " against part of one means nothing)."),
  RECONCILIATION_NONE("Không có năm nào cần lưu ý.", "No year needs attention."),
  COLUMN_OFFICIAL("Số cơ quan báo cáo", "Figure the office reported"),
  COLUMN_PIPELINE("Số đo từ nguồn hằng tháng", "Measured by the monthly feeds"),
  COLUMN_DIFFERENCE("Chênh lệch", "Difference"),
  COLUMN_RELATIVE_DIFFERENCE("Chênh lệch %%", "Difference %%"),
  COLUMN_WHY_FLAGGED("Lý do lưu ý", "Why flagged"),
  FLAG_OVER_5_PERCENT("chênh lệch quá 5 %%", "differs by more than 5 %%"),
  FLAG_INCOMPLETE_YEAR("nguồn hằng tháng chưa đủ 12 tháng", "the monthly feeds miss months"),
  // The difference of two shares, in percentage points: "+0,75 điểm phần trăm".
  PERCENTAGE_POINTS("%s điểm phần trăm", "%s pp"),

  // #16: planning requirements — what the 2030 targets demand (report/Planning): the section's
  // heading, columns and units, one sentence per requirement (arguments already written in the
  // language, in the same order in both), and what a requirement not assessed still misses.
  PLANNING_HEADING("Các mục tiêu đòi hỏi gì", "What the targets demand"),
  PLANNING_INTRO("Các mục tiêu năm 2030 được quy ra số giường lưu trú và lượng ngô sinh khối cho"
      + " đàn bò sữa mà chúng đòi hỏi, tính từ số liệu hiện có, các mục tiêu và các giả định"
      + " trong tệp planning_parameters.csv (công suất giường, lượng thức ăn ủ chua mỗi con, số"
      + " đầu bò sữa). Số được làm tròn; yêu cầu nào thiếu đầu vào thì ghi rõ còn thiếu gì.",
      "The 2030 targets turned into the lodging beds and the biomass corn for the dairy herd"
      + " they demand, from the data at hand, the targets and the assumptions in"
      + " planning_parameters.csv (bed occupancy, silage per cow, the dairy herd). Figures are"
      + " rounded; a requirement missing an input says what is missing."),
  COLUMN_REQUIREMENT("Yêu cầu", "Requirement"),
  COLUMN_VALUE("Giá trị", "Value"),
  COLUMN_INPUTS_FROM("Đầu vào từ", "Inputs from"),
  PLANNING_FROM_DATA("số liệu", "data"),
  PLANNING_FROM_PARAMETER("tham số", "parameters"),
  PLANNING_FROM_TARGET("mục tiêu", "targets"),
  BEDS("giường", "beds"),
  NIGHTS("đêm", "nights"),
  PLANNING_PER_YEAR("%s/năm", "%s a year"),
  PLANNING_NOT_COMPUTED("chưa tính được", "not computed yet"),
  PLANNING_BEDS_NOW("Tháng %s có %s trong %s cơ sở lưu trú đang hoạt động của khu du lịch.",
      "In %s there were %s in the %s lodging establishments open in the tourism area."),
  PLANNING_ALOS("Trong %s, mỗi khách lưu trú ở bình quân %s đêm (%s đêm lưu trú / %s khách lưu"
      + " trú qua đêm).", "In %s an overnight guest stayed %s nights on average (%s"
      + " guest-nights / %s overnight guests)."),
  PLANNING_BEDS_NEEDED("Để đạt %s với %s khách lưu trú qua đêm, mỗi khách ở bình quân %s đêm và"
      + " công suất giường %s, cần khoảng %s giường", "To reach %s with %s of them staying"
      + " overnight, at %s nights a guest and %s bed occupancy, about %s beds are needed"),
  PLANNING_BEDS_THERE_ARE("; hiện có %s giường (tháng %s).", "; there are %s now (%s)."),
  PLANNING_BEDS_GROWTH("Để có khoảng %s giường năm %d từ %s giường hiện nay, số giường phải tăng"
      + " bình quân %s mỗi năm.", "To have about %s beds in %d from %s now, beds must grow by %s"
      + " a year on average."),
  // The growth is zero or less: the beds there are already suffice.
  PLANNING_BEDS_ENOUGH("Khoảng %s giường cần có năm %d đã được đáp ứng bởi %s giường hiện có.",
      "The about %s beds needed in %d are already covered by the %s there are now."),
  PLANNING_CORN_DEMAND("Đàn %s bò sữa, mỗi con ăn khoảng %s kg thức ăn ủ chua một ngày, cần"
      + " khoảng %s tấn ngô sinh khối mỗi năm.", "A herd of %s dairy cows, each eating about %s"
      + " kg of silage a day, needs about %s tonnes of biomass corn a year."),
  PLANNING_CORN_SELF_SUFFICIENCY("Sản lượng ngô sinh khối năm %s (%s tấn) đáp ứng %s nhu cầu hiện"
      + " nay của đàn bò sữa (khoảng %s tấn mỗi năm).", "The biomass corn output of %s (%s"
      + " tonnes) covers %s of the dairy herd's demand now (about %s tonnes a year)."),
  PLANNING_CORN_SELF_SUFFICIENCY_TARGET("Nếu đạt mục tiêu %s tấn, ngô sinh khối sẽ đáp ứng %s"
      + " nhu cầu của đàn %s bò sữa theo kế hoạch.", "At the output target of %s tonnes,"
      + " biomass corn would cover %s of the demand of the planned herd of %s dairy cows."),
  PLANNING_CORN_AREA("Với năng suất năm %s (%s tấn/ha), cần khoảng %s ha ngô sinh khối để đáp"
      + " ứng toàn bộ nhu cầu của đàn %s bò sữa theo kế hoạch.", "At the yield of %s (%s t/ha),"
      + " about %s ha of biomass corn would cover the whole demand of the planned herd of %s"
      + " dairy cows."),
  PLANNING_CANNOT_COMPUTE("%s: chưa tính được, còn thiếu %s.",
      "%s: cannot be computed yet; missing: %s."),
  PLANNING_MISSING_UNKNOWN("đầu vào chưa rõ", "an unnamed input"),
  PLANNING_MISSING_STAYS("số liệu lưu trú đủ 12 tháng", "12 full months of stays data"),
  PLANNING_MISSING_PARAMETER("%s (tham số %s trong tệp %s)", "%s (parameter %s in %s)"),
  PLANNING_HERD_NOW("số đầu bò sữa hiện nay", "the dairy herd now"),
  PLANNING_HERD_PLANNED("số đầu bò sữa theo kế hoạch", "the planned dairy herd"),
  PLANNING_SILAGE("lượng thức ăn ủ chua mỗi con bò một ngày", "silage per cow per day"),
  PLANNING_OCCUPANCY("công suất giường mục tiêu", "the target bed occupancy"),
  PLANNING_MISSING_TARGET("mục tiêu \"%s\" trong tệp targets.csv", "the target \"%s\" in"
      + " targets.csv"),
  PLANNING_MISSING_CORN_OUTPUT("số liệu sản lượng ngô sinh khối của một năm đã kết thúc",
      "the biomass corn output of a year that has ended"),
  PLANNING_MISSING_CORN_YIELD("số liệu năng suất ngô sinh khối của một năm đã kết thúc",
      "the biomass corn yield of a year that has ended"),
  PLANNING_MISSING_BEDS("cơ sở lưu trú đang hoạt động trong tệp establishments.csv",
      "lodging establishments open in establishments.csv"),
  PLANNING_MISSING_TARGET_YEAR("năm mục tiêu sau tháng báo cáo",
      "a target year after the report month"),

  // #17 slice X: the .xlsx exports' sheets and notes (marts/MartWorkbook).
  SHEET_DATA("Dữ liệu", "Data"),
  SHEET_DATA_MORE("Dữ liệu (%d)", "Data (%d)"),
  SHEET_NOTES("Ghi chú", "Notes"),
  NOTES_TABLE("Bảng", "Table"),
  NOTES_SOURCE("Nguồn", "Source"),
  NOTES_SOURCE_TEXT("Tổng hợp báo cáo của các xã, phường khu du lịch quốc gia Mộc Châu (jobs/monthly);"
      + " cùng số liệu với bảng Parquet marts/%s và tệp %s",
      "Reports of the communes and wards of the Mộc Châu national tourism area (jobs/monthly);"
      + " the same data as the Parquet table marts/%s and the file %s"),
  NOTES_AS_OF("Số liệu đến tháng", "Data to"),
  NOTES_DATA("Loại dữ liệu", "Kind of data"),
  NOTES_SYNTHETIC("Dữ liệu mẫu tổng hợp — không phải số liệu thật",
      "Synthetic sample data — not real figures"),
  NOTES_DELIVERED("Số liệu do các đơn vị nộp", "Figures delivered by the units"),
  NOTES_ROWS("Số dòng", "Rows"),
  NOTES_CELLS("Cách đọc", "How to read"),
  NOTES_CELLS_TEXT("Ô số là số (cộng, lọc, vẽ biểu đồ được): tỷ lệ hiện theo %%, tiền theo đồng;"
      + " mã xã, phường và mã chỉ tiêu là chữ; ô trống là chưa có số liệu",
      "Number cells are numbers (sum, filter, chart them): shares show as %%, money in VND;"
      + " locality codes and indicator ids are text; an empty cell has no value"),
  NOTES_COLUMN("Cột", "Column"),
  NOTES_COLUMN_NAME("Tên cột trong CSV và Parquet", "Name in the CSV and Parquet"),
  NOTES_UNIT("Đơn vị", "Unit"),
  NOTES_MEANING("Ý nghĩa", "Meaning"),
  MART_TOURISM_MONTHLY("Du lịch theo tháng, theo xã, phường", "Tourism by month and locality"),
  MART_TOURISM_AREA_MONTHLY("Du lịch theo tháng, theo phạm vi", "Tourism by month and scope"),
  MART_TOURISM_ANNUAL("Du lịch theo năm", "Tourism by year"),
  MART_CORN_ANNUAL("Ngô sinh khối theo năm", "Biomass corn by year"),
  MART_TARGET_PROGRESS("Tiến độ thực hiện mục tiêu", "Progress toward the targets"),
  MART_PROJECTION_MONTHLY("Dự báo theo tháng", "Monthly projection"),
  MART_DATA_QUALITY("Chất lượng số liệu", "Data quality"),
  MART_INDICATOR_OBSERVATIONS("Giá trị chỉ tiêu đã nộp", "Indicator values delivered"),
  MART_RECONCILIATION("Đối chiếu với số liệu công bố", "Reconciliation with official figures"),
  MART_PLANNING_REQUIREMENTS("Yêu cầu quy hoạch", "Planning requirements"),

  // The data-quality table and the scorecard's gaps.
  NOT_DELIVERED("Chưa nộp", "Not delivered"),
  NOT_DUE("Không đến kỳ nộp", "Not due this month"),
  FEED_VISITOR_COUNTS("Lượt khách", "Visitor counts"),
  FEED_STAYS("Lưu trú", "Stays"),
  FEED_REVENUE("Doanh thu", "Revenue"),
  FEED_BIOMASS_CORN("Ngô sinh khối", "Biomass corn"),
  // Slice A of #15: the fifth feed.
  FEED_INDICATOR_VALUES("Số liệu chỉ tiêu", "Indicator values"),
  WHOLE_ROW("Cả dòng", "Whole row"),
  FEWER_THAN_12_MONTHS("chưa đủ 12 tháng số liệu", "fewer than 12 months of data"),
  NO_COMPLETE_YEAR("chưa có năm đủ số liệu", "no complete year of data");

  private static final Map<String, Word> BY_KEY = new HashMap<>();

  static {
    for (Word word : values()) {
      // Only a plain word stands for a code; a sentence with values is formatted by name.
      if (Patterns.placeholders(word.vi).stream().allMatch("%%"::equals)) {
        BY_KEY.put(word.name().toLowerCase(Locale.ROOT), word);
      }
    }
  }

  private final String vi;
  private final String en;

  Word(String vi, String en) {
    this.vi = vi;
    this.en = en;
  }

  /**
   * The word for a code of the marts ("on_track"), or null when there is none (or when the entry
   * is a sentence that needs values, like {@link #SOURCE}).
   */
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
