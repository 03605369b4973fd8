package org.gongkai.extract.read;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.gongkai.core.report.Provenance;
import org.gongkai.extract.UnreadableDocumentException;
import org.gongkai.extract.layout.Block;
import org.gongkai.extract.layout.Layout;
import org.gongkai.extract.layout.Paragraph;
import org.gongkai.extract.layout.Table;
import org.gongkai.extract.layout.TableCell;
import org.gongkai.extract.layout.TableRow;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Reads Word 97–2003 documents. Walks the paragraphs and asks each whether it starts a table
 * ({@code range.getTable(paragraph)}): the table iterator misses the tables LibreOffice writes.
 * Merged cells: vertical merges become rowspans; horizontal ones, which LibreOffice writes as wider
 * cells, become colspans over the grid of all the rows' cell edges.
 */
public final class DocReader implements DocumentReader {

    @Override
    public Layout read(byte[] bytes, String source) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            if (fs.getRoot().hasEntry("EncryptedPackage")) {
                throw new UnreadableDocumentException("Word 文档已加密，需要密码才能打开",
                        "请向发布机关索取未加密的版本，或用密码打开后另存为不加密的文档");
            }
            if (!fs.getRoot().hasEntry("WordDocument")) {
                throw new UnreadableDocumentException("Office 文件但不是 Word 文档（可能是 Excel 或 PowerPoint）",
                        "请提供 HTML、PDF、Word（DOC/DOCX）或纯文本格式的年度报告");
            }
            try (HWPFDocument doc = new HWPFDocument(fs)) {
                return new Layout(source, Format.DOC.mediaType(), blocks(doc.getRange()));
            }
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException("Word 文档已加密，需要密码才能打开",
                    "请向发布机关索取未加密的版本，或用密码打开后另存为不加密的文档");
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new UnreadableDocumentException("Word 文档（DOC）已损坏或不完整，无法解析",
                    "请重新下载完整的文件，或用 Word/WPS 打开后另存为 DOCX");
        }
    }

    private static List<Block> blocks(Range range) {
        List<Block> out = new ArrayList<>();
        int tables = 0;
        int n = range.numParagraphs();
        for (int i = 0; i < n; i++) {
            org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
            if (p.isInTable()) {
                org.apache.poi.hwpf.usermodel.Table t = range.getTable(p);
                tables++;
                out.add(table(t, tables));
                i += Math.max(t.numParagraphs(), 1) - 1;
                continue;
            }
            String s = clean(p.text());
            if (!s.isEmpty()) out.add(new Paragraph(s, new Provenance(null, null, null, null, null, null, s)));
        }
        return out;
    }

    private static Table table(org.apache.poi.hwpf.usermodel.Table t, int tableNo) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (int r = 0; r < t.numRows(); r++) {
            var row = t.getRow(r);
            for (int c = 0; c < row.numCells(); c++) {
                var cell = row.getCell(c);
                edges.add(cell.getLeftEdge());
                edges.add(cell.getLeftEdge() + cell.getWidth());
            }
        }
        List<Integer> grid = snap(edges);
        List<List<int[]>> spans = new ArrayList<>(); // per row: {column, colspan, rowspan}
        List<List<String>> texts = new ArrayList<>();
        for (int r = 0; r < t.numRows(); r++) {
            var row = t.getRow(r);
            List<int[]> rs = new ArrayList<>();
            List<String> ts = new ArrayList<>();
            for (int c = 0; c < row.numCells(); c++) {
                var cell = row.getCell(c);
                if (cell.isMerged() && !cell.isFirstMerged()) continue;
                int col = column(grid, cell.getLeftEdge());
                int end = column(grid, cell.getLeftEdge() + cell.getWidth());
                int colspan = Math.max(1, end - col);
                if (cell.isVerticallyMerged() && !cell.isFirstVerticallyMerged()) {
                    int[] above = null;
                    for (int k = spans.size() - 1; k >= 0 && above == null; k--) {
                        for (int[] s : spans.get(k)) if (s[0] == col && k + s[2] > spans.size() - 1) above = s;
                    }
                    if (above != null) { above[2]++; continue; }
                }
                rs.add(new int[]{col, colspan, 1});
                StringBuilder sb = new StringBuilder();
                for (int q = 0; q < cell.numParagraphs(); q++) {
                    String s = clean(cell.getParagraph(q).text());
                    if (s.isEmpty()) continue;
                    if (sb.length() > 0) sb.append('\n');
                    sb.append(s);
                }
                ts.add(sb.toString());
            }
            spans.add(rs);
            texts.add(ts);
        }
        List<TableRow> rows = new ArrayList<>();
        for (int r = 0; r < spans.size(); r++) {
            List<TableCell> cells = new ArrayList<>();
            for (int c = 0; c < spans.get(r).size(); c++) {
                int[] s = spans.get(r).get(c);
                String text = texts.get(r).get(c);
                cells.add(new TableCell(text, s[1], s[2], new Provenance(null, null, tableNo, r + 1, s[0] + 1, null, text)));
            }
            rows.add(new TableRow(cells));
        }
        return new Table(rows, new Provenance(null, null, tableNo, null, null, null, null));
    }

    /** Cell edges a few twips apart are the same edge. */
    private static List<Integer> snap(TreeSet<Integer> edges) {
        List<Integer> out = new ArrayList<>();
        for (int e : edges) if (out.isEmpty() || e - out.get(out.size() - 1) > 20) out.add(e);
        return out;
    }

    private static int column(List<Integer> grid, int edge) {
        int best = 0;
        for (int i = 0; i < grid.size(); i++) if (Math.abs(grid.get(i) - edge) < Math.abs(grid.get(best) - edge)) best = i;
        return best;
    }

    /** Paragraph text without Word's cell and paragraph marks, field codes and control characters. */
    static String clean(String s) {
        String t = Range.stripFields(s);
        StringBuilder sb = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\u000b') sb.append('\n');
            else if (c < 0x20 && c != '\t' && c != '\n') continue;
            else if (c == '\u00a0') sb.append(' ');
            else sb.append(c);
        }
        return sb.toString().strip();
    }
}
