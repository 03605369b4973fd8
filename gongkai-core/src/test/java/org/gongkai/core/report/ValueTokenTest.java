package org.gongkai.core.report;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ValueTokenTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "0|0", "810|810", "减60|-60", "增12|12", "1（增）|1", "34（减）|-34", "+2|2", "-18|-18",
            "１２|12", "1,234|1234", "14.35|14.35", "24252.311082|24252.311082", "增加3|3", "减少4|-4", "5件|5"})
    void reads_the_tokens_reports_print(String raw, String expected) {
        ValueToken t = ValueToken.parse(raw);
        assertThat(t.value().number()).isEqualByComparingTo(new BigDecimal(expected));
        assertThat(t.nil()).isFalse();
    }

    @Test
    void keeps_the_printed_decimal_scale() {
        assertThat(ValueToken.parse("14.350").value().number().toPlainString()).isEqualTo("14.350");
    }

    @Test
    void an_amount_keeps_its_number_and_its_unit_apart() {
        ValueToken t = ValueToken.parse("22.36万元");
        assertThat(t.value().number()).isEqualByComparingTo("22.36");
        assertThat(t.unit()).isEqualTo("万元");
        assertThat(ValueToken.parse("251000元").unit()).isEqualTo("元");
        assertThat(ValueToken.parse("14.35").unit()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"''", "' '", "'\u3000'", "'\u00a0'"})
    void blank_is_blank_not_zero(String raw) {
        assertThat(ValueToken.parse(raw).value().isBlank()).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"-", "—", "－", "/", "／", "无"})
    void nil_tokens_read_as_zero_and_say_so(String raw) {
        ValueToken t = ValueToken.parse(raw);
        assertThat(t.value().number()).isEqualByComparingTo("0");
        assertThat(t.nil()).isTrue();
    }

    @Test
    void a_sentence_in_a_count_cell_is_text() {
        ValueToken t = ValueToken.parse("详见附件");
        assertThat(t.value()).isEqualTo(new CellValue.Text("详见附件"));
        assertThat(ValueToken.isValueLike("详见附件")).isFalse();
        assertThat(ValueToken.isValueLike("")).isTrue();
    }
}
