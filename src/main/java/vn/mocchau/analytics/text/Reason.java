package vn.mocchau.analytics.text;

/**
 * Why a delivered row or file cannot be used, in Vietnamese and English: the meaning of each
 * quarantine reason code (the data dictionary, docs/contract.md and the guide list them), the
 * row-level rejection reasons the contracts write to the quarantine's {@code reason_vi} /
 * {@code reason_en} columns, and the warnings and failures of reading a file. Same mechanism as
 * {@link Msg}. The offending value is passed as the String the file wrote, so that it is quoted
 * exactly as delivered ('1.096', 29/02/2025), never re-written in the language's number style.
 */
public enum Reason implements Entry {
  // What each reason code means (contract/ReasonCode), in the order the docs list them.
  CODE_MISSING_VALUE("thiếu giá trị bắt buộc", "a required value is empty"),
  CODE_BAD_DATE("không phải ngày, hoặc ngày không tồn tại", "not a date, or an impossible date"),
  CODE_BAD_MONTH("không phải tháng, hoặc tháng không tồn tại",
      "not a month, or an impossible month"),
  CODE_BAD_NUMBER("không phải là số (hoặc không phải số nguyên khi cần số nguyên)",
      "not a number (or not a whole number where one is required)"),
  CODE_AMBIGUOUS_NUMBER(
      "số kiểu 2.150 mà các số khác trong tệp không cho biết là hàng nghìn hay thập phân",
      "a number such as 2.150 that the file's other numbers cannot settle"),
  CODE_TOO_LARGE("số quá lớn", "a number too large to store"),
  CODE_NEGATIVE_VALUE("số lượng hoặc số tiền bị âm", "a count or amount below zero"),
  CODE_BELOW_MINIMUM("số nhỏ hơn mức tối thiểu (số khách: ít nhất 1)",
      "a count below its minimum (guests: at least 1)"),
  CODE_UNKNOWN_VALUE("không thuộc danh sách giá trị (nguồn khách, lĩnh vực, đơn vị, vụ)",
      "not one of the listed values (origin, sector, unit, season)"),
  CODE_UNKNOWN_LOCALITY(
      "địa bàn không phải đơn vị hiện hành, cũng không có trong danh sách tên cũ",
      "a locality that is neither a current unit nor a known alias"),
  CODE_UNKNOWN_ESTABLISHMENT("cơ sở lưu trú không có trong establishments.csv",
      "an establishment not in establishments.csv"),
  CODE_BAD_NATIONALITY("không phải mã quốc gia ISO hai chữ cái",
      "not a two-letter ISO country code"),
  CODE_OUTSIDE_MONTH("dòng nói về tháng khác tháng số liệu",
      "the row is about another month than the delivery month"),
  CODE_BAD_YEAR("năm của vụ ngoài 2000–2100 hoặc sau năm của tháng số liệu",
      "a season year outside 2000–2100 or after the delivery year"),
  CODE_CHECK_OUT_BEFORE_CHECK_IN("ngày đi trước ngày đến", "check-out before check-in"),
  CODE_STAY_TOO_LONG("lưu trú dài hơn 90 đêm", "a stay longer than 90 nights"),
  CODE_HARVESTED_ABOVE_PLANTED("diện tích thu hoạch lớn hơn diện tích gieo trồng",
      "harvested area larger than planted area"),
  CODE_FIELD_COUNT("số trường của dòng khác dòng tiêu đề",
      "the row has more or fewer fields than the header"),
  CODE_UNCLOSED_QUOTE("trường trong dấu ngoặc kép không được đóng",
      "a quoted field is never closed"),
  CODE_CONFLICT("trùng khóa với dòng khác trong lần nộp nhưng khác giá trị: loại tất cả",
      "same key as another row of the delivery, different values: all rejected"),
  // The status is the value the quarantine's status column holds, the same in both languages.
  CODE_DUPLICATE("lặp lại một dòng trước đó (trạng thái %s): chỉ tính một lần",
      "a repeat of an earlier row (status %s): counted once"),
  CODE_REPLACED("lưu trú được thay bằng dòng sau có cùng mã đăng ký (trạng thái %s)",
      "a stay replaced by a later row with the same registration (status %s)"),

