package org.gongkai.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row of every table, for comparing a database before and after. */
final class DatabaseDump {
    private static final List<String> TABLES = List.of("organ", "organ_name", "document", "document_origin", "report",
            "cell", "section", "finding", "finding_review", "failed_file");

    private DatabaseDump() {}

    static Map<String, List<String>> of(Store store) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        store.jdbi().useHandle(h -> {
            for (String t : TABLES) {
                List<String> rows = new ArrayList<>(h.createQuery("select * from " + t).map((rs, ctx) -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        Object v = rs.getObject(i);
                        // large objects print as handles that differ per read: compare their contents
                        if (v instanceof java.sql.Blob b) v = b.getBytes(1, (int) b.length());
                        if (v instanceof java.sql.Clob c) v = c.getSubString(1, (int) c.length());
                        if (v instanceof byte[] b) v = org.gongkai.Gongkai.sha256(b);
                        sb.append(rs.getMetaData().getColumnName(i)).append('=').append(v).append('|');
                    }
                    return sb.toString();
                }).list());
                rows.sort(null);
                out.put(t, rows);
            }
        });
        return out;
    }

    /** Every document has its one report, and every report all the cells of its template or none. */
    static void assertConsistent(Store store) {
        store.jdbi().useHandle(h -> {
            assertThat(h.createQuery("select count(*) from document d where not exists"
                    + " (select 1 from report r where r.document_sha256 = d.sha256)").mapTo(Integer.class).one())
                    .as("documents without a report").isZero();
            assertThat(h.createQuery("select count(*) from document d where not exists"
                    + " (select 1 from document_origin o where o.sha256 = d.sha256)").mapTo(Integer.class).one())
                    .as("documents without an origin").isZero();
            List<String> wrong = h.createQuery("""
                    select r.id || ':' || coalesce(r.template, '-') || ':' || (select count(*) from cell c where c.report_id = r.id and c.extra = false)
                    from report r
                    where (select count(*) from cell c where c.report_id = r.id and c.extra = false)
                          <> case r.template when '2019' then 198 when '2021' then 200 else 0 end
                    """).mapTo(String.class).list();
            assertThat(wrong).as("reports with a partial set of cells").isEmpty();
        });
    }
}
