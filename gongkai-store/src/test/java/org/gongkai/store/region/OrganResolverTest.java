package org.gongkai.store.region;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrganResolverTest {
    private final OrganResolver resolver = OrganResolver.standard();
    private final RegionCatalogue regions = resolver.regions();

    private String path(OrganResolution r) {
        return String.join(" ", regions.path(r.region().orElseThrow()).stream().map(Region::name).toList());
    }

    @Test
    void aCountyNamedWithoutItsSuffix() {
        OrganResolution r = resolver.resolve("江阴生态环境局");
        assertThat(path(r)).isEqualTo("江苏省 无锡市 江阴市");
        assertThat(r.sector()).isEqualTo("生态环境");
    }

    @Test
    void aBranchNamedAfterItsCityAndCounty() {
        OrganResolution r = resolver.resolve("吴忠市生态环境局盐池分局");
        assertThat(path(r)).isEqualTo("宁夏回族自治区 吴忠市 盐池县");
        assertThat(r.sector()).isEqualTo("生态环境");
    }

    @Test
    void spellingsOfOneOrganShareTheirIdentity() {
        assertThat(resolver.resolve("江阴市生态环境局").identityKey()).isEqualTo(resolver.resolve("江阴生态环境局").identityKey());
        assertThat(resolver.resolve("江阴市 生态环境局").identityKey()).isEqualTo(resolver.resolve("江阴生态环境局").identityKey());
        assertThat(resolver.resolve("江阴市公安局").identityKey()).isNotEqualTo(resolver.resolve("江阴生态环境局").identityKey());
    }

    @Test
    void aPartialNameKeepsNoRegionAndNoGuess() {
        OrganResolution r = resolver.resolve("区生态环境分局", "根据《中华人民共和国政府信息公开条例》，2020年，我局严格贯彻执行");
        assertThat(r.isResolved()).isFalse();
        assertThat(r.candidates()).isEmpty();
        assertThat(r.sector()).isEqualTo("生态环境");
    }

    @Test
    void aSharedNameKeepsItsCandidatesUntilTheReportSaysWhere() {
        OrganResolution r = resolver.resolve("朝阳区公安分局");
        assertThat(r.isResolved()).isFalse();
        assertThat(r.candidates()).extracting(Region::code).containsExactly("110105", "220104");

        OrganResolution inBeijing = resolver.resolve("朝阳区公安分局", "北京市朝阳区公安分局全年主动公开信息");
        assertThat(inBeijing.region()).map(Region::code).contains("110105");
    }

    @Test
    void sectorWordsAreNeverReadAsPlaces() {
        // 公安县 is a county of 荆州市; here 公安 is the police
        OrganResolution r = resolver.resolve("荆州市公安局");
        assertThat(path(r)).isEqualTo("湖北省 荆州市");
        assertThat(r.sector()).isEqualTo("公安");
    }

    @Test
    void autonomousRegionsAreFoundByTheirShortNames() {
        assertThat(path(resolver.resolve("宁夏生态环境厅"))).isEqualTo("宁夏回族自治区");
        assertThat(path(resolver.resolve("内蒙古自治区教育厅"))).isEqualTo("内蒙古自治区");
        assertThat(path(resolver.resolve("广西公安厅"))).isEqualTo("广西壮族自治区");
    }

    @Test
    void theCatalogueFindsRegionsByCodeOrName() {
        assertThat(regions.find("32")).extracting(Region::name).containsExactly("江苏省");
        assertThat(regions.find("江阴")).extracting(Region::code).containsExactly("320281");
        assertThat(regions.find("无锡市")).extracting(Region::code).containsExactly("320200");
    }
}