  // A cell that cannot be read as its column's type (contract/Values, Decimals, Enumeration).
  // Arguments: the value as the file wrote it, then what the sentence names.
  NOT_A_DATE("'%s' không phải là ngày (dùng yyyy-MM-dd hoặc dd/MM/yyyy)",
      "'%s' is not a date (use yyyy-MM-dd or dd/MM/yyyy)"),
  IMPOSSIBLE_DATE("'%s' là ngày không tồn tại", "'%s' is an impossible date"),
  NOT_A_MONTH("'%s' không phải là tháng (dùng yyyy-MM hoặc MM/yyyy)",
      "'%s' is not a month (use yyyy-MM or MM/yyyy)"),
  IMPOSSIBLE_MONTH("'%s' là tháng không tồn tại", "'%s' is an impossible month"),
  NOT_A_WHOLE_NUMBER("'%s' không phải là số nguyên (sau dấu phân cách phải có đúng 3 chữ số)",
      "'%s' is not a whole number (digit groups after a separator must have 3 digits)"),
  NOT_A_NUMBER("'%s' không phải là số", "'%s' is not a number"),
  AMBIGUOUS_NUMBER("'%s' không rõ nghĩa (hàng nghìn hay số thập phân?) và các số khác trong"
      + " tệp dùng cả hai kiểu; hãy ghi rõ, ví dụ 2150 hoặc 2,15",
      "'%s' is ambiguous (thousands or decimals?) and this file's other numbers"
          + " use both styles; write it without ambiguity, e.g. 2150 or 2,15"),
  TOO_LARGE("'%s' quá lớn", "'%s' is too large"),
  // #19: a number's text longer than any stored value could be; its start and its length.
  NUMBER_TOO_LONG("số quá dài: '%s…' (%,d ký tự)", "number too long: '%s…' (%,d characters)"),
  // The enumeration's name and its values, each as the language names them.
  NOT_LISTED("'%s' không phải là %s hợp lệ (cần một trong: %s)",
      "'%s' is not a known %s (expected one of %s)"),

  // A value that is readable but not allowed (the feed contracts).
  MISSING_VALUE("thiếu giá trị bắt buộc '%s'", "required value '%s' is empty"),
  BELOW_MINIMUM("'%s' phải lớn hơn hoặc bằng %d", "'%s' must be at least %d"),
  NEGATIVE("'%s' không được âm", "'%s' must not be negative"),
  // The locality as delivered, then the near names, each quoted, joined by " / ".
  LOCALITY_NEAR("địa bàn không xác định '%s': có phải %s? Hãy sửa tên trong tệp",
      "unknown locality '%s': did you mean %s? Correct the name in the file"),
  LOCALITY_UNKNOWN("địa bàn không xác định '%s': không có trong localities.csv hoặc"
      + " locality_aliases.csv (nếu là tên cũ của một đơn vị hiện hành, cán bộ cần bổ sung"
      + " vào locality_aliases.csv)",
      "unknown locality '%s': not in localities.csv nor locality_aliases.csv"
          + " (if it is a former name of a current unit, an officer must add it to"
          + " locality_aliases.csv)"),
  // Months as the data write them (Localized.dataMonth): "10/2026" / "2026-10".
  DATE_OUTSIDE_MONTH("ngày %s nằm ngoài tháng số liệu %s",
      "date %s is outside the delivery month %s"),
  MONTH_NOT_DELIVERY_MONTH("tháng %s không phải tháng số liệu %s",
      "month %s is not the delivery month %s"),
  BAD_SEASON_YEAR("năm %s phải trong 2000-2100 và không sau năm của tháng số liệu %d",
      "year %s must be 2000-2100 and not after the delivery year %d"),
  HARVESTED_ABOVE_PLANTED("diện tích thu hoạch %s lớn hơn diện tích gieo trồng %s",
      "harvested_ha %s is larger than planted_ha %s"),
  UNKNOWN_ESTABLISHMENT("cơ sở lưu trú không xác định '%s': không có trong establishments.csv",
      "unknown establishment '%s': not in establishments.csv"),
  CHECK_IN_AFTER_MONTH("ngày đến %s sau tháng số liệu %s",
      "check_in %s is after the delivery month %s"),
  CHECK_OUT_BEFORE_CHECK_IN("ngày đi %s trước ngày đến %s", "check_out %s is before check_in %s"),
  STAY_TOO_LONG("lưu trú %d đêm, dài hơn %d đêm", "stay of %d nights is longer than %d nights"),
  // The stay's check-in, its check-out (or IN_HOUSE), the delivery month.
  STAY_OUTSIDE_MONTH("ngoài tháng số liệu: lưu trú %s đến %s không có đêm nào trong tháng %s",
      "outside delivery month: the stay %s to %s has no night in %s"),
  IN_HOUSE("(đang ở)", "(in house)"),
  // The value, then the code of Việt Nam ("VN"), a code the same in every language.
  NOT_A_COUNTRY("'%s' không phải mã quốc gia ISO 3166-1 hai chữ cái (%s là Việt Nam)",
      "'%s' is not an ISO 3166-1 alpha-2 country code (%s for Việt Nam)"),
  // A row warning: the registration, the establishment, the day (told in the language's style).
  STAY_AT_CLOSED("mã đăng ký %s tại cơ sở lưu trú %s ngày %s, ngày mà danh sách cơ sở"
      + " (establishments.csv) ghi là không hoạt động",
      "registration %s at establishment %s on %s, a day the registry says it is not open"),

