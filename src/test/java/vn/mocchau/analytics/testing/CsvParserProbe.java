package vn.mocchau.analytics.testing;

import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Parses a small CSV with commons-csv's parser and prints each record's values joined by '|',
 * then where the parser class came from. ClusterIT runs it on a Spark distribution's jars followed
 * by the cluster jar, the order of a spark-submit classpath: the parser needs commons-io 2.17 or
 * later, which Spark 3.5.9 does not ship, so it works only when the cluster jar brings its own.
 */
public final class CsvParserProbe {
  private CsvParserProbe() {}

  public static void main(String[] args) throws Exception {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String csv = "xa;luot_khach\n\"Phường Mộc Châu; Sơn La\";1250\n";
    try (CSVParser parser = CSVFormat.DEFAULT.builder().setDelimiter(';').get()
        .parse(new StringReader(csv))) {
      for (CSVRecord record : parser) {
        out.println(String.join("|", record.values()));
      }
    }
    out.println(CSVParser.class.getProtectionDomain().getCodeSource().getLocation());
  }
}
