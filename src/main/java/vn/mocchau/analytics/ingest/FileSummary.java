package vn.mocchau.analytics.ingest;

import java.io.Serializable;
import java.util.Map;

/**
 * What the parser learnt from one file while emitting its rows, sent back to the driver with the
 * task: the {@link FileReport}, the row-check outcome counts, per column the rejected rows and the
 * first of them, the first row warning, and the key hashes of the accepted rows, from which the
 * driver finds the keys that repeat.
 */
public record FileSummary(FileReport report, long read, long accepted, long rejected,
    long warnings, String firstWarning, Map<String, Long> rejectedByColumn,
    Map<String, FeedIngest.FirstRejection> firstRejectionByColumn, long[] acceptedKeyHashes)
    implements Serializable {}