  // Slice A of #15: the feed indicator_values (contract/IndicatorValuesContract, programme.md
  // §1). First what each new reason code means, then the reasons. Indicator ids and scope codes
  // are data (the registry's codes), quoted as the file or targets.csv writes them.
  CODE_UNKNOWN_INDICATOR("mã chỉ tiêu không có trong targets.csv",
      "an indicator_id that is not in targets.csv"),
  CODE_BAD_PERIOD("không phải kỳ số liệu (năm, quý hoặc tháng)",
      "not a period (a year, a quarter or a month)"),
  CODE_WRONG_FREQUENCY("kỳ không đúng tần suất của chỉ tiêu (năm, quý, tháng)",
      "a period of another frequency than the indicator's (year, quarter, month)"),
  CODE_PERIOD_NOT_STARTED("kỳ bắt đầu sau tháng số liệu",
      "a period that starts after the delivery month"),
  CODE_UNKNOWN_SCOPE("phạm vi không phải tên phạm vi của targets.csv, cũng không phải địa bàn",
      "a scope that is neither a scope of targets.csv nor a locality"),
  CODE_WRONG_SCOPE("phạm vi khác phạm vi của chỉ tiêu", "a scope other than the indicator's"),
  CODE_BAD_SHARE("tỷ lệ trên 100 %%, hoặc số không có dấu %% lớn hơn 1 cho một tỷ lệ",
      "a share above 100 %%, or a number above 1 without a %% sign for a share"),
  CODE_UNEXPECTED_PERCENT("dấu %% cho chỉ tiêu không tính bằng tỷ lệ",
      "a %% sign on an indicator that is not a share"),
  // The id as delivered; then the near ids, each quoted, joined by " / ".
  UNKNOWN_INDICATOR("mã chỉ tiêu '%s' không có trong targets.csv",
      "indicator_id '%s' is not in targets.csv"),
  INDICATOR_NEAR("mã chỉ tiêu '%s' không có trong targets.csv: có phải %s? Hãy sửa mã trong tệp",
      "indicator_id '%s' is not in targets.csv: did you mean %s? Correct the id in the file"),
  NOT_A_PERIOD("'%s' không phải là kỳ số liệu (năm: yyyy; quý: yyyy-Qn; tháng: yyyy-MM hoặc"
      + " MM/yyyy)", "'%s' is not a period (a year: yyyy; a quarter: yyyy-Qn; a month: yyyy-MM"
      + " or MM/yyyy)"),
  // The indicator, then the period as delivered.
  PERIOD_NOT_A_YEAR("chỉ tiêu '%s' có số liệu theo năm: kỳ '%s' phải là một năm, ví dụ 2025",
      "indicator '%s' is reported per year: period '%s' must be a year, e.g. 2025"),
  PERIOD_NOT_A_QUARTER("chỉ tiêu '%s' có số liệu theo quý: kỳ '%s' phải là một quý, ví dụ"
      + " 2026-Q1", "indicator '%s' is reported per quarter: period '%s' must be a quarter,"
      + " e.g. 2026-Q1"),
  PERIOD_NOT_A_MONTH("chỉ tiêu '%s' có số liệu theo tháng: kỳ '%s' phải là một tháng, ví dụ"
      + " 2026-03", "indicator '%s' is reported per month: period '%s' must be a month,"
      + " e.g. 2026-03"),
  // The period as delivered, then the delivery month (Localized.dataMonth).
  PERIOD_NOT_STARTED("kỳ '%s' bắt đầu sau tháng số liệu %s: chưa thể có số liệu",
      "period '%s' starts after the delivery month %s: it cannot have a value yet"),
  // The scope as delivered; the indicator; its scope as the language names it.
  SCOPE_UNKNOWN("phạm vi không xác định '%s': chỉ tiêu '%s' có phạm vi %s",
      "unknown scope '%s': indicator '%s' has scope %s"),
  // The scope as delivered, what it names (as the language names it), the indicator, its scope.
  WRONG_SCOPE("phạm vi '%s' là %s, không phải phạm vi của chỉ tiêu '%s': %s",
      "scope '%s' is %s, not the scope of indicator '%s': %s"),
  // The value as delivered. '%%' is a literal per cent sign.
  SHARE_WITHOUT_PERCENT("tỷ lệ '%s' thiếu dấu %% (số không có dấu %% phải từ 0 đến 1): hãy ghi"
      + " 95%% hoặc 0,95", "share '%s' has no %% sign (a number without %% must be 0 to 1): write"
      + " 95%% or 0.95"),
  SHARE_ABOVE_100("tỷ lệ '%s' lớn hơn 100 %%", "share '%s' is above 100 %%"),
  // The value as delivered, then the indicator.
  UNEXPECTED_PERCENT("'%s' có dấu %%, nhưng chỉ tiêu '%s' không tính bằng tỷ lệ: hãy ghi số theo"
      + " đơn vị của chỉ tiêu", "'%s' has a %% sign but indicator '%s' is not a share: write the"
      + " number in the indicator's unit"),

