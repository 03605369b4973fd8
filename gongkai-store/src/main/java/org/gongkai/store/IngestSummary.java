package org.gongkai.store;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What a batch did.
 *
 * @param files    files (or stored documents, for a re-read) seen
 * @param byKind   stored, reread, unchanged, stale, failed → count
 * @param byStatus parsed, partial, tables-missing, unreadable, failed → count, for the documents read in this batch
 * @param byReason the reason of every document not parsed → count
 * @param problems the documents not parsed, with their reason (the first {@value Ingest#MAX_LISTED})
 */
public record IngestSummary(long files, Map<String, Long> byKind, Map<String, Long> byStatus,
                            Map<String, Long> byReason, List<Ingest.Outcome> problems, Duration elapsed) {

    public long count(Ingest.Kind kind) { return byKind.getOrDefault(kind.id(), 0L); }
}
