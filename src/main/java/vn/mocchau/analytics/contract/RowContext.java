package vn.mocchau.analytics.contract;

import java.time.YearMonth;
import java.util.List;

/**
 * What row validation needs besides the cells: the delivery month, the reference registries and the
 * decimal style of the file being read. Warnings, in both languages, are appended to
 * {@code warnings}.
 */
public record RowContext(YearMonth deliveryMonth, ReferenceData reference, NumberStyle numberStyle,
    List<Notice> warnings) {}