  // Rows of a delivery with the same key (ingest/KeyRules). Arguments: where the other rows are
  // (file:line), the key's columns and the value columns, each named as the language names them.
  KEY_CONFLICT("mâu thuẫn: trùng %s với %s nhưng khác %s; mọi dòng của khóa này bị loại",
      "conflict: same %s as %s but a different %s; all rows of this key are rejected"),
  KEY_DUPLICATE("trùng lặp với %s (cùng %s và %s); chỉ tính một lần",
      "duplicate of %s (same %s and %s); counted once"),
  KEY_REPLACED("được thay bằng %s (dòng sau cùng %s được giữ)",
      "replaced by %s (a later row with the same %s wins)"),
  KEY_IDENTICAL("trùng lặp với %s (dòng giống hệt, cùng %s); chỉ tính một lần",
      "duplicate of %s (identical row, same %s); counted once"),

  // A header that cannot serve (ingest/HeaderMapping). The column as the language names it, then
  // the two header cells as the file wrote them.
  COLUMN_TWICE("cột '%s' xuất hiện hai lần trong dòng tiêu đề ('%s' và '%s')",
      "column '%s' appears twice in the header ('%s' and '%s')"),
  // The missing columns as the language names them, then the header as the file wrote it.
  MISSING_COLUMNS("thiếu cột bắt buộc %s; dòng tiêu đề có %s",
      "missing required column(s) %s; the header has %s"),

