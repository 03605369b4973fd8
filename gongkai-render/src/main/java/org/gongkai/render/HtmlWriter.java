package org.gongkai.render;

import org.gongkai.core.template.TableId;
import org.gongkai.render.Grid.GridCell;
import org.gongkai.render.Grid.Role;

import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Writes the official layout as XHTML (well-formed, because openhtmltopdf parses it as XML), in the
 * clean form or in the shapes web publishing gives it: pasted from Word, or wrapped in a CMS page.
 */
final class HtmlWriter {
    enum Flavour { STANDALONE, PDF, WORD_PASTED, CMS_SHELL }

    static final String PDF_FONT = "WenQuanYi Micro Hei";

    private final Flavour flavour;
    private final UnaryOperator<String> text;
    private final boolean splitRequests;
    private final StringBuilder out = new StringBuilder(32 * 1024);

    HtmlWriter(Flavour flavour, UnaryOperator<String> text, boolean splitRequests) {
        this.flavour = flavour;
        this.text = text;
        this.splitRequests = splitRequests;
    }

    String write(OfficialDocument doc) {
        out.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n<head>\n")
                .append("<meta charset=\"UTF-8\" />\n<title>").append(esc(doc.title())).append("</title>\n")
                .append("<style>\n").append(css()).append("</style>\n</head>\n<body>\n");
        if (flavour == Flavour.CMS_SHELL) cmsHeader(doc.title());
        if (flavour == Flavour.WORD_PASTED) out.append("<div class=\"WordSection1\">\n");
        title(doc.title());
        for (OfficialDocument.Part p : doc.parts()) {
            if (p instanceof OfficialDocument.Heading h) heading(h.text());
            else if (p instanceof OfficialDocument.Paragraph para) paragraph(para.text());
            else if (p instanceof OfficialDocument.TablePart t) table(t.table(), t.grid());
        }
        if (flavour == Flavour.WORD_PASTED) out.append("</div>\n");
        if (flavour == Flavour.CMS_SHELL) cmsFooter();
        out.append("</body>\n</html>\n");
        return out.toString();
    }

    private String css() {
        String font = flavour == Flavour.PDF ? "'" + PDF_FONT + "'"
                : "'仿宋_GB2312', FangSong, 'WenQuanYi Micro Hei', 'Noto Sans CJK SC', sans-serif";
        String page = flavour == Flavour.PDF ? "@page { size: A4; margin: 2.2cm 2cm 2cm 2cm; }\n" : "";
        return page
                + "body { font-family: " + font + "; font-size: 12pt; line-height: 1.6; }\n"
                + "h1 { font-size: 18pt; text-align: center; font-weight: bold; margin: 0 0 1em 0; }\n"
                + "h2 { font-size: 14pt; font-weight: bold; margin: 0.8em 0 0.4em 0; }\n"
                + "p { text-indent: 2em; margin: 0 0 0.3em 0; }\n"
                + "table { border-collapse: collapse; width: 100%; table-layout: fixed; margin: 0.3em 0 0.6em 0; }\n"
                + "td { border: 0.75pt solid #000; padding: 2pt 3pt; font-size: 9pt; line-height: 1.3; "
                + "text-align: center; vertical-align: middle; word-wrap: break-word; }\n"
                + "td.label { text-align: left; }\n"
                + "td.caption { background-color: #d9d9d9; font-weight: bold; }\n"
                + "td.note { font-size: 8pt; text-align: left; }\n"
                + "tr { page-break-inside: avoid; }\n";
    }

    private void title(String t) {
        if (flavour == Flavour.WORD_PASTED) {
            out.append("<p class=\"MsoNormal\" align=\"center\" style=\"text-align:center\"><b><span style=\"font-size:18.0pt;"
                    + "font-family:方正小标宋简体\">").append(esc(t)).append("<span lang=\"EN-US\"><o:p></o:p></span></span></b></p>\n");
        } else {
            out.append("<h1>").append(esc(t)).append("</h1>\n");
        }
    }

    private void heading(String h) {
        if (flavour == Flavour.WORD_PASTED) {
            out.append("<p class=\"MsoNormal\" style=\"text-indent:32.0pt\"><span style=\"font-size:16.0pt;font-family:黑体\">")
                    .append(esc(h)).append("</span><span lang=\"EN-US\" style=\"font-size:16.0pt\"><o:p></o:p></span></p>\n");
        } else {
            out.append("<h2>").append(esc(h)).append("</h2>\n");
        }
    }

