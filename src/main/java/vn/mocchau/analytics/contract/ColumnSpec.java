package vn.mocchau.analytics.contract;

import java.io.Serializable;
import java.util.List;

/**
 * One column of a delivered CSV: canonical English name, the Vietnamese header names offices use,
 * whether it must be present in the header, whether it holds a decimal (for the file's style
 * detection), and a short description used in the generated docs.
 */
public record ColumnSpec(String name, List<String> viAliases, boolean required, boolean decimal,
    String type, String rule) implements Serializable {

  public static ColumnSpec required(String name, String type, String rule, String... viAliases) {
    return new ColumnSpec(name, List.of(viAliases), true, type.startsWith("decimal"), type, rule);
  }

  /** A column whose values may be empty; a header without it reads as all empty. */
  public static ColumnSpec optional(String name, String type, String rule, String... viAliases) {
    return new ColumnSpec(name, List.of(viAliases), false, type.startsWith("decimal"), type, rule);
  }

  /** The Vietnamese name officers use: the first Vietnamese header name, else the canonical name. */
  public String viName() {
    return viAliases.isEmpty() ? name : viAliases.get(0);
  }

  /** Header keys (canonical name and aliases) that name this column. */
  public List<String> headerKeys() {
    java.util.ArrayList<String> keys = new java.util.ArrayList<>();
    keys.add(Text.headerKey(name));
    viAliases.forEach(alias -> keys.add(Text.headerKey(alias)));
    return keys;
  }
}
