package vn.mocchau.analytics.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.mocchau.analytics.testing.SparkTestSession;
import vn.mocchau.analytics.text.Language;

/**
 * jobs/sql is read-only (issue #19): the attacks a hostile or careless user tried are refused
 * before Spark analyses them; the data team's queries still run. Parsing only: nothing here
 * reads or writes a file.
 */
class ReadOnlySqlTest {
  private static final ReadOnlySql CHECK = new ReadOnlySql(Set.of("stays", "tourism_monthly",
      "target_progress"));

  private static String refusal(String sql) {
    ReadOnlySql.Refused refused = assertThrows(ReadOnlySql.Refused.class,
        () -> CHECK.check(SparkTestSession.get(), sql), sql);
    return refused.notice().text(Language.EN);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ADD JAR '/tmp/evil.jar'",
      "CREATE TEMPORARY FUNCTION f AS 'Evil'",
      "CREATE FUNCTION f AS 'Evil' USING JAR '/tmp/evil.jar'",
      "INSERT OVERWRITE DIRECTORY '/tmp/elsewhere' USING parquet SELECT * FROM stays",
      "INSERT OVERWRITE LOCAL DIRECTORY '/tmp/elsewhere' SELECT * FROM stays",
      "CREATE TABLE t USING parquet LOCATION '/tmp/y' AS SELECT * FROM stays",
      "CREATE TABLE t (a INT) USING parquet LOCATION '/tmp/y'",
      "CREATE TEMPORARY VIEW v AS SELECT 1",
      "CREATE OR REPLACE TEMPORARY VIEW stays AS SELECT 1",
      "INSERT INTO stays SELECT * FROM stays",
      "DROP VIEW stays",
      "SET spark.sql.legacy.allowUntypedScalaUDF=true",
      "CACHE TABLE stays",
      "UNCACHE TABLE stays",
      "REFRESH TABLE stays",
      "LOAD DATA LOCAL INPATH '/etc/passwd' INTO TABLE stays",
      "USE other",
      "CREATE DATABASE d LOCATION '/tmp/d'",
      "MSCK REPAIR TABLE stays",
      "ANALYZE TABLE stays COMPUTE STATISTICS"})
  void everyCommandIsRefused(String sql) {
    assertTrue(refusal(sql).contains("can write or change data or settings, or run code"), sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM text.`/etc/passwd`",
      "SELECT * FROM parquet.`/work/data-out/curated/stays`",
      "SELECT * FROM csv.`/etc/shadow`",
      "SELECT * FROM stays s JOIN json.`/tmp/x` j ON true",
      "WITH x AS (SELECT * FROM text.`/etc/passwd`) SELECT * FROM x",
      "SELECT * FROM stays WHERE locality_code IN (SELECT value FROM text.`/etc/passwd`)",
      "SELECT * FROM spark_catalog.default.anything",
      "SELECT * FROM nowhere",
      "DESCRIBE text.`/etc/passwd`",
      "EXPLAIN SELECT * FROM text.`/etc/passwd`"})
  void onlyRegisteredTablesAreRead(String sql) {
    assertTrue(refusal(sql).contains("is not a published table"), sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT reflect('java.lang.System', 'getProperty', 'user.name')",
      "SELECT java_method('java.lang.System', 'exit', 0)",
      "SELECT JAVA_METHOD('java.lang.Runtime', 'getRuntime')",
      "SELECT * FROM stays WHERE reflect('java.lang.Thread', 'sleep', 1000L) IS NULL",
      "SELECT (SELECT reflect('a', 'b'))",
      "SELECT * FROM (SELECT java_method('a', 'b') AS x) t",
      "SELECT max(length(reflect('a', 'b'))) FROM stays GROUP BY locality_code",
      "SELECT system.builtin.reflect('a', 'b')",
      "SELECT * FROM read_files('/etc')"})
  void functionsThatRunJavaOrReadFilesAreRefused(String sql) {
    assertTrue(refusal(sql).contains("is not allowed"), sql);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "SELECT * FROM stays",
      "select count(*) from STAYS",
      "SELECT m.locality_code, sum(m.arrivals) FROM tourism_monthly m JOIN stays s"
          + " ON s.locality_code = m.locality_code GROUP BY 1 ORDER BY 2 DESC LIMIT 5",
      "WITH area AS (SELECT * FROM tourism_monthly WHERE year = 2026) SELECT count(*) FROM area",
      "SELECT * FROM stays WHERE locality_code IN (SELECT locality_code FROM tourism_monthly)",
      "SELECT * FROM range(3)",
      "SELECT 1 UNION ALL SELECT 2",
      "VALUES (1, 'a')",
      "SHOW TABLES",
      "DESCRIBE stays",
      "DESCRIBE TABLE tourism_monthly",
      "EXPLAIN SELECT * FROM stays",
      "SELECT * FROM target_progress WHERE status = 'on_track'",
      "SELECT nonsense FROM"})
  void readsOfThePublishedTablesRun(String sql) throws Exception {
    CHECK.check(SparkTestSession.get(), sql); // an unparsable statement is left to Spark's error
  }

  @Test
  void theRefusalNamesTheStatementInBothLanguages() {
    ReadOnlySql.Refused refused = assertThrows(ReadOnlySql.Refused.class,
        () -> CHECK.check(SparkTestSession.get(), "  add jar '/tmp/evil.jar'"));
    assertEquals("'ADD' can write or change data or settings, or run code",
        refused.notice().text(Language.EN));
    assertEquals("lệnh 'ADD' có thể ghi hoặc thay đổi dữ liệu, cấu hình hay chạy mã",
        refused.notice().text(Language.VI));
  }

  @Test
  void anOutputInsideTheOutputFolderIsRecognisedThroughDotsAndLinks(@TempDir Path dir)
      throws Exception {
    Path out = Files.createDirectories(dir.resolve("data-out"));
    assertTrue(SqlJob.inside(out.resolve("curated/stays/period=2099-01").toString(),
        out.toString()));
    assertTrue(SqlJob.inside(out.toString(), out.toString()));
    assertTrue(SqlJob.inside(dir.resolve("x/../data-out/marts/t").toString(), out.toString()));
    Path link = Files.createSymbolicLink(dir.resolve("link"), out);
    assertTrue(SqlJob.inside(link.resolve("marts/new").toString(), out.toString()));
    assertTrue(SqlJob.inside("file://" + out.resolve("exports/a.csv"), out.toString()));
    assertFalse(SqlJob.inside(dir.resolve("data-out-2/a.csv").toString(), out.toString()));
    assertFalse(SqlJob.inside(dir.resolve("query.csv").toString(), out.toString()));
    assertFalse(SqlJob.inside("hdfs://nn:8020/out/a", out.toString()));
    assertTrue(SqlJob.inside("hdfs://nn:8020/out/a", "hdfs://nn:8020/out"));
    assertFalse(SqlJob.inside("hdfs://nn:8020/outside", "hdfs://nn:8020/out"));
  }
}
