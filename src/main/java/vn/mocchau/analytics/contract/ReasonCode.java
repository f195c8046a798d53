package vn.mocchau.analytics.contract;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The stable codes of the quarantine's {@code reason_code} column: one short code per kind of
 * problem, the same in both languages and across releases, so that "rejected rows by reason" can
 * be counted with a GROUP BY; the offending values stay in the reason texts. {@link #ALL} is the
 * one list the docs (data dictionary, docs/contract.md, the guide) are checked against.
 */
public final class ReasonCode {
  public static final String MISSING_VALUE = "missing_value";
  public static final String BAD_DATE = "bad_date";
  public static final String BAD_MONTH = "bad_month";
  public static final String BAD_NUMBER = "bad_number";
  public static final String AMBIGUOUS_NUMBER = "ambiguous_number";
  public static final String TOO_LARGE = "too_large";
  public static final String NEGATIVE_VALUE = "negative_value";
  public static final String BELOW_MINIMUM = "below_minimum";
  public static final String UNKNOWN_VALUE = "unknown_value";
  public static final String UNKNOWN_LOCALITY = "unknown_locality";
  public static final String UNKNOWN_ESTABLISHMENT = "unknown_establishment";
  public static final String BAD_NATIONALITY = "bad_nationality";
  public static final String OUTSIDE_MONTH = "outside_month";
  public static final String BAD_YEAR = "bad_year";
  public static final String CHECK_OUT_BEFORE_CHECK_IN = "check_out_before_check_in";
  public static final String STAY_TOO_LONG = "stay_too_long";
  public static final String HARVESTED_ABOVE_PLANTED = "harvested_above_planted";
  public static final String FIELD_COUNT = "field_count";
  public static final String UNCLOSED_QUOTE = "unclosed_quote";
  public static final String CONFLICT = "conflict";
  public static final String DUPLICATE = "duplicate";
  public static final String REPLACED = "replaced";

  /** Every code with its meaning in English and Vietnamese, in the order the docs list them. */
  public static final Map<String, Notice> ALL = new LinkedHashMap<>();

  static {
    put(MISSING_VALUE, "a required value is empty", "thiếu giá trị bắt buộc");
    put(BAD_DATE, "not a date, or an impossible date", "không phải ngày, hoặc ngày không tồn tại");
    put(BAD_MONTH, "not a month, or an impossible month",
        "không phải tháng, hoặc tháng không tồn tại");
    put(BAD_NUMBER, "not a number (or not a whole number where one is required)",
        "không phải là số (hoặc không phải số nguyên khi cần số nguyên)");
    put(AMBIGUOUS_NUMBER, "a number such as 2.150 that the file's other numbers cannot settle",
        "số kiểu 2.150 mà các số khác trong tệp không cho biết là hàng nghìn hay thập phân");
    put(TOO_LARGE, "a number too large to store", "số quá lớn");
    put(NEGATIVE_VALUE, "a count or amount below zero", "số lượng hoặc số tiền bị âm");
    put(BELOW_MINIMUM, "a count below its minimum (guests: at least 1)",
        "số nhỏ hơn mức tối thiểu (số khách: ít nhất 1)");
    put(UNKNOWN_VALUE, "not one of the listed values (origin, sector, unit, season)",
        "không thuộc danh sách giá trị (nguồn khách, lĩnh vực, đơn vị, vụ)");
    put(UNKNOWN_LOCALITY, "a locality that is neither a current unit nor a known alias",
        "địa bàn không phải đơn vị hiện hành, cũng không có trong danh sách tên cũ");
    put(UNKNOWN_ESTABLISHMENT, "an establishment not in establishments.csv",
        "cơ sở lưu trú không có trong establishments.csv");
    put(BAD_NATIONALITY, "not a two-letter ISO country code",
        "không phải mã quốc gia ISO hai chữ cái");
    put(OUTSIDE_MONTH, "the row is about another month than the delivery month",
        "dòng nói về tháng khác tháng số liệu");
    put(BAD_YEAR, "a season year outside 2000–2100 or after the delivery year",
        "năm của vụ ngoài 2000–2100 hoặc sau năm của tháng số liệu");
    put(CHECK_OUT_BEFORE_CHECK_IN, "check-out before check-in", "ngày đi trước ngày đến");
    put(STAY_TOO_LONG, "a stay longer than 90 nights", "lưu trú dài hơn 90 đêm");
    put(HARVESTED_ABOVE_PLANTED, "harvested area larger than planted area",
        "diện tích thu hoạch lớn hơn diện tích gieo trồng");
    put(FIELD_COUNT, "the row has more or fewer fields than the header",
        "số trường của dòng khác dòng tiêu đề");
    put(UNCLOSED_QUOTE, "a quoted field is never closed",
        "trường trong dấu ngoặc kép không được đóng");
    put(CONFLICT, "same key as another row of the delivery, different values: all rejected",
        "trùng khóa với dòng khác trong lần nộp nhưng khác giá trị: loại tất cả");
    put(DUPLICATE, "a repeat of an earlier row (status duplicate): counted once",
        "lặp lại một dòng trước đó (trạng thái duplicate): chỉ tính một lần");
    put(REPLACED, "a stay replaced by a later row with the same registration (status duplicate)",
        "lưu trú được thay bằng dòng sau có cùng mã đăng ký (trạng thái duplicate)");
  }

  private ReasonCode() {}

  private static void put(String code, String en, String vi) {
    ALL.put(code, new Notice(en, vi));
  }
}
