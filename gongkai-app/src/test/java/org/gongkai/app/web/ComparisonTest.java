package org.gongkai.app.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonTest {
    @Test
    void sentencesEndAtChineseStopsAndLineBreaks() {
        assertThat(Comparison.sentences("本年共公开信息3053条。其中门户网站2492条；微信281篇！\n加强培训"))
                .containsExactly("本年共公开信息3053条。", "其中门户网站2492条；", "微信281篇！", "加强培训");
    }

    @Test
    void aChangedSentenceIsRemovedThenAdded() {
        List<Comparison.Sentence> d = Comparison.diff(
                List.of("制定实施方案。", "全年公开信息3053条。", "加强培训。"),
                List.of("制定实施方案。", "全年公开信息2890条。", "加强培训。", "新增政策解读。"));
        assertThat(d).containsExactly(
                new Comparison.Sentence("same", "制定实施方案。"),
                new Comparison.Sentence("removed", "全年公开信息3053条。"),
                new Comparison.Sentence("added", "全年公开信息2890条。"),
                new Comparison.Sentence("same", "加强培训。"),
                new Comparison.Sentence("added", "新增政策解读。"));
    }
}
