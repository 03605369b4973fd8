package org.gongkai.extract.read;

import org.gongkai.core.report.Provenance;
import org.gongkai.extract.UnreadableDocumentException;
import org.gongkai.extract.layout.Block;
import org.gongkai.extract.layout.Layout;
import org.gongkai.extract.layout.Paragraph;
import org.gongkai.extract.layout.Table;
import org.gongkai.extract.layout.TableCell;
import org.gongkai.extract.layout.TableRow;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads web pages: a report pasted from Word into a government CMS page, with navigation, scripts and
 * footers around it. Data tables become tables with their spans as printed; layout tables (those that
 * hold other tables, or a single column of text) are walked through as containers so the article's
 * paragraphs stay paragraphs. Word's markup (a label split over several {@code <span>}s, several
 * {@code <p>}s or {@code <br>}s inside a cell) is joined back: spans without a space, paragraphs and
 * breaks inside a cell as \n.
 */
public final class HtmlReader implements DocumentReader {
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
    /** Page furniture: never part of the report. */
    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "template", "nav", "header",
            "footer", "iframe", "form", "select", "button", "object", "embed", "svg", "canvas", "head", "link", "meta",
            "input", "textarea", "map", "audio", "video");
    /** class/id words CMS templates give their navigation, share bars and footers. */
    private static final Pattern NOISE_CLASS = Pattern.compile(
            "(^|[\\s_\\-])(nav|navbar|menu|breadcrumb|crumb|share|footer|foot|copyright|sidebar|"
                    + "banner|topbar|toolbar|search|login|friendlink|links|related|qrcode)([\\s_\\-]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "dl", "dt", "dd", "section", "article", "main", "aside", "blockquote", "pre", "address", "center",
            "table", "tr", "td", "th", "tbody", "thead", "tfoot", "caption", "hr", "body", "figure", "figcaption");

    @Override
    public Layout read(byte[] bytes, String source) {
        String html = decode(bytes);
        Document doc = Jsoup.parse(html);
        Walker w = new Walker();
        w.container(doc.body());
        w.flush();
        if (w.blocks.isEmpty()) {
            throw new UnreadableDocumentException("网页中没有正文文字（可能是空白页、跳转页或需要脚本加载内容的页面）",
                    "请在浏览器中打开报告正文页面，另存为完整网页（HTML）后再读取");
        }
        return new Layout(source, Format.HTML.mediaType(), w.blocks);
    }

    /** The charset a meta tag names, if Java knows it and the bytes fit it; else UTF-8 if valid, else GB18030. */
    static String decode(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            Optional<Charset> named = charset(m.group(1));
            if (named.isPresent()) {
                Optional<String> s = Charsets.decodeStrict(bytes, named.get());
                if (s.isPresent()) return s.get();
            }
        }
        return Charsets.decode(bytes);
    }

    private static Optional<Charset> charset(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        // GB2312 and GBK pages routinely carry characters only GB18030 has; it is a superset of both
        if (n.equals("gb2312") || n.equals("gbk") || n.equals("gb_2312-80") || n.equals("x-gbk")) return Optional.of(Charsets.GB18030);
        try {
            return Optional.of(Charset.forName(name));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Walks the page in document order, gathering inline text into paragraphs and data tables into tables. */
    private static final class Walker {
        final List<Block> blocks = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int tables;

        void container(Element e) {
            for (Node n : e.childNodes()) node(n);
        }

        private void node(Node n) {
            if (n instanceof TextNode t) {
                appendCollapsed(text, t.getWholeText());
                return;
            }
            if (!(n instanceof Element e)) return;
            String tag = e.normalName();
            if (isNoise(e, tag)) return;
            if (tag.equals("br")) { flush(); return; }
            if (tag.equals("table")) {
                flush();
                if (isLayoutTable(e)) {
                    for (Element cell : cells(e)) { container(cell); flush(); }
                } else {
                    table(e);
                }
                return;
            }
            boolean block = BLOCK_TAGS.contains(tag);
            if (block) flush();
            container(e);
            if (block) flush();
        }

        void flush() {
            String s = strip(text.toString());
            text.setLength(0);
            if (!s.isEmpty()) blocks.add(new Paragraph(s, new Provenance(null, null, null, null, null, null, s)));
        }

        private void table(Element table) {
            tables++;
            List<TableRow> rows = new ArrayList<>();
            List<int[]> covered = new ArrayList<>(); // {grid column, rows still covered, width}
            for (Element tr : rows(table)) {
                List<TableCell> cells = new ArrayList<>();
                List<int[]> next = new ArrayList<>();
                int col = 0;
                for (Element td : tr.children()) {
                    if (!td.normalName().equals("td") && !td.normalName().equals("th")) continue;
                    col = skipCovered(covered, col);
                    int colspan = span(td.attr("colspan"));
                    int rowspan = span(td.attr("rowspan"));
                    String t = cellText(td);
                    cells.add(new TableCell(t, colspan, rowspan,
                            new Provenance(null, null, tables, rows.size() + 1, col + 1, null, t)));
                    if (rowspan > 1) next.add(new int[]{col, rowspan - 1, colspan});
                    col += colspan;
                }
                for (int[] p : covered) if (p[1] > 1) next.add(new int[]{p[0], p[1] - 1, p[2]});
                covered = next;
                rows.add(new TableRow(cells));
            }
            // rows of nothing but blanks (Word's spacer rows) carry no information
            rows.removeIf(r -> r.cells().stream().allMatch(c -> c.text().isEmpty()) && r.cells().size() <= 1);
            if (!rows.isEmpty()) blocks.add(new Table(rows, new Provenance(null, null, tables, null, null, null, null)));
        }
    }

    private static boolean isNoise(Element e, String tag) {
        if (DROPPED_TAGS.contains(tag)) return true;
        String style = e.attr("style");
        if (!style.isEmpty()) {
            String s = style.replace(" ", "").toLowerCase(Locale.ROOT);
            if (s.contains("display:none") || s.contains("visibility:hidden")) return true;
        }
        if (e.hasAttr("hidden")) return true;
        String names = e.className() + " " + e.id();
        return !names.isBlank() && NOISE_CLASS.matcher(names).find();
    }

    /**
     * A table used for page layout, not data: it holds another table, or none of its rows has two cells
     * (a single column wrapping the article).
     */
    private static boolean isLayoutTable(Element table) {
        for (Element d : table.getElementsByTag("table")) if (d != table) return true;
        for (Element tr : rows(table)) {
            int cells = 0;
            for (Element c : tr.children()) if (c.normalName().equals("td") || c.normalName().equals("th")) cells++;
            if (cells >= 2) return false;
        }
        return true;
    }

    /** The rows of this table, not of tables nested in it. */
    private static List<Element> rows(Element table) {
        List<Element> out = new ArrayList<>();
        for (Element c : table.children()) {
            String t = c.normalName();
            if (t.equals("tr")) out.add(c);
            else if (t.equals("tbody") || t.equals("thead") || t.equals("tfoot")) {
                for (Element r : c.children()) if (r.normalName().equals("tr")) out.add(r);
            }
        }
        return out;
    }

    private static List<Element> cells(Element table) {
        List<Element> out = new ArrayList<>();
        for (Element tr : rows(table)) {
            for (Element c : tr.children()) if (c.normalName().equals("td") || c.normalName().equals("th")) out.add(c);
        }
        return out;
    }

    private static int skipCovered(List<int[]> covered, int col) {
        boolean moved = true;
        while (moved) {
            moved = false;
            for (int[] p : covered) {
                if (col >= p[0] && col < p[0] + p[2]) { col = p[0] + p[2]; moved = true; }
            }
        }
        return col;
    }

    private static int span(String attr) {
        String s = attr.strip();
        int n = 0;
        for (int i = 0; i < s.length() && Character.isDigit(s.charAt(i)) && i < 4; i++) n = n * 10 + (s.charAt(i) - '0');
        return Math.max(1, Math.min(n, 1000));
    }

    /** A cell's text: spans joined as printed, paragraphs and breaks as \n, blank lines and &nbsp; padding dropped. */
    static String cellText(Element td) {
        StringBuilder sb = new StringBuilder();
        cellText(td, sb);
        StringBuilder out = new StringBuilder();
        for (String line : sb.toString().split("\n")) {
            String l = strip(line);
            if (l.isEmpty()) continue;
            if (out.length() > 0) out.append('\n');
            out.append(l);
        }
        return out.toString();
    }

    private static void cellText(Node n, StringBuilder sb) {
        for (Node c : n.childNodes()) {
            if (c instanceof TextNode t) { appendCollapsed(sb, t.getWholeText()); continue; }
            if (!(c instanceof Element e)) continue;
            String tag = e.normalName();
            if (isNoise(e, tag)) continue;
            if (tag.equals("br")) { sb.append('\n'); continue; }
            boolean block = BLOCK_TAGS.contains(tag);
            if (block) sb.append('\n');
            cellText(e, sb);
            if (block) sb.append('\n');
        }
    }

    /** Appends text with runs of white space (including &nbsp; and tabs) as one space. */
    private static void appendCollapsed(StringBuilder sb, String s) {
        boolean space = sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u00a0' || c == '\u200b') {
                if (!space) { sb.append(' '); space = true; }
            } else {
                sb.append(c);
                space = false;
            }
        }
    }

    /** Strips ASCII and full-width spaces at both ends. */
    private static String strip(String s) {
        int a = 0, b = s.length();
        while (a < b && isSpace(s.charAt(a))) a++;
        while (b > a && isSpace(s.charAt(b - 1))) b--;
        return s.substring(a, b);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00a0' || c == '\u3000' || c == '\u200b' || c == '\ufeff';
    }
}
