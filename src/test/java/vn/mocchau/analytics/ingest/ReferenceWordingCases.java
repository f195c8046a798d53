package vn.mocchau.analytics.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import vn.mocchau.analytics.testing.Fixtures;
import vn.mocchau.analytics.text.Language;

/** Every refusal of a reference file, in both languages, the temporary folder written RAW. */
final class ReferenceWordingCases {
  private ReferenceWordingCases() {}

  /** File, the line to replace (1-based; 0 appends), the replacement, and what loading said. */
  private static final String[][] CASES = {
    {"localities.csv", "2", "03980,Phường Mộc Châu,phuong,Mộc Châu,maybe"},
    {"localities.csv", "2", "03980,Phường Mộc Châu,thon,Mộc Châu,true"},
    {"localities.csv", "2", ",Phường Mộc Châu,phuong,Mộc Châu,true"},
    {"localities.csv", "1", "locality_code,name,unit_type,in_tourism_area"},
    {"localities.csv", "1", "locality_code,name,name,unit_type,former_district,in_tourism_area"},
    {"locality_aliases.csv", "0", "P. Nowhere,99999,typo"},
    {"locality_aliases.csv", "0", "Phường Mộc Sơn,03980,a name of two units"},
    {"establishments.csv", "2", "CS-0001,Homestay,Atlantis,homestay,5,20,,2015-03-01,"},
    {"establishments.csv", "2", "CS-0001,Homestay,03980,homestay,5,20,,2015-03-01,2014-01-01"},
    {"establishments.csv", "2", "CS-0001,Homestay,03980,homestay,5,20,7,2015-03-01,"},
    {"establishments.csv", "2", "CS-0001,Homestay,03980,homestay,5,20,,2015-02-30,"},
    {"establishments.csv", "2", "CS-0001,Homestay,03980,homestay,five,20,,2015-03-01,"},
    {"establishments.csv", "2", "CS-0001,Homestay,03980,castle,5,20,,2015-03-01,"},
    {"establishments.csv", "3", "CS-0001,Homestay,03980,homestay,5,20,,2015-03-01,"},
    {"localities.csv", "0", "03980,Phường Mộc Châu 2,phuong,Mộc Châu,true"},
    {"locality_aliases.csv", "0", "P. Mộc Lỵ,03979,listed twice"},
    {"establishments.csv", "2", "CS-0001,Homestay,03980,homestay,5,-5,,2015-03-01,"},
    {"establishments.csv", "2", "CS-0001,Homestay,03980,homestay,9.999.999.999,20,,2015-03-01,"},
    {"targets.csv", "2", "visitors,a,b,visits/year,tourism_area,rolling_12m,2025,,2030,6250000,,range,x"},
    {"targets.csv", "2", "visitors,a,b,visits/year,tourism_area,rolling_12m,2025,,2030,6.250.000,1,2,,at_least,x"},
    {"targets.csv", "2", "visitors,a,b,visits/year,tourism_area,rolling_12m,2025,,2030,lots,,at_least,x"},
    {"planning_parameters.csv", "2", "target_bed_occupancy,60,fraction,x"},
    {"planning_parameters.csv", "2", "target_bed_occupancy,0.60,%,x"},
    {"planning_parameters.csv", "2", "bed_occupancy,0.60,fraction,x"},
    {"planning_parameters.csv", "2", "target_bed_occupancy,0.60,fraction,"},
    {"planning_parameters.csv", "3", "silage_kg_per_cow_day,0,kg/cow/day,x"},
    {"planning_parameters.csv", "4", "dairy_herd_now,25000.5,head,x"},
    {"planning_parameters.csv", "4", "dairy_herd_now,many,head,x"},
    {"planning_parameters.csv", "0", "dairy_herd_now,26000,head,x"},
  };

  static List<String> observed(Path work) throws Exception {
    List<String> out = new ArrayList<>();
    int n = 0;
    for (String[] c : CASES) {
      Path raw = work.resolve("raw" + n++);
      Path reference = Files.createDirectories(raw.resolve("reference"));
      try (var files = Files.list(Fixtures.resource("fixtures/reference"))) {
        for (Path f : files.toList()) {
          Files.copy(f, reference.resolve(f.getFileName()));
        }
      }
      Path file = reference.resolve(c[0]);
      List<String> lines = new ArrayList<>(Files.readAllLines(file));
      int at = Integer.parseInt(c[1]);
      if (at == 0) {
        lines.add(c[2]);
      } else {
        lines.set(at - 1, c[2]);
      }
      Files.write(file, lines);
      ReferenceLoader loader = new ReferenceLoader(new org.apache.hadoop.fs.Path(raw.toUri()),
          new Configuration());
      String said;
      try {
        loader.load();
        loader.targets();
        said = "loaded";
      } catch (ReferenceDataException e) {
        said = e.getMessage() + " | " + e.text(Language.EN) + " | " + e.text(Language.VI);
      }
      out.add(c[0] + ":" + c[1] + " | " + said.replace(raw.toUri().getPath(), "RAW/")
          .replace(raw.toString(), "RAW"));
    }
    return out;
  }
}