    private void paragraph(String p) {
        if (flavour == Flavour.WORD_PASTED) {
            out.append("<p class=\"MsoNormal\" style=\"text-indent:32.0pt;line-height:28.0pt\"><span style=\"font-size:16.0pt;"
                    + "font-family:仿宋_GB2312\">").append(esc(p)).append("</span><span lang=\"EN-US\"><o:p></o:p></span></p>\n");
        } else {
            out.append("<p>").append(esc(p)).append("</p>\n");
        }
    }

    private void table(TableId id, Grid grid) {
        boolean word = flavour == Flavour.WORD_PASTED;
        if (word) {
            out.append("<table class=\"MsoNormalTable\" border=\"1\" cellspacing=\"0\" cellpadding=\"0\" width=\"100%\" "
                    + "style=\"width:100.0%;border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt\">\n");
        } else {
            out.append("<table class=\"").append(id.name().toLowerCase(Locale.ROOT)).append("\">\n");
        }
        out.append("<colgroup>");
        for (double w : grid.widths()) out.append("<col style=\"width:").append(String.format(Locale.ROOT, "%.2f", w)).append("%\" />");
        out.append("</colgroup>\n<tbody>\n");
        List<List<GridCell>> rows = grid.rows();
        // T3 breaks to a new page after 二 (grid row 5 opens the merged 「三、本年度办理结果」 column): the
        // header and rows 一、二 end one page, the outcomes continue on the next. A break inside the merged
        // column would be realistic too, but openhtmltopdf lays a forced break inside a rowspan out badly.
        int breakBefore = splitRequests && id == TableId.T3 ? 5 : -1;
        for (int r = 0; r < rows.size(); r++) {
            out.append(r == breakBefore ? "<tr style=\"page-break-before: always\">" : "<tr>");
            for (GridCell c : rows.get(r)) cell(c, word);
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private void cell(GridCell c, boolean word) {
        out.append("<td");
        if (c.colspan() > 1) out.append(" colspan=\"").append(c.colspan()).append('"');
        if (c.rowspan() > 1) out.append(" rowspan=\"").append(c.rowspan()).append('"');
        String cls = switch (c.role()) {
            case CAPTION -> "caption";
            case NOTE -> "note";
            case LABEL -> "label";
            default -> null;
        };
        if (word) {
            out.append(" valign=\"middle\" style=\"border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;"
                    + "padding:0cm 5.4pt 0cm 5.4pt").append(c.role() == Role.CAPTION ? ";background:#D9D9D9" : "").append("\">")
                    .append("<p class=\"MsoNormal\" align=\"center\" style=\"text-align:center\"><span style=\"font-size:10.0pt;"
                            + "font-family:宋体\">");
            out.append(c.text().isEmpty() ? "&#160;" : esc(c.text()));
            out.append("<span lang=\"EN-US\"><o:p></o:p></span></span></p></td>");
            return;
        }
        if (cls != null) out.append(" class=\"").append(cls).append('"');
        out.append('>').append(esc(c.text())).append("</td>");
    }

    private void cmsHeader(String title) {
        out.append("<div class=\"header\"><div class=\"logo\">某某市人民政府门户网站</div>\n")
                .append("<ul class=\"nav\"><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li>")
                .append("<li><a href=\"/hdjl/\">互动交流</a></li><li><a href=\"/bsfw/\">办事服务</a></li></ul></div>\n")
                .append("<div class=\"crumb\">当前位置：<a href=\"/\">首页</a> &gt; <a href=\"/zwgk/\">政务公开</a> &gt; ")
                .append("<a href=\"/zwgk/gknb/\">政府信息公开年报</a></div>\n")
                .append("<div class=\"article\">\n<div class=\"info\"><span>发布时间：2022-01-28 09:30</span> ")
                .append("<span>来源：本网</span> <span>浏览次数：<em>1024</em></span> <span>字号：[ 大 中 小 ]</span></div>\n")
                .append("<div class=\"TRS_Editor\">\n");
    }

    private void cmsFooter() {
        out.append("</div>\n<div class=\"share\">【打印本页】【关闭窗口】</div>\n</div>\n")
                .append("<div class=\"footer\"><p>主办单位：某某市人民政府办公室</p><p>网站标识码：1234000001 ICP备案号：某ICP备05000001号</p></div>\n");
    }

    private String esc(String s) {
        String t = text.apply(s);
        StringBuilder sb = new StringBuilder(t.length() + 8);
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\n' -> sb.append("<br />");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
