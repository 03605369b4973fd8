package org.gongkai.store;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.FindingKind;
import org.gongkai.core.report.Severity;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Findings and their review. */
final class Findings {
    private Findings() {}

    /**
     * The key a finding keeps across re-readings: its rule, kind and cells (and, across years, the year it is
     * compared with). Messages are left out because their wording may improve; a second finding with the same
     * key in one report is numbered.
     */
    static String key(Finding f, Integer previousYear) {
        String cells = String.join(",", f.cells());
        if (cells.length() > 200) cells = "h" + org.gongkai.Gongkai.sha256(cells.getBytes(StandardCharsets.UTF_8)).substring(0, 16);
        return f.rule() + "|" + f.kind().id() + "|" + cells + (previousYear == null ? "" : "|@" + previousYear);
    }

    static void insert(Handle h, long reportId, List<Finding> findings, String scope, Long previousReportId,
                       Integer previousYear) {
        if (findings.isEmpty()) return;
        int start = h.createQuery("select coalesce(max(ordinal), -1) + 1 from finding where report_id = :r")
                .bind("r", reportId).mapTo(Integer.class).one();
        Map<String, Integer> seen = new HashMap<>();
        h.createQuery("select finding_key from finding where report_id = :r").bind("r", reportId)
                .mapTo(String.class).forEach(k -> seen.put(k, 1));
        PreparedBatch b = h.prepareBatch("""
                insert into finding (report_id, finding_key, ordinal, scope, previous_report_id, rule, severity, kind,
                                     cells, expected, actual, message)
                values (:report, :key, :ordinal, :scope, :previous, :rule, :severity, :kind, :cells, :expected, :actual, :message)
                """);
        int ordinal = start;
        for (Finding f : findings) {
            String base = key(f, previousYear);
            int n = seen.merge(base, 1, Integer::sum);
            String key = n == 1 ? base : base + "#" + n;
            b.bind("report", reportId).bind("key", key).bind("ordinal", ordinal++).bind("scope", scope)
                    .bind("previous", previousReportId).bind("rule", f.rule()).bind("severity", f.severity().id())
                    .bind("kind", f.kind().id()).bind("cells", String.join(" ", f.cells()))
                    .bind("expected", f.expected() == null ? null : f.expected().toString())
                    .bind("actual", f.actual() == null ? null : f.actual().toString())
                    .bind("message", f.message()).add();
        }
        b.execute();
    }

    static List<StoredFinding> list(Handle h, long reportId) {
        return h.createQuery("""
                        select f.*, v.state, v.note, v.reviewer, v.reviewed_at
                        from finding f left join finding_review v on v.report_id = f.report_id and v.finding_key = f.finding_key
                        where f.report_id = :r
                        order by case when f.scope = 'report' then 0 else 1 end, f.ordinal
                        """)
                .bind("r", reportId)
                .map((rs, ctx) -> {
                    String cells = rs.getString("cells");
                    String expected = rs.getString("expected");
                    String actual = rs.getString("actual");
                    Finding f = new Finding(rs.getString("rule"), Severity.valueOf(rs.getString("severity").toUpperCase(Locale.ROOT)),
                            FindingKind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                            cells.isEmpty() ? List.of() : Arrays.asList(cells.split(" ")),
                            expected == null ? null : new BigDecimal(expected), actual == null ? null : new BigDecimal(actual),
                            rs.getString("message"));
                    String state = rs.getString("state");
                    Timestamp at = rs.getTimestamp("reviewed_at");
                    return new StoredFinding(reportId, rs.getString("finding_key"), f,
                            (Long) rs.getObject("previous_report_id", Long.class),
                            state == null ? ReviewState.OPEN : ReviewState.parse(state), rs.getString("note"),
                            rs.getString("reviewer"), at == null ? null : at.toInstant());
                }).list();
    }

    static void review(Handle h, long reportId, String key, ReviewState state, String note, String reviewer) {
        int known = h.createQuery("select count(*) from finding where report_id = :r and finding_key = :k")
                .bind("r", reportId).bind("k", key).mapTo(Integer.class).one();
        if (known == 0) {
            throw new IllegalArgumentException("报告 " + reportId + " 没有键为 " + key + " 的问题；请用 gongkai show " + reportId + " 查看键");
        }
        h.createUpdate("delete from finding_review where report_id = :r and finding_key = :k")
                .bind("r", reportId).bind("k", key).execute();
        h.createUpdate("""
                        insert into finding_review (report_id, finding_key, state, note, reviewer, reviewed_at)
                        values (:r, :k, :state, :note, :who, :at)
                        """)
                .bind("r", reportId).bind("k", key).bind("state", state.id()).bind("note", note).bind("who", reviewer)
                .bind("at", Timestamp.from(Instant.now())).execute();
    }
}