  // A value of a reference file that cannot be used (ingest/ReferenceLoader): why, after
  // Msg.REFERENCE_BAD_VALUE has named file, line, column and value. Values the file must hold
  // (true, false, a target kind) are arguments: written the same in both languages.
  REF_EMPTY("thiếu giá trị bắt buộc", "required value is empty"),
  REF_TRUE_OR_FALSE("phải là %s hoặc %s", "must be %s or %s"),
  REF_UNKNOWN_LOCALITY("địa bàn không xác định", "unknown locality"),
  REF_CLOSED_BEFORE_OPENED("ngày đóng cửa trước ngày mở cửa", "closed before opened"),
  REF_STARS("số sao phải từ 0 đến 5", "stars must be 0-5"),
  REF_ESTABLISHMENT_TWICE("mã cơ sở xuất hiện hai lần", "establishment_id appears twice"),
  REF_TARGET_NEEDS_HIGH("chỉ tiêu loại %s cần giá trị target_high",
      "a %s target needs target_high"),
  // The line where the same indicator_id was first given.
  REF_TARGET_TWICE("mã chỉ tiêu đã có ở dòng %d", "indicator_id already given on line %d"),
  // #19: complete reference checks. A count's bounds; the line a key was first given on.
  REF_OUT_OF_RANGE("phải là số nguyên từ %,d đến %,d", "must be a whole number from %,d to %,d"),
  REF_LOCALITY_TWICE("mã địa bàn đã có ở dòng %d", "locality_code already given on line %d"),
  REF_ALIAS_TWICE("tên cũ đã có ở dòng %d", "alias already given on line %d"),
  REF_ALIAS_UNKNOWN_CODE("mã này không có trong localities.csv", "this code is not in"
      + " localities.csv"),
  // planning_parameters.csv (programme.md §6): the line where the parameter was first given; the
  // unit the parameter must be written in.
  REF_PARAMETER_TWICE("tham số đã có ở dòng %d", "parameter already given on line %d"),
  REF_PARAMETER_UNIT("đơn vị của tham số này phải là %s", "this parameter's unit must be %s"),
  REF_PARAMETER_FRACTION("phải là tỷ lệ lớn hơn 0 và không quá 1 (0.60 = 60 %%)",
      "must be a fraction above 0 and at most 1 (0.60 = 60 %%)"),
  REF_PARAMETER_POSITIVE("phải lớn hơn 0", "must be above 0"),
  REF_PARAMETER_WHOLE("phải là số nguyên lớn hơn 0", "must be a whole number above 0"),

  // Names of localities.csv and locality_aliases.csv that cannot be told apart
  // (contract/LocalityRegistry): the name, then the locality codes.
  ALIAS_UNKNOWN_CODE("không dùng được tên cũ '%s': mã %s không có trong localities.csv",
      "Cannot use alias '%s': locality_code %s is not in localities.csv"),
  NAME_TWO_UNITS("không dùng được tên '%s': tên này chỉ cả %s lẫn %s",
      "Cannot use name '%s': it resolves to both %s and %s"),

  // A row or a file that cannot be read (ingest/FeedFileParser).
  UNCLOSED_QUOTE("trường trong dấu ngoặc kép không được đóng: kéo dài đến hết tệp",
      "a quoted field is never closed: the quote runs to the end of the file"),
  FIELD_COUNT("dòng có %d trường trong khi dòng tiêu đề có %d",
      "the row has %d fields where the header has %d"),
  // #19: the line of the first byte that is not UTF-8 (ingest/Utf8Scan).
  NOT_UTF8_AT_LINE("không phải UTF-8 hợp lệ: byte lỗi ở dòng %d; hãy lưu tệp dạng UTF-8",
      "not valid UTF-8: a bad byte on line %d; save the file as UTF-8"),
  NOT_UTF8("không phải UTF-8 hợp lệ (byte lỗi sau %d dòng); hãy lưu tệp dạng UTF-8",
      "not valid UTF-8 (bad bytes after %d rows); save the file as UTF-8"),
  // Why: GZIP_DAMAGED in Vietnamese; in English the system's own message (English already).
  BAD_GZIP("tệp gzip không đọc được (%s); hãy nén lại hoặc gửi tệp .csv",
      "unreadable gzip (%s)"),
  GZIP_DAMAGED("tệp nén bị hỏng hoặc không phải gzip", "the compressed file is damaged or not gzip"),
  // The system's own words are English; kept, marked as such, for the data team.
  UNREADABLE_FILE("không đọc được tệp (thông báo của hệ thống: %s)", "cannot be read (%s)"),
  EMPTY_FILE("tệp rỗng: không có dòng tiêu đề", "empty file: no header line");

  private final String vi;
  private final String en;

  Reason(String vi, String en) {
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
