package org.gongkai.extract.read;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.core.report.Provenance;
import org.gongkai.extract.UnreadableDocumentException;
import org.gongkai.extract.layout.Block;
import org.gongkai.extract.layout.Layout;
import org.gongkai.extract.layout.Paragraph;
import org.gongkai.extract.layout.Table;
import org.gongkai.extract.layout.TableCell;
import org.gongkai.extract.layout.TableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads Word 2007+ documents: paragraphs and tables in body order. Horizontally merged cells
 * (gridSpan) keep their colspan; vertically merged ones (vMerge restart … continue) become one cell
 * with a rowspan. Tables used for page layout (holding other tables, or one column) are walked
 * through, so their paragraphs and data tables come out as such.
 */
public final class DocxReader implements DocumentReader {
    /** A report's document.xml is a few MB at most; anything that inflates beyond this is refused. */
    static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;
    static final long MAX_TOTAL_BYTES = 256L * 1024 * 1024;

    @Override
    public Layout read(byte[] bytes, String source) {
        checkInflatedSizes(bytes);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            Walker w = new Walker();
            w.body(doc.getBodyElements());
            return new Layout(source, Format.DOCX.mediaType(), w.blocks);
        } catch (UnreadableDocumentException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // POI reports a damaged package as POIXMLException, NotOfficeXmlFileException or plain runtime errors
            throw damaged(e);
        }
    }

    private static UnreadableDocumentException damaged(Exception e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("Zip bomb") || m.contains("exceeds the max")) return bomb();
        return new UnreadableDocumentException("Word 文档（DOCX）已损坏或不完整，无法解析",
                "请重新下载完整的文件，或用 Word/WPS 打开后重新保存");
    }

    private static UnreadableDocumentException bomb() {
        return new UnreadableDocumentException("DOCX 解压后过大（疑似压缩炸弹），已拒绝读取",
                "请确认文件来源；正常的年度报告解压后不超过几十 MB");
    }

    /**
     * Inflates every entry once, counting bytes and stopping at the limits, before POI sees the file:
     * a zip bomb costs at most the limit in time and nothing in memory.
     */
    static void checkInflatedSizes(byte[] bytes) {
        long total = 0;
        byte[] buf = new byte[64 * 1024];
        boolean any = false;
        try (ZipInputStream zin = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            ZipEntry e;
            while ((e = zin.getNextEntry()) != null) {
                any = true;
                long entry = 0;
                int n;
                while ((n = zin.read(buf)) > 0) {
                    entry += n;
                    total += n;
                    if (entry > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) throw bomb();
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UnreadableDocumentException("Word 文档（DOCX）已损坏或不完整（压缩数据有误）",
                    "请重新下载完整的文件，或用 Word/WPS 打开后重新保存");
        }
        if (!any) throw new UnreadableDocumentException("Word 文档（DOCX）已损坏或不完整（没有内容）",
                "请重新下载完整的文件，或用 Word/WPS 打开后重新保存");
    }

    private static final class Walker {
        final List<Block> blocks = new ArrayList<>();
        private int tables;

        void body(List<IBodyElement> elements) {
            for (IBodyElement e : elements) {
                if (e instanceof XWPFParagraph p) paragraph(p.getText());
                else if (e instanceof XWPFTable t) table(t);
                else if (e instanceof XWPFSDT sdt) paragraph(sdt.getContent().getText());
            }
        }

        private void paragraph(String text) {
            for (String line : text.split("\n")) {
                String s = line.strip();
                if (!s.isEmpty()) blocks.add(new Paragraph(s, new Provenance(null, null, null, null, null, null, s)));
            }
        }

        private void table(XWPFTable t) {
            if (isLayoutTable(t)) {
                for (XWPFTableRow r : t.getRows()) for (XWPFTableCell c : r.getTableCells()) body(c.getBodyElements());
                return;
            }
            tables++;
            List<List<Building>> rows = new ArrayList<>();
            List<Building> open = new ArrayList<>(); // vertical merges still open, by grid column
            for (XWPFTableRow r : t.getRows()) {
                List<Building> row = new ArrayList<>();
                int col = gridBefore(r);
                for (XWPFTableCell c : r.getTableCells()) {
                    int span = gridSpan(c);
                    STMerge.Enum merge = vMerge(c);
                    if (merge != null && merge != STMerge.RESTART) {
                        Building above = null;
                        for (Building b : open) if (b.column == col) above = b;
                        if (above != null) { above.rowspan++; col += span; continue; }
                    }
                    Building b = new Building(cellText(c), span, col, rows.size() + 1);
                    final int start = col;
                    open.removeIf(o -> o.column == start);
                    if (merge == STMerge.RESTART) open.add(b);
                    row.add(b);
                    col += span;
                }
                rows.add(row);
            }
            List<TableRow> out = new ArrayList<>();
            for (List<Building> r : rows) {
                List<TableCell> cells = new ArrayList<>();
                for (Building b : r) {
                    cells.add(new TableCell(b.text, b.colspan, b.rowspan,
                            new Provenance(null, null, tables, b.row, b.column + 1, null, b.text)));
                }
                out.add(new TableRow(cells));
            }
            blocks.add(new Table(out, new Provenance(null, null, tables, null, null, null, null)));
        }
    }

    private static final class Building {
        final String text;
        final int colspan, column, row;
        int rowspan = 1;

        Building(String text, int colspan, int column, int row) {
            this.text = text;
            this.colspan = colspan;
            this.column = column;
            this.row = row;
        }
    }

    private static boolean isLayoutTable(XWPFTable t) {
        for (XWPFTableRow r : t.getRows()) {
            for (XWPFTableCell c : r.getTableCells()) if (!c.getTables().isEmpty()) return true;
        }
        for (XWPFTableRow r : t.getRows()) if (r.getTableCells().size() >= 2) return false;
        return true;
    }

    /** Paragraphs of a cell as lines; a nested table's cells one per line. */
    private static String cellText(XWPFTableCell c) {
        StringBuilder sb = new StringBuilder();
        for (IBodyElement e : c.getBodyElements()) {
            if (e instanceof XWPFParagraph p) append(sb, p.getText());
            else if (e instanceof XWPFTable t) {
                for (XWPFTableRow r : t.getRows()) for (XWPFTableCell n : r.getTableCells()) append(sb, cellText(n));
            }
        }
        return sb.toString();
    }

    private static void append(StringBuilder sb, String text) {
        for (String line : text.split("\n")) {
            String s = line.strip().replace('\u00a0', ' ').strip();
            if (s.isEmpty()) continue;
            if (sb.length() > 0) sb.append('\n');
            sb.append(s);
        }
    }

    private static int gridSpan(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        if (pr == null || pr.getGridSpan() == null || pr.getGridSpan().getVal() == null) return 1;
        return Math.max(1, Math.min(pr.getGridSpan().getVal().intValue(), 1000));
    }

    private static STMerge.Enum vMerge(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        if (pr == null || !pr.isSetVMerge()) return null;
        CTVMerge m = pr.getVMerge();
        return m.isSetVal() ? m.getVal() : STMerge.CONTINUE;
    }

    private static int gridBefore(XWPFTableRow r) {
        CTTrPr pr = r.getCtRow().getTrPr();
        if (pr == null || pr.sizeOfGridBeforeArray() == 0 || pr.getGridBeforeArray(0).getVal() == null) return 0;
        return pr.getGridBeforeArray(0).getVal().intValue();
    }
}
