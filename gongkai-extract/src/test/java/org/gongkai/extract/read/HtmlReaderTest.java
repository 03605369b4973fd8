package org.gongkai.extract.read;

import org.gongkai.extract.layout.Layout;
import org.gongkai.extract.layout.Paragraph;
import org.gongkai.extract.layout.Table;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReaderTest {
    private static final String PAGE = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
            <style>p{color:red}</style><script>var nav = "一、总体情况";</script></head>
            <body><div class="top-nav"><a href="/">首页</a> 政务公开</div>
            <table width="100%"><tr><td>
              <p>某某局2021年政府信息公开工作年度报告</p>
              <p>一、总体情况<br>本年度主动公开信息100条。</p>
              <table border="1"><tr><td>行政<span>许</span><font>可</font></td><td colspan="3">&nbsp;5&nbsp;</td></tr>
                <tr><td>行政处罚</td><td colspan="3"><p>7</p></td></tr></table>
            </td></tr></table>
            <div class="footer">主办单位：某某局</div></body></html>
            """;

    @Test
    void gbkPageWithLayoutTableNavigationAndFooter() {
        byte[] gbk = PAGE.getBytes(Charset.forName("GBK"));
        Layout l = new HtmlReader().read(gbk, "page.html");
        assertThat(l.paragraphs()).extracting(Paragraph::text)
                .containsExactly("某某局2021年政府信息公开工作年度报告", "一、总体情况", "本年度主动公开信息100条。");
        assertThat(l.tables()).hasSize(1);
        Table t = l.tables().get(0);
        assertThat(t.rows().get(0).cells().get(0).text()).isEqualTo("行政许可");
        assertThat(t.rows().get(0).cells().get(1).text()).isEqualTo("5");
        assertThat(t.rows().get(0).cells().get(1).colspan()).isEqualTo(3);
        assertThat(t.rows().get(1).cells().get(1).where().column()).isEqualTo(2);
    }

    @Test
    void charsetFromTheBytesWhenNoMetaSaysIt() {
        String page = PAGE.replace("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", "");
        Layout gb = new HtmlReader().read(page.getBytes(Charset.forName("GB18030")), "a.html");
        Layout utf8 = new HtmlReader().read(page.getBytes(StandardCharsets.UTF_8), "b.html");
        assertThat(gb.text()).isEqualTo(utf8.text()).contains("行政许可");
    }
}
