package org.gongkai.extract.read;

import org.gongkai.core.report.Provenance;
import org.gongkai.extract.layout.Block;
import org.gongkai.extract.layout.Layout;
import org.gongkai.extract.layout.Paragraph;
import org.gongkai.extract.layout.Table;
import org.gongkai.extract.layout.TableCell;
import org.gongkai.extract.layout.TableRow;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads plain text in the layouts pasted and converted reports arrive in:
 * <ul>
 *   <li>one cell per line, each line starting with a tab, rows ended by a blank line, a cell's text
 *       continued on following lines that carry no tab (labels broken over lines, vertical text);</li>
 *   <li>one row per line, cells separated by tabs;</li>
 *   <li>markdown pipe tables;</li>
 *   <li>space-aligned columns as {@code pdftotext -layout} prints them (form feeds count pages).</li>
 * </ul>
 * Everything else is a paragraph, one per line. Provenance is the 1-based line (and page after a form
 * feed; for aligned columns, the character column).
 */
public final class TextReader implements DocumentReader {
    private static final Pattern HEADING = Pattern.compile("^[\\s\u3000]*([一二三四五六七八九十]|\\d{1,2})\\s*[、.．]\\s*\\S.*");
    private static final Pattern PIPE_SEPARATOR = Pattern.compile("[\\s:：\\-—=+|]*");
    /** A line of nothing but table rules and pipes: page furniture, not content. */
    private static final Pattern JUNK = Pattern.compile("[\\s|│┃─━┼+=_\\-—]+");
    /** A running page number: 「-3-」「— 3 —」「- 3 -」「第 3 页」「3/12」. */
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "\\s*(?:[-—–－]\\s*\\d{1,4}\\s*[-—–－]|第\\s*\\d{1,4}\\s*页(?:\\s*[,，/]?\\s*共\\s*\\d{1,4}\\s*页)?|\\d{1,4}\\s*/\\s*\\d{1,4})\\s*");
    private static final Pattern VALUE_FIELD = Pattern.compile("[+\\-]?[0-9０-９][0-9０-９,.]*(万元|元)?|[增减][0-9]+|[0-9]+[(（][增减][)）]");
    private static final Pattern GAP = Pattern.compile("(?: {2,}|\u3000+| ?\t ?)");

    private enum Kind { BLANK, CELL, TAB_ROW, PIPE, ALIGNED, TEXT }

    private record Line(int no, int page, String text, Kind kind) {}

    @Override
    public Layout read(byte[] bytes, String source) {
        Charsets.requireText(bytes, source);
        return parse(Charsets.decode(bytes), source);
    }

    /** Reads text already decoded. */
    public static Layout parse(String text, String source) {
        List<Line> lines = lines(text);
        List<Block> blocks = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            Line l = lines.get(i);
            switch (l.kind) {
                case BLANK -> i++;
                case CELL -> {
                    if (isBlank(l.text) && !startsCellRun(lines, i)) i++;
                    else i = cellRun(lines, i, blocks);
                }
                case TAB_ROW -> {
                    if (l.text.startsWith("\t") && looksLikeCellRun(lines, i)) i = cellRun(lines, i, blocks);
                    else i = tabRun(lines, i, blocks);
                }
                case PIPE -> i = pipeRun(lines, i, blocks);
                case ALIGNED -> i = alignedRun(lines, i, blocks);
                default -> {
                    blocks.add(new Paragraph(l.text.strip(), where(l, null, l.text)));
                    i++;
                }
            }
        }
        return new Layout(source, "text/plain", blocks);
    }

    private static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int page = 1;
        boolean paged = text.indexOf('\f') >= 0;
        String[] raw = text.split("\r\n|\n|\r", -1);
        for (int n = 0; n < raw.length; n++) {
            String s = raw[n];
            while (s.indexOf('\f') >= 0) {
                int f = s.indexOf('\f');
                s = s.substring(0, f) + s.substring(f + 1);
                page++;
            }
            out.add(new Line(n + 1, paged ? page : 0, s, classify(s)));
        }
        // an aligned line stands for a table row only beside another one, or when it carries a number
        for (int n = 0; n < out.size(); n++) {
            Line l = out.get(n);
            if (l.kind != Kind.ALIGNED) continue;
            boolean neighbour = neighbourAligned(out, n, -1) || neighbourAligned(out, n, 1);
            if (!neighbour && !hasValueField(l.text)) out.set(n, new Line(l.no, l.page, l.text, Kind.TEXT));
        }
        return out;
    }

    private static boolean neighbourAligned(List<Line> lines, int n, int dir) {
        for (int k = n + dir, seen = 0; k >= 0 && k < lines.size() && seen < 2; k += dir) {
            Kind kind = lines.get(k).kind;
            if (kind == Kind.BLANK) { seen++; continue; }
            return kind == Kind.ALIGNED;
        }
        return false;
    }

    private static Kind classify(String s) {
        int tab = s.indexOf('\t');
        if (isBlank(s) && tab < 0) return Kind.BLANK;
        if (tab < 0 && (startsLikeJunk(s) && JUNK.matcher(s).matches() || s.length() <= 40 && PAGE_NUMBER.matcher(s).matches())) {
            return Kind.BLANK;
        }
        if (tab >= 0) {
            if (tab == 0 && s.indexOf('\t', 1) < 0) return Kind.CELL;
            return Kind.TAB_ROW;
        }
        if (isPipeRow(s)) return Kind.PIPE;
        if (alignedFields(s).size() >= 2) return Kind.ALIGNED;
        return Kind.TEXT;
    }

    private static boolean startsLikeJunk(String s) {
        String t = s.stripLeading();
        return !t.isEmpty() && "|│┃─━┼+=_-—".indexOf(t.charAt(0)) >= 0;
    }

    static boolean isBlank(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200b' || c == '\ufeff')) return false;
        }
        return true;
    }

    private static boolean isPipeRow(String s) {
        String t = s.strip();
        int pipes = 0;
        for (int i = 0; i < t.length(); i++) if (t.charAt(i) == '|' || t.charAt(i) == '│') pipes++;
        if (pipes < 2) return false;
        if (PIPE_SEPARATOR.matcher(t).matches()) return t.startsWith("|") || t.startsWith("+");
        int filled = 0;
        for (String c : splitPipes(t)) if (!isBlank(c)) filled++;
        return filled >= 2;
    }

    /** An empty tab-only line opens a table only when cells follow it. */
    private static boolean startsCellRun(List<Line> lines, int i) {
        for (int k = i; k < lines.size() && k < i + 40; k++) {
            Line l = lines.get(k);
            if ((l.kind == Kind.CELL || l.kind == Kind.TAB_ROW) && !isBlank(l.text)) return true;
            if (l.kind == Kind.TEXT || l.kind == Kind.PIPE || l.kind == Kind.ALIGNED) return false;
        }
        return false;
    }

    /** A format-A run may carry a row whose cells are tab-separated; a tab row run never has lone cell lines. */
    private static boolean looksLikeCellRun(List<Line> lines, int i) {
        int cells = 0, rows = 0;
        for (int k = i; k < lines.size() && k < i + 30; k++) {
            Kind kind = lines.get(k).kind;
            if (kind == Kind.CELL) cells++;
            else if (kind == Kind.TAB_ROW) rows++;
            else if (kind == Kind.TEXT) break;
        }
        return cells > rows;
    }

    // -------------------------------------------------------------------------------- one cell per line

    private static int cellRun(List<Line> lines, int i, List<Block> blocks) {
        List<TableRow> rows = new ArrayList<>();
        List<TableCell> cur = null;
        boolean afterCell = false;
        Line first = lines.get(i);
        while (i < lines.size()) {
            Line l = lines.get(i);
            if (l.kind == Kind.CELL || (l.kind == Kind.TAB_ROW && l.text.startsWith("\t"))) {
                if (cur == null) cur = new ArrayList<>();
                String[] parts = l.text.substring(1).split("\t", -1);
                for (String p : parts) cur.add(TableCell.of(p, where(l, null, p)));
                afterCell = true;
                i++;
            } else if (l.kind == Kind.BLANK) {
                if (cur != null) { rows.add(new TableRow(cur)); cur = null; }
                afterCell = false;
                i++;
            } else if (afterCell && cur != null && !isBlank(cur.get(cur.size() - 1).text())
                    && !HEADING.matcher(l.text).matches()) {
                // the cell goes on: a label broken over lines, or vertical text one character a line
                TableCell last = cur.remove(cur.size() - 1);
                String joined = last.text() + "\n" + l.text;
                cur.add(new TableCell(joined, 1, 1, last.where().withText(joined)));
                i++;
            } else {
                break;
            }
        }
        if (cur != null) rows.add(new TableRow(cur));
        if (!rows.isEmpty()) blocks.add(new Table(rows, where(first, null, null)));
        return i;
    }

    // -------------------------------------------------------------------------------- one row per line

    private static int tabRun(List<Line> lines, int i, List<Block> blocks) {
        List<TableRow> rows = new ArrayList<>();
        Line first = lines.get(i);
        while (i < lines.size()) {
            Line l = lines.get(i);
            if (l.kind == Kind.TAB_ROW) {
                List<TableCell> cells = new ArrayList<>();
                String[] parts = l.text.split("\t", -1);
                for (int c = 0; c < parts.length; c++) {
                    cells.add(TableCell.of(parts[c], where(l, c + 1, parts[c])));
                }
                rows.add(new TableRow(cells));
                i++;
            } else if (l.kind == Kind.BLANK && nextNonBlank(lines, i) == Kind.TAB_ROW) {
                i++;
            } else {
                break;
            }
        }
        blocks.add(new Table(rows, where(first, null, null)));
        return i;
    }

    private static Kind nextNonBlank(List<Line> lines, int i) {
        for (int k = i; k < lines.size(); k++) if (lines.get(k).kind != Kind.BLANK) return lines.get(k).kind;
        return Kind.BLANK;
    }

    // -------------------------------------------------------------------------------- pipe tables

    private static int pipeRun(List<Line> lines, int i, List<Block> blocks) {
        List<TableRow> rows = new ArrayList<>();
        Line first = lines.get(i);
        while (i < lines.size() && lines.get(i).kind == Kind.PIPE) {
            Line l = lines.get(i++);
            String t = l.text.strip();
            if (PIPE_SEPARATOR.matcher(t).matches()) continue;
            List<String> parts = splitPipes(t);
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < parts.size(); c++) cells.add(TableCell.of(parts.get(c).strip(), where(l, c + 1, parts.get(c).strip())));
            rows.add(new TableRow(cells));
        }
        if (!rows.isEmpty()) blocks.add(new Table(rows, where(first, null, null)));
        return i;
    }

    private static List<String> splitPipes(String t) {
        List<String> parts = new ArrayList<>(List.of(t.replace('│', '|').split("\\|", -1)));
        if (!parts.isEmpty() && isBlank(parts.get(0)) && t.startsWith("|")) parts.remove(0);
        if (!parts.isEmpty() && isBlank(parts.get(parts.size() - 1)) && t.endsWith("|")) parts.remove(parts.size() - 1);
        return parts;
    }

    // -------------------------------------------------------------------------------- aligned columns

    private record Field(int column, String text) {}

    private static List<Field> alignedFields(String s) {
        if (s.indexOf("  ") < 0 && s.indexOf('\u3000') < 0) {
            return s.isBlank() ? List.of() : List.of(new Field(indent(s), s.strip()));
        }
        List<Field> out = new ArrayList<>();
        int start = 0;
        while (start < s.length() && (s.charAt(start) == ' ' || s.charAt(start) == '\u3000')) start++;
        var m = GAP.matcher(s);
        int pos = start;
        while (m.find(pos)) {
            if (m.start() > pos) out.add(new Field(pos, s.substring(pos, m.start())));
            pos = m.end();
        }
        if (pos < s.length() && !isBlank(s.substring(pos))) out.add(new Field(pos, s.substring(pos).stripTrailing()));
        return out;
    }

    private static boolean hasValueField(String s) {
        List<Field> fs = alignedFields(s);
        for (int k = 1; k < fs.size(); k++) {
            if (VALUE_FIELD.matcher(fs.get(k).text.strip()).matches()) return true;
        }
        return false;
    }

    private static int alignedRun(List<Line> lines, int i, List<Block> blocks) {
        List<TableRow> rows = new ArrayList<>();
        Line first = lines.get(i);
        while (i < lines.size()) {
            Line l = lines.get(i);
            if (l.kind == Kind.ALIGNED || (l.kind == Kind.TEXT && fragmentBeforeRow(lines, i))) {
                List<TableCell> cells = new ArrayList<>();
                List<Field> fields = l.kind == Kind.ALIGNED ? alignedFields(l.text)
                        : List.of(new Field(indent(l.text), l.text.strip()));
                for (Field f : fields) cells.add(TableCell.of(f.text, where(l, f.column + 1, f.text)));
                rows.add(new TableRow(cells));
                i++;
            } else if (l.kind == Kind.BLANK && nextNonBlank(lines, i) == Kind.ALIGNED) {
                i++;
            } else {
                break;
            }
        }
        blocks.add(new Table(rows, where(first, null, null)));
        return i;
    }

    /** Up to three short indented lines followed by an aligned row: a label wrapped over lines. */
    private static boolean fragmentBeforeRow(List<Line> lines, int i) {
        for (int k = i, n = 0; k < lines.size() && n < 4; k++) {
            Line l = lines.get(k);
            if (l.kind == Kind.BLANK) continue;
            if (l.kind == Kind.ALIGNED) return n > 0;
            if (l.kind != Kind.TEXT || !isIndentedFragment(l.text)) return false;
            n++;
        }
        return false;
    }

    /** A short indented line inside an aligned table: a label wrapped onto its own line. */
    private static boolean isIndentedFragment(String s) {
        return indent(s) >= 4 && s.strip().length() <= 30;
    }

    private static int indent(String s) {
        int k = 0;
        while (k < s.length() && (s.charAt(k) == ' ' || s.charAt(k) == '\u3000')) k++;
        return k;
    }

    private static Provenance where(Line l, Integer column, String text) {
        return new Provenance(l.page == 0 ? null : l.page, l.no, null, null, column, null, text);
    }
}
