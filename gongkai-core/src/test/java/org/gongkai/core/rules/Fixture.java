package org.gongkai.core.rules;

import org.gongkai.core.report.Cell;
import org.gongkai.core.report.CellValue;
import org.gongkai.core.report.Finding;
import org.gongkai.core.report.Provenance;
import org.gongkai.core.report.Report;
import org.gongkai.core.report.ReportStatus;
import org.gongkai.core.report.ValueToken;
import org.gongkai.core.template.CellSpec;
import org.gongkai.core.template.RowSpec;
import org.gongkai.core.template.Template;
import org.gongkai.core.template.TemplateCatalogue;

import java.util.ArrayList;
import java.util.List;

/**
 * A report written the way it prints, for rule tests: every cell of the template starts as a printed
 * 0, and rows are then set as printed, {@code row("requests.granted", "4 0 0 0 0 0 0")}, where
 * {@code _} is a cell printed blank. Cells get a source line, as a reader gives them, except those
 * {@link #unread(String) never read}.
 */
final class Fixture {
    private final Template template;
    private final Report.Builder builder;
    private int line = 1;

    private Fixture(String templateId, int year) {
        this.template = TemplateCatalogue.standard().require(templateId);
        this.builder = Report.builder().source("fixture-" + year + ".txt").templateId(templateId).year(year).agency("某市生态环境局");
        for (CellSpec c : template.cells()) builder.cell(printed(c.id(), "0"));
    }

    /** A 2019-template report for 2020, all cells printed 0. */
    static Fixture of2019() { return new Fixture(TemplateCatalogue.T2019, 2020); }

    /** A 2021-template report for 2021, all cells printed 0. */
    static Fixture of2021() { return new Fixture(TemplateCatalogue.T2021, 2021); }

    static Fixture of(String templateId, int year) { return new Fixture(templateId, year); }

    Fixture row(String rowId, String printed) {
        RowSpec r = template.row(rowId).orElseThrow(() -> new IllegalArgumentException("no row " + rowId));
        String[] tokens = printed.strip().split("\\s+");
        if (tokens.length != r.width()) throw new IllegalArgumentException(rowId + " has " + r.width() + " cells");
        for (int i = 0; i < tokens.length; i++) builder.cell(printed(r.cells().get(i).id(), tokens[i]));
        return this;
    }

    Fixture cell(String id, String printed) {
        if (!template.hasCell(id)) throw new IllegalArgumentException("no cell " + id);
        builder.cell(printed(id, printed));
        return this;
    }

    /** The row was not found by the reader: its cells are blank without a source. */
    Fixture unread(String rowId) {
        RowSpec r = template.row(rowId).orElseThrow();
        for (CellSpec c : r.cells()) builder.cell(Cell.missing(c.id()));
        return this;
    }

    /** A row of the other template, as the matcher keeps it (extra cells). */
    Fixture extraRow(String otherTemplateId, String rowId, String printed) {
        RowSpec r = TemplateCatalogue.standard().require(otherTemplateId).row(rowId).orElseThrow();
        String[] tokens = printed.strip().split("\\s+");
        for (int i = 0; i < tokens.length; i++) builder.extraCell(printed(r.cells().get(i).id(), tokens[i]));
        return this;
    }

    Fixture year(int y) { builder.year(y); return this; }

    Fixture agency(String a) { builder.agency(a); return this; }

    Fixture status(ReportStatus s) { builder.status(s); return this; }

    Fixture section(String name, String text) { builder.section(name, text); return this; }

    Fixture finding(Finding f) { builder.finding(f); return this; }

    /** Every cell of the template blank without a source: the tables were not in the text. */
    Fixture tablesMissing() {
        for (CellSpec c : template.cells()) builder.cell(Cell.missing(c.id()));
        builder.status(ReportStatus.TABLES_MISSING);
        return this;
    }

    Report build() { return builder.build(); }

    Report checked() { return RuleEngine.standard().check(build()); }

    List<Finding> findings(String rule) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : checked().findings()) if (f.rule().equals(rule)) out.add(f);
        return out;
    }

    private Cell printed(String id, String token) {
        String raw = token.equals("_") ? "" : token;
        ValueToken v = ValueToken.parse(raw);
        CellValue value = v.value();
        return new Cell(id, value, raw, v.unit(), Provenance.line(line++, raw));
    }
}
