package org.gongkai.render;

import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Report;
import org.gongkai.core.template.Template;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Writes a report in the official layout of the national template (headings 一 to 六, the three tables
 * with the template's merged cells and byte-exact labels) as HTML, Word, PDF or plain text.
 * <pre>{@code
 * byte[] pdf = ReportRenderer.strict().pdf(report);
 * String html = ReportRenderer.allowingErrors().withAccident(Accident.CMS_SHELL).html(report);
 * }</pre>
 * A strict renderer refuses a report whose numbers break R1–R4: a published report should not be
 * printed wrong. Blank cells print blank; nothing is filled in.
 */
public final class ReportRenderer {
    private final boolean allowErrors;
    private final Accident accident;

    private ReportRenderer(boolean allowErrors, Accident accident) {
        this.allowErrors = allowErrors;
        this.accident = accident;
    }

    /** Refuses reports that break R1–R4. */
    public static ReportRenderer strict() { return new ReportRenderer(false, Accident.NONE); }

    /** Renders whatever the report says. */
    public static ReportRenderer allowingErrors() { return new ReportRenderer(true, Accident.NONE); }

    /** The same renderer, reproducing a real-world layout accident where the format allows it. */
    public ReportRenderer withAccident(Accident a) { return new ReportRenderer(allowErrors, a); }

    public byte[] render(Report report, RenderFormat format) {
        return switch (format) {
            case HTML -> html(report).getBytes(StandardCharsets.UTF_8);
            case DOCX -> docx(report);
            case PDF -> pdf(report);
            case TEXT -> text(report).getBytes(StandardCharsets.UTF_8);
        };
    }

    public String html(Report report) {
        HtmlWriter.Flavour f = switch (accident) {
            case WORD_PASTED -> HtmlWriter.Flavour.WORD_PASTED;
            case CMS_SHELL -> HtmlWriter.Flavour.CMS_SHELL;
            default -> HtmlWriter.Flavour.STANDALONE;
        };
        return new HtmlWriter(f, textTransform(), false).write(layout(report));
    }

    public byte[] docx(Report report) {
        return DocxWriter.write(layout(report));
    }

    public byte[] pdf(Report report) {
        String xhtml = new HtmlWriter(HtmlWriter.Flavour.PDF, UnaryOperator.identity(),
                accident == Accident.TABLE_SPLIT_ACROSS_PAGES).write(layout(report));
        return PdfWriter.write(xhtml);
    }

    public String text(Report report) {
        TextWriter.Shape shape = switch (accident) {
            case TAB_ROWS_SPLIT_LABELS -> TextWriter.Shape.TAB_ROWS;
            case PIPE_TABLE -> TextWriter.Shape.PIPE;
            default -> TextWriter.Shape.CELL_PER_LINE;
        };
        return new TextWriter(shape, textTransform()).write(layout(report));
    }

    private UnaryOperator<String> textTransform() {
        return accident == Accident.TRADITIONAL_PINYIN ? s -> Traditional.convert(s, 3) : UnaryOperator.identity();
    }

    private OfficialDocument layout(Report report) {
        Template t = report.template().orElseThrow(() -> new IllegalArgumentException(
                "报告未指明模板（template 应为 \"2019\" 或 \"2021\"），无法按格式输出"));
        if (!allowErrors) {
            List<Finding> broken = ArithmeticCheck.check(report);
            if (!broken.isEmpty()) throw new BrokenReportException(ArithmeticCheck.brokenRules(report), broken);
        }
        return OfficialLayout.of(report, t, accident == Accident.MISSING_GROUP_LABEL);
    }
}
