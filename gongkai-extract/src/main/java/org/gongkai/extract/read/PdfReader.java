package org.gongkai.extract.read;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.gongkai.core.report.BoundingBox;
import org.gongkai.core.report.Provenance;
import org.gongkai.extract.UnreadableDocumentException;
import org.gongkai.extract.layout.Block;
import org.gongkai.extract.layout.Layout;
import org.gongkai.extract.layout.Paragraph;
import org.gongkai.extract.layout.Table;
import org.gongkai.extract.layout.TableCell;
import org.gongkai.extract.layout.TableRow;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads PDFs through PDFBox: glyphs with their positions, and the ruling lines of the page. Ruled
 * tables become cells from the rectangles the lines enclose (a rectangle over several grid rows or
 * columns is a merged cell); text outside them becomes lines, and runs of lines that print values in
 * columns far apart become borderless tables. A table that ends a page and one that starts the next
 * with the same outer edges are one table. Page numbers ({@code -3-}, {@code — 3 —}) and footers that
 * repeat on every page are dropped. Provenance is the page and the box (points, top-left origin).
 */
public final class PdfReader implements DocumentReader {
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "[\\s\\-—–－_~·•]*(第\\s*)?[0-9０-９]{1,4}(\\s*页)?(\\s*[/／]\\s*[0-9]+|\\s*共\\s*[0-9]+\\s*页)?[\\s\\-—–－_~·•]*");
    private static final Pattern VALUE = Pattern.compile("[+\\-]?[0-9０-９][0-9０-９,.]*(万元|元|%)?");

    @Override
    public Layout read(byte[] bytes, String source) {
        try (PDDocument doc = load(bytes)) {
            List<PageContent> pages = PageContent.of(doc);
            int glyphs = 0;
            for (PageContent p : pages) glyphs += p.glyphs.size();
            if (glyphs == 0 && (pages.isEmpty() || !endsLikePdf(bytes))) {
                // PDFBox repairs what it can of a cut-off file; with no text left, the cut is the cause
                throw new UnreadableDocumentException("PDF 文件已损坏或不完整（文件被截断，缺少结尾）",
                        "请重新下载完整的文件");
            }
            if (glyphs == 0) {
                throw new UnreadableDocumentException("PDF 没有文字层（扫描件或图片），暂不支持文字识别（OCR）",
                        "请向发布机关索取可复制文字的 PDF、Word 或网页版本");
            }
            List<PageBlock> blocks = new ArrayList<>();
            Map<String, Integer> footers = repeatedFooters(pages);
            for (PageContent p : pages) blocks.addAll(p.blocks(footers));
            return new Layout(source, Format.PDF.mediaType(), number(joinAcrossPages(blocks)));
        } catch (IOException e) {
            throw new UnreadableDocumentException("PDF 文件已损坏或不完整，无法解析（" + brief(e) + "）",
                    "请重新下载完整的文件，或向发布机关索取其他格式");
        }
    }

    /** A complete PDF ends with %%EOF (give or take trailing white space or junk). */
    private static boolean endsLikePdf(byte[] b) {
        int from = Math.max(0, b.length - 2048);
        for (int i = b.length - 5; i >= from; i--) {
            if (b[i] == '%' && b[i + 1] == '%' && b[i + 2] == 'E' && b[i + 3] == 'O' && b[i + 4] == 'F') return true;
        }
        return false;
    }

    private static PDDocument load(byte[] bytes) throws IOException {
        try {
            return Loader.loadPDF(bytes);
        } catch (InvalidPasswordException e) {
            throw new UnreadableDocumentException("PDF 已加密，需要密码才能打开",
                    "请向发布机关索取未加密的版本，或用密码打开后另存为不加密的 PDF");
        }
    }

    private static String brief(Exception e) {
        String m = e.getMessage();
        if (m == null) return e.getClass().getSimpleName();
        return m.length() > 80 ? m.substring(0, 80) + "…" : m;
    }

    // ------------------------------------------------------------------------------- blocks of a page

    /** A line of text or a table on one page, before tables are joined across pages and numbered. */
    sealed interface PageBlock permits TextLine, GridTable {}

    record TextLine(int page, int line, String text, BoundingBox box) implements PageBlock {}

    /** A table: rows of cells, each with its page, grid column (0-based) and rectangle. */
    record GridTable(int page, float left, float right, float top, List<List<GridCell>> rows) implements PageBlock {}

    record GridCell(String text, int colspan, int rowspan, int column, int page, BoundingBox box) {}

    /** One page: its glyphs and ruling lines. */
    static final class PageContent {
        final int page;
        final float width, height;
        final List<Glyph> glyphs;
        final List<Rulings.Segment> segments;

        PageContent(int page, float width, float height, List<Glyph> glyphs, List<Rulings.Segment> segments) {
            this.page = page;
            this.width = width;
            this.height = height;
            this.glyphs = glyphs;
            this.segments = segments;
        }

        static List<PageContent> of(PDDocument doc) throws IOException {
            GlyphCollector text = new GlyphCollector();
            text.setSortByPosition(true);
            text.getText(doc); // calls writeString with the glyphs, page by page
            List<PageContent> out = new ArrayList<>();
            int n = 0;
            for (PDPage page : doc.getPages()) {
                n++;
                PDRectangle box = page.getCropBox();
                List<Rulings.Segment> segs = Rulings.of(page, box);
                out.add(new PageContent(n, box.getWidth(), box.getHeight(), text.page(n), segs));
            }
            return out;
        }

        List<PageBlock> blocks(Map<String, Integer> footers) {
            List<GridTable> tables = RuledTables.find(page, segments, glyphs);
            List<Glyph> free = new ArrayList<>();
            outer:
            for (Glyph g : glyphs) {
                for (GridTable t : tables) if (RuledTables.contains(t, g)) continue outer;
                free.add(g);
            }
            List<TextLine> lines = new ArrayList<>();
            List<List<AlignedTables.Field>> fields = new ArrayList<>();
            int no = 0;
            for (List<Glyph> l : Glyph.lines(free)) {
                String text = Glyph.text(l);
                if (text.isBlank()) continue;
                BoundingBox b = Glyph.box(l);
                if (isFurniture(text, b, footers)) continue;
                lines.add(new TextLine(page, ++no, text, b));
                fields.add(AlignedTables.fields(l));
            }
            List<PageBlock> out = new ArrayList<>(AlignedTables.group(page, lines, fields));
            out.addAll(tables);
            out.sort((a, b) -> Float.compare(top(a), top(b)));
            return out;
        }

        private boolean isFurniture(String text, BoundingBox b, Map<String, Integer> footers) {
            boolean margin = b.y() > height * 0.86f || b.y() + b.height() < height * 0.08f;
            if (!margin) return false;
            return PAGE_NUMBER.matcher(text).matches() || footers.containsKey(footerKey(text));
        }
    }

    static float top(PageBlock b) {
        return b instanceof TextLine t ? t.box.y() : ((GridTable) b).top;
    }

    /** Lines in the bottom or top margin that repeat (digits aside) on at least half the pages: running heads and feet. */
    private static Map<String, Integer> repeatedFooters(List<PageContent> pages) {
        Map<String, Integer> count = new HashMap<>();
        if (pages.size() < 3) return Map.of();
        for (PageContent p : pages) {
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (List<Glyph> l : Glyph.lines(p.glyphs)) {
                BoundingBox b = Glyph.box(l);
                if (b.y() > p.height * 0.86f || b.y() + b.height() < p.height * 0.08f) {
                    String k = footerKey(Glyph.text(l));
                    if (!k.isEmpty() && seen.add(k)) count.merge(k, 1, Integer::sum);
                }
            }
        }
        count.values().removeIf(c -> c * 2 < pages.size());
        return count;
    }

    private static String footerKey(String text) {
        return text.replaceAll("[0-9０-９\\s]", "");
    }

    /** A table that ends one page and starts the next, with the same outer edges, goes on. */
    private static List<PageBlock> joinAcrossPages(List<PageBlock> blocks) {
        List<PageBlock> out = new ArrayList<>();
        for (PageBlock b : blocks) {
            if (b instanceof GridTable t && !out.isEmpty() && out.get(out.size() - 1) instanceof GridTable prev
                    && t.page == lastPage(prev) + 1 && firstOnPage(blocks, t) && Math.abs(prev.left - t.left) < 4
                    && Math.abs(prev.right - t.right) < 4) {
                List<List<GridCell>> rows = new ArrayList<>(prev.rows);
                rows.addAll(continueCells(rows, t.rows));
                out.set(out.size() - 1, new GridTable(prev.page, prev.left, prev.right, prev.top, rows));
                continue;
            }
            out.add(b);
        }
        return out;
    }

    /**
     * A merged cell cut by the page break shows as a cell that reaches the bottom of one page and
     * another at the same column on top of the next: they are one cell, its label rejoined.
     */
    private static List<List<GridCell>> continueCells(List<List<GridCell>> before, List<List<GridCell>> after) {
        List<List<GridCell>> out = new ArrayList<>(after);
        List<GridCell> first = new ArrayList<>(after.get(0));
        for (int r = 0; r < before.size(); r++) {
            List<GridCell> row = before.get(r);
            for (int c = 0; c < row.size(); c++) {
                GridCell up = row.get(c);
                if (r + up.rowspan() != before.size()) continue;
                for (int k = 0; k < first.size(); k++) {
                    GridCell down = first.get(k);
                    if (down.column() != up.column() || down.colspan() != up.colspan() || !continues(up.text(), down.text())) continue;
                    String text = up.text().isEmpty() ? down.text() : down.text().isEmpty() ? up.text() : up.text() + down.text();
                    List<GridCell> changed = new ArrayList<>(row);
                    changed.set(c, new GridCell(text, up.colspan(), up.rowspan() + down.rowspan(), up.column(), up.page(), up.box()));
                    before.set(r, changed);
                    first.remove(k);
                    break;
                }
            }
        }
        out.set(0, first);
        return out;
    }

    /** A label cut by the page break: its second part is empty or does not start a new numbered label. */
    private static boolean continues(String up, String down) {
        if (up.isEmpty() || isValue(up) || isValue(down)) return false;
        return down.isEmpty() || !LABEL_START.matcher(down).lookingAt();
    }

    private static final Pattern LABEL_START = Pattern.compile("[（(]?[一二三四五六七八九十0-9０-９]+[）)、.．]");

    private static int lastPage(GridTable t) {
        List<GridCell> last = t.rows.get(t.rows.size() - 1);
        return last.isEmpty() ? t.page : last.get(0).page;
    }

    private static boolean firstOnPage(List<PageBlock> blocks, GridTable t) {
        for (PageBlock b : blocks) {
            int page = b instanceof TextLine l ? l.page : ((GridTable) b).page;
            if (page == t.page) return b == t;
        }
        return false;
    }

    /** Numbers tables and rows in document order and turns them into layout blocks. */
    private static List<Block> number(List<PageBlock> blocks) {
        List<Block> out = new ArrayList<>();
        int tableNo = 0;
        for (PageBlock b : blocks) {
            if (b instanceof TextLine l) {
                out.add(new Paragraph(l.text, new Provenance(l.page, l.line, null, null, null, l.box, l.text)));
                continue;
            }
            GridTable t = (GridTable) b;
            tableNo++;
            List<TableRow> rows = new ArrayList<>();
            for (List<GridCell> r : t.rows) {
                List<TableCell> cells = new ArrayList<>(r.size());
                for (GridCell c : r) {
                    cells.add(new TableCell(c.text, c.colspan, c.rowspan,
                            new Provenance(c.page, null, tableNo, rows.size() + 1, c.column + 1, c.box, c.text)));
                }
                rows.add(new TableRow(cells));
            }
            out.add(new Table(rows, new Provenance(t.page, null, tableNo, null, null,
                    new BoundingBox(t.left, t.top, t.right - t.left, 0), null)));
        }
        return out;
    }

    static boolean isValue(String s) {
        return VALUE.matcher(s.strip()).matches();
    }

    // ------------------------------------------------------------------------------------------ glyphs

    /** Collects the glyphs PDFTextStripper has de-duplicated (fake bold prints each twice) and sorted. */
    private static final class GlyphCollector extends PDFTextStripper {
        private final Map<Integer, List<Glyph>> pages = new HashMap<>();

        GlyphCollector() throws IOException {
            super();
        }

        @Override
        public String getText(PDDocument doc) throws IOException {
            StringWriter sink = new StringWriter();
            writeText(doc, sink);
            return "";
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            List<Glyph> page = pages.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>());
            for (TextPosition p : positions) {
                String u = p.getUnicode();
                if (u == null || u.isBlank() || u.chars().allMatch(c -> Character.isSpaceChar(c) || c == '\u200b')) continue;
                float h = Math.max(p.getHeightDir(), p.getFontSizeInPt() * 0.7f);
                if (h <= 0) h = 8;
                // the advance of a glyph printed with wide character spacing (vertical labels) covers the
                // whole gap to the next one: the glyph itself is at most about one em wide
                float fs = p.getFontSizeInPt() > 0 ? p.getFontSizeInPt() : h / 0.7f;
                float w = Math.min(Math.max(p.getWidthDirAdj(), 0.1f), fs * 1.1f * Math.max(1, u.length()));
                page.add(new Glyph(u, p.getXDirAdj(), p.getYDirAdj() - h, w, h));
            }
        }

        List<Glyph> page(int n) { return pages.getOrDefault(n, List.of()); }
    }
}
