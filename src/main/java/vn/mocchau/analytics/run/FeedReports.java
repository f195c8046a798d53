package vn.mocchau.analytics.run;

import java.util.ArrayList;
import java.util.List;
import vn.mocchau.analytics.ingest.Delivery;
import vn.mocchau.analytics.ingest.FeedIngest;
import vn.mocchau.analytics.ingest.FileReport;
import vn.mocchau.analytics.run.PublishDecision.FeedStatus;
import vn.mocchau.analytics.run.RunManifest.FeedReport;
import vn.mocchau.analytics.run.RunManifest.FileEntry;

/** A feed's entry in the run manifest, from its ingest, its check and its rejection reasons. */
public final class FeedReports {
  private FeedReports() {}

  /**
   * @param status the publish decision's status of the feed; null when the run stopped before
   *     the decision ("ok" or "not_delivered" then, from the delivery alone)
   */
  public static FeedReport of(FeedIngest.Result result, FeedStatus status, boolean expected,
      RejectionReasons reasons) {
    Delivery delivery = result.delivery;
    String statusName = status != null ? status.manifestName()
        : delivery.delivered() ? FeedStatus.OK.manifestName()
            : FeedStatus.NOT_DELIVERED.manifestName();
    List<FileEntry> files = new ArrayList<>();
    for (FileReport report : result.fileReports) {
      FeedIngest.FileCounts counts = result.countsByFile.getOrDefault(report.file(),
          new FeedIngest.FileCounts(report.file(), 0, 0, 0, 0));
      files.add(new FileEntry(report.file(), report.sha256(), report.bytes(),
          report.delimiter(), report.numberStyle(), report.extraColumns(), report.blankLines(),
          counts.read(), counts.accepted(), counts.rejected(), counts.duplicates(),
          report.errorEn(), report.errorVi()));
    }
    boolean delivered = delivery.delivered();
    return new FeedReport(delivered, expected, statusName, delivery.ignoredFiles(), files,
        result.parseTasks, result.total(FeedIngest.FileCounts::read),
        result.total(FeedIngest.FileCounts::accepted),
        result.total(FeedIngest.FileCounts::rejected),
        result.total(FeedIngest.FileCounts::duplicates), result.rejectedByColumn,
        result.warnings, delivered ? reasons.topColumns() : null,
        delivered ? reasons.byReason().stream().map(RunManifest.ReasonCount::of).toList() : null);
  }
}
