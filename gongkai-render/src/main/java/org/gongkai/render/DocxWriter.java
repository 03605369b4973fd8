package org.gongkai.render;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.gongkai.render.Grid.Role;
import org.gongkai.render.Grid.Slot;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * Writes the official layout as a Word document with real merged cells: {@code gridSpan} for
 * horizontal merges and {@code vMerge} restart/continue for vertical ones, so Word, WPS and LibreOffice
 * show the template's table and a reader sees one cell where the template has one.
 */
final class DocxWriter {
    /** A4 portrait, 2.5 cm / 2.8 cm margins, in twentieths of a point. */
    private static final int PAGE_W = 11906, PAGE_H = 16838, MARGIN_LR = 1588, MARGIN_TB = 1440;
    private static final int TEXT_W = PAGE_W - 2 * MARGIN_LR;
    private static final String BODY_FONT = "仿宋_GB2312";
    private static final String HEADING_FONT = "黑体";
    private static final String TITLE_FONT = "方正小标宋简体";
    private static final String TABLE_FONT = "宋体";

    private DocxWriter() {}

    static byte[] write(OfficialDocument doc) {
        try (XWPFDocument d = new XWPFDocument(); ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024)) {
            page(d);
            XWPFParagraph title = d.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(240);
            run(title, doc.title(), TITLE_FONT, 22, false);
            for (OfficialDocument.Part p : doc.parts()) {
                if (p instanceof OfficialDocument.Heading h) {
                    XWPFParagraph para = d.createParagraph();
                    para.setIndentationFirstLine(640);
                    para.setSpacingBefore(120);
                    run(para, h.text(), HEADING_FONT, 16, false);
                } else if (p instanceof OfficialDocument.Paragraph t) {
                    XWPFParagraph para = d.createParagraph();
                    para.setIndentationFirstLine(640);
                    run(para, t.text(), BODY_FONT, 16, false);
                } else if (p instanceof OfficialDocument.TablePart t) {
                    table(d, t.grid());
                }
            }
            d.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void page(XWPFDocument d) {
        CTSectPr sect = d.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_W));
        size.setH(BigInteger.valueOf(PAGE_H));
        CTPageMar mar = sect.addNewPgMar();
        mar.setLeft(BigInteger.valueOf(MARGIN_LR));
        mar.setRight(BigInteger.valueOf(MARGIN_LR));
        mar.setTop(BigInteger.valueOf(MARGIN_TB));
        mar.setBottom(BigInteger.valueOf(MARGIN_TB));
    }

    private static void run(XWPFParagraph p, String text, String font, int halfPointsDiv2, boolean bold) {
        String[] lines = text.split("\n", -1);
        XWPFRun r = p.createRun();
        r.setFontFamily(font);
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontSize(halfPointsDiv2);
        r.setBold(bold);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) r.addBreak();
            r.setText(lines[i]);
        }
    }

    private static void table(XWPFDocument d, Grid grid) {
        XWPFTable t = d.createTable();
        t.removeRow(0);
        CTTblPr pr = t.getCTTbl().getTblPr();
        CTTblWidth w = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        w.setType(STTblWidth.DXA);
        w.setW(BigInteger.valueOf(TEXT_W));
        (pr.isSetTblLayout() ? pr.getTblLayout() : pr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        borders(pr);
        // Word's default cell margins are zero top and bottom, which crowds the 9 pt table text
        var mar = pr.isSetTblCellMar() ? pr.getTblCellMar() : pr.addNewTblCellMar();
        for (CTTblWidth m : new CTTblWidth[]{mar.addNewLeft(), mar.addNewRight()}) {
            m.setType(STTblWidth.DXA);
            m.setW(BigInteger.valueOf(57));
        }
        for (CTTblWidth m : new CTTblWidth[]{mar.addNewTop(), mar.addNewBottom()}) {
            m.setType(STTblWidth.DXA);
            m.setW(BigInteger.valueOf(28));
        }
        int[] cols = new int[grid.columns()];
        CTTblGrid tg = t.getCTTbl().getTblGrid() != null ? t.getCTTbl().getTblGrid() : t.getCTTbl().addNewTblGrid();
        while (tg.sizeOfGridColArray() > 0) tg.removeGridCol(0);
        for (int c = 0; c < cols.length; c++) {
            cols[c] = (int) Math.round(TEXT_W * grid.widths()[c] / 100);
            tg.addNewGridCol().setW(BigInteger.valueOf(cols[c]));
        }
        List<List<Slot>> rows = grid.slots();
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = t.insertNewTableRow(r);
            for (Slot s : rows.get(r)) {
                XWPFTableCell cell = row.createCell();
                CTTcPr tc = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
                int span = s.cell().colspan();
                int width = 0;
                for (int c = s.column(); c < s.column() + span; c++) width += cols[c];
                CTTblWidth cw = tc.addNewTcW();
                cw.setType(STTblWidth.DXA);
                cw.setW(BigInteger.valueOf(width));
                if (span > 1) tc.addNewGridSpan().setVal(BigInteger.valueOf(span));
                if (s.cell().rowspan() > 1) {
                    if (s.origin()) tc.addNewVMerge().setVal(STMerge.RESTART);
                    else tc.addNewVMerge();
                }
                tc.addNewVAlign().setVal(STVerticalJc.CENTER);
                if (s.cell().role() == Role.CAPTION) {
                    CTShd shd = tc.addNewShd();
                    shd.setVal(STShd.CLEAR);
                    shd.setFill("D9D9D9");
                }
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setAlignment(s.cell().role() == Role.LABEL || s.cell().role() == Role.NOTE
                        ? ParagraphAlignment.LEFT : ParagraphAlignment.CENTER);
                if (s.origin() && !s.cell().text().isEmpty()) {
                    run(p, s.cell().text(), TABLE_FONT, s.cell().role() == Role.NOTE ? 8 : 9, s.cell().role() == Role.CAPTION);
                }
            }
        }
        // an empty paragraph keeps consecutive tables apart and ends the section cleanly
        d.createParagraph();
    }

    private static void borders(CTTblPr pr) {
        CTTblBorders b = pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders();
        for (CTBorder line : new CTBorder[]{
                b.isSetTop() ? b.getTop() : b.addNewTop(), b.isSetBottom() ? b.getBottom() : b.addNewBottom(),
                b.isSetLeft() ? b.getLeft() : b.addNewLeft(), b.isSetRight() ? b.getRight() : b.addNewRight(),
                b.isSetInsideH() ? b.getInsideH() : b.addNewInsideH(), b.isSetInsideV() ? b.getInsideV() : b.addNewInsideV()}) {
            line.setVal(STBorder.SINGLE);
            line.setSz(BigInteger.valueOf(4));
            line.setSpace(BigInteger.ZERO);
            line.setColor("000000");
        }
    }
}
