package vn.mocchau.analytics.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

/** The one JSON mapper of the project (manifests, file reports); Jackson comes with Spark. */
public final class Json {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT)
      .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
  private static final ObjectMapper COMPACT = new ObjectMapper();
  /**
   * Records as the run manifest writes them: snake_case names in alphabetical order, as the maps
   * it was built from before were written (readers and diffs of old and new manifests agree).
   */
  private static final ObjectMapper RECORDS = MAPPER.copy()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .configure(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY, true);

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }

  public static String pretty(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
    }
  }

  /** The mapper of {@link #records}: its names are the JSON names of a record's fields. */
  public static ObjectMapper recordMapper() {
    return RECORDS;
  }

  /** A record (the run manifest) as indented JSON with snake_case names. */
  public static String records(Object value) {
    try {
      return RECORDS.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
    }
  }

  public static String compact(Object value) {
    try {
      return COMPACT.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot write JSON: " + e.getMessage(), e);
    }
  }

  public static <T> T read(String json, Class<T> type) {
    try {
      return COMPACT.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Cannot read JSON: " + e.getMessage(), e);
    }
  }
}
