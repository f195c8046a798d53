package vn.mocchau.analytics.contract;

import java.util.List;

/** Columns of the reference files (feeds.md §5, targets.md), the contract the loader checks. */
public final class ReferenceContracts {
  public static final List<ColumnSpec> LOCALITIES = List.of(
      ColumnSpec.required("locality_code", "text", "five-digit code of a current unit"),
      ColumnSpec.required("name", "text", "official name, e.g. Phường Thảo Nguyên"),
      ColumnSpec.required("unit_type", "enum", "phuong | xa"),
      ColumnSpec.required("former_district", "text", "district before 2025"),
      ColumnSpec.required("in_tourism_area", "boolean", "true | false"));

  public static final List<ColumnSpec> LOCALITY_ALIASES = List.of(
      ColumnSpec.required("alias", "text", "other name, legacy unit or legacy code"),
      ColumnSpec.required("locality_code", "text", "current unit it stands for"),
      ColumnSpec.optional("note", "text", "why the alias exists"));

  public static final List<ColumnSpec> ESTABLISHMENTS = List.of(
      ColumnSpec.required("establishment_id", "text", "registry id"),
      ColumnSpec.required("name", "text", "trading name"),
      ColumnSpec.required("locality", "locality", "resolvable"),
      ColumnSpec.required("type", "enum", "hotel|resort|homestay|guesthouse|motel"),
      ColumnSpec.required("rooms", "integer", ">= 0"),
      ColumnSpec.required("beds", "integer", ">= 0"),
      ColumnSpec.optional("stars", "integer or empty", "0-5"),
      ColumnSpec.required("opened", "date", "first day open"),
      ColumnSpec.optional("closed", "date or empty", "last day open"));

  public static final List<ColumnSpec> TARGETS = List.of(
      ColumnSpec.required("indicator_id", "text", "unique"),
      ColumnSpec.required("name_vi", "text", ""),
      ColumnSpec.required("name_en", "text", ""),
      ColumnSpec.required("unit", "text", ""),
      ColumnSpec.required("scope", "text", ""),
      ColumnSpec.required("basis", "enum", "rolling_12m | annual"),
      ColumnSpec.required("baseline_year", "integer", ""),
      ColumnSpec.optional("baseline_value", "decimal or empty", "empty = from data"),
      ColumnSpec.required("target_year", "integer", ""),
      ColumnSpec.required("target_value", "decimal", ""),
      ColumnSpec.optional("target_high", "decimal or empty", "upper bound for range/maintain"),
      ColumnSpec.required("kind", "enum", "at_least | at_most | range | maintain | cumulative"
          + " | growth_rate | each_year"),
      ColumnSpec.optional("source", "text", "document the target comes from"),
      // programme.md §2: optional, so that a targets.csv written before it keeps working.
      ColumnSpec.optional("group", "enum or empty", "the political report's section"),
      ColumnSpec.optional("code", "text or empty", "the report's numbering, e.g. (23a)"),
      ColumnSpec.optional("frequency", "enum or empty", "annual (default) | quarterly | monthly"),
      ColumnSpec.optional("source_feed", "enum or empty",
          "monthly_feeds | indicator_values (default: monthly_feeds for the five indicators the"
              + " feeds measure)"),
      ColumnSpec.optional("term_start", "integer or empty",
          "first year counted by cumulative and each_year targets (default 2026)"),
      ColumnSpec.optional("path", "enum or empty", "compound (default) | linear"),
      ColumnSpec.optional("direction", "enum or empty",
          "at_least (default) | at_most, for each_year"));

  public static final List<ColumnSpec> PLANNING_PARAMETERS = List.of(
      ColumnSpec.required("parameter", "enum", String.join(" | ", PlanningParameters.UNITS
          .keySet())),
      ColumnSpec.required("value", "decimal", "in the unit below"),
      ColumnSpec.required("unit", "text", "fraction | kg/cow/day | head (as the parameter needs)"),
      ColumnSpec.required("source", "text", "where the value comes from"));

  public static final Enumeration PLANNING_PARAMETER = new Enumeration("parameter", "tham số");
  static {
    PlanningParameters.UNITS.keySet().forEach(PLANNING_PARAMETER::value);
  }

  public static final Enumeration ESTABLISHMENT_TYPE = new Enumeration("establishment type", "loại cơ sở")
      .value("hotel", "khách sạn").value("resort", "khu nghỉ dưỡng").value("homestay")
      .value("guesthouse", "nhà nghỉ").value("motel");
  public static final Enumeration UNIT_TYPE = new Enumeration("unit_type", "loại đơn vị")
      .value("phuong", "phường").value("xa", "xã");
  public static final Enumeration TARGET_KIND = new Enumeration("kind", "loại chỉ tiêu")
      .value("at_least").value("at_most").value("range").value("maintain").value("cumulative")
      .value("growth_rate").value("each_year");
  public static final Enumeration TARGET_BASIS = new Enumeration("basis", "cách tính")
      .value("rolling_12m").value("annual");
  public static final Enumeration TARGET_GROUP = new Enumeration("group", "nhóm");
  static {
    Target.GROUPS.forEach(TARGET_GROUP::value);
  }
  public static final Enumeration TARGET_FREQUENCY = new Enumeration("frequency", "tần suất")
      .value("annual").value("quarterly").value("monthly");
  public static final Enumeration TARGET_SOURCE_FEED = new Enumeration("source_feed", "nguồn")
      .value(Target.MONTHLY_FEEDS).value(Target.INDICATOR_VALUES);
  public static final Enumeration TARGET_PATH = new Enumeration("path", "lộ trình")
      .value("compound").value("linear");
  public static final Enumeration TARGET_DIRECTION = new Enumeration("direction", "chiều")
      .value("at_least").value("at_most");

  private ReferenceContracts() {}
}
