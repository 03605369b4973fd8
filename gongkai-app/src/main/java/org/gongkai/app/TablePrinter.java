package org.gongkai.app;

import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.Severity;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.TableId;
import org.gongkai.core.template.Template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Prints a report's three tables as readable grids; blank cells stay blank. */
final class TablePrinter {
    private TablePrinter() {}

    static String print(Report r) {
        StringBuilder sb = new StringBuilder();
        sb.append("== ").append(r.source()).append('\n');
        sb.append("机关：").append(r.agency() == null ? "（报告未写明）" : r.agency())
                .append("　年度：").append(r.year() == null ? "（未知）" : r.year())
                .append("　模板：").append(r.templateId() == null ? "（未识别）" : r.templateId())
                .append("　状态：").append(r.status().id()).append('\n');
        Template t = r.template().orElse(null);
        if (t != null) {
            sb.append('\n').append("二、主动公开政府信息情况\n");
            sb.append(grid(proactive(r, t)));
            sb.append('\n').append("三、收到和处理政府信息公开申请情况\n");
            sb.append(grid(table(r, t, TableId.T3)));
            sb.append('\n').append("四、政府信息公开行政复议、行政诉讼情况\n");
            sb.append(grid(table(r, t, TableId.T4)));
        }
        sb.append('\n').append(findings(r));
        return sb.toString();
    }

    static String findings(Report r) {
        StringBuilder sb = new StringBuilder();
        List<Finding> fs = new ArrayList<>(r.findings());
        fs.sort(Comparator.comparing(Finding::severity));
        if (fs.isEmpty()) return "未发现问题\n";
        for (Finding f : fs) {
            sb.append(f.severity() == Severity.ERROR ? "✗ " : f.severity() == Severity.WARNING ? "! " : "· ")
                    .append(f.rule()).append(' ').append(f.severity().chinese())
                    .append(f.kind().id().equals("reading") ? "（读取）" : "")
                    .append("：").append(f.message()).append('\n');
        }
        return sb.toString();
    }

    private static List<List<String>> proactive(Report r, Template t) {
        List<List<String>> rows = new ArrayList<>();
        String caption = null;
        for (RowSpec row : t.rows(TableId.T2)) {
            if (!row.caption().equals(caption)) {
                caption = row.caption();
                List<String> header = new ArrayList<>();
                header.add(row.cells().get(0).group());
                for (CellSpec c : row.cells()) header.add(c.columnLabel());
                rows.add(header);
            }
            List<String> line = new ArrayList<>();
            line.add("  " + row.label());
            for (CellSpec c : row.cells()) line.add(show(r.cells().get(c.id())));
            rows.add(line);
        }
        return rows;
    }

    /** T3 and T4: a header of column labels, then one line per row. */
    private static List<List<String>> table(Report r, Template t, TableId table) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("");
        for (CellSpec c : t.rows(table).get(0).cells()) header.add(c.columnLabel());
        rows.add(header);
        for (RowSpec row : t.rows(table)) {
            List<String> line = new ArrayList<>();
            String label = row.label().replace("行政诉讼 / ", "诉讼·");
            line.add(label.length() > 18 ? label.substring(0, 17) + "…" : label);
            for (CellSpec c : row.cells()) line.add(show(r.cells().get(c.id())));
            rows.add(line);
        }
        return rows;
    }

    private static String show(Cell c) {
        if (c == null || c.value().isBlank()) return "";
        if (c.value() instanceof CellValue.Text tx) return tx.text();
        String n = c.value().number().toPlainString();
        return c.unit() == null ? n : n + c.unit();
    }

    private static String grid(List<List<String>> rows) {
        int cols = 0;
        for (List<String> r : rows) cols = Math.max(cols, r.size());
        int[] width = new int[cols];
        for (List<String> r : rows) for (int i = 0; i < r.size(); i++) width[i] = Math.max(width[i], displayWidth(r.get(i)));
        StringBuilder sb = new StringBuilder();
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                String s = r.get(i);
                int pad = width[i] - displayWidth(s);
                if (i == 0) line.append(s).append(" ".repeat(pad));
                else line.append(" │ ").append(" ".repeat(pad)).append(s);
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3)
                    || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60)
                    || (c >= 0xffe0 && c <= 0xffe6))) ? 2 : 1;
        }
        return w;
    }
}
