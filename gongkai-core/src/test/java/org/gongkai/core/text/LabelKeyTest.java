package org.gongkai.core.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LabelKeyTest {

    @Test
    void whitespace_width_and_quotes_do_not_matter() {
        assertThat(LabelKey.of("3.危及“三安全一 稳定”")).isEqualTo("3.危及三安全一稳定");
        assertThat(LabelKey.of("（二）部分公开（区分处理的，只计这一情形，不计其他情形）"))
                .isEqualTo(LabelKey.of("(二) 部分公开(区分处理的，只计这一情形，不计其他情形)"));
        assertThat(LabelKey.of("结 果\n维 持")).isEqualTo("结果维持");
        assertThat(LabelKey.of("本年收费金额(单位:万元)")).isEqualTo(LabelKey.of("本年收费金额（单位：万元）"));
    }

    @Test
    void strips_leading_enumerators_but_not_numbers() {
        assertThat(LabelKey.withoutEnumerator(LabelKey.of("（三）不予公开"))).isEqualTo("不予公开");
        assertThat(LabelKey.withoutEnumerator("1.属于国家秘密")).isEqualTo("属于国家秘密");
        assertThat(LabelKey.withoutEnumerator("3、收到和处理")).isEqualTo("收到和处理");
        assertThat(LabelKey.withoutEnumerator("三、本年度办理结果")).isEqualTo("本年度办理结果");
        assertThat(LabelKey.withoutEnumerator("1.5万")).isEqualTo("1.5万");
        assertThat(LabelKey.isBareEnumerator("(六)")).isTrue();
        assertThat(LabelKey.isBareEnumerator("(六)其他处理")).isFalse();
    }
}
