package org.gongkai.render.synth;

import java.util.List;
import java.util.Random;

/**
 * A small built-in list of real-looking organs by region and level, enough for corpora to vary in name,
 * place and size. Level decides magnitude: a province-level organ receives thousands of applications,
 * a county department a handful.
 */
final class Organs {
    enum Level { PROVINCE, CITY, COUNTY }

    record Organ(String name, Level level) {}

    private record Region(String province, String city, String county) {}

    private static final List<Region> REGIONS = List.of(
            new Region("浙江省", "杭州市", "西湖区"), new Region("浙江省", "宁波市", "鄞州区"),
            new Region("江苏省", "南京市", "江宁区"), new Region("江苏省", "泰州市", "靖江市"),
            new Region("江苏省", "无锡市", "江阴市"), new Region("广东省", "深圳市", "南山区"),
            new Region("广东省", "佛山市", "顺德区"), new Region("四川省", "成都市", "武侯区"),
            new Region("福建省", "福州市", "闽侯县"), new Region("湖北省", "武汉市", "洪山区"),
            new Region("山东省", "青岛市", "黄岛区"), new Region("河南省", "郑州市", "中牟县"),
            new Region("陕西省", "咸阳市", "杨陵区"), new Region("云南省", "昆明市", "呈贡区"),
            new Region("安徽省", "合肥市", "肥西县"), new Region("湖南省", "长沙市", "望城区"));

    private static final List<String> DEPARTMENTS = List.of(
            "生态环境局", "市场监督管理局", "自然资源和规划局", "教育局", "卫生健康委员会", "住房和城乡建设局",
            "人力资源和社会保障局", "公安局", "财政局", "交通运输局", "农业农村局", "民政局", "司法局", "水利局",
            "应急管理局", "医疗保障局", "退役军人事务局", "审计局", "统计局", "文化广电旅游局");

    private static final List<String> PROVINCE_ORGANS = List.of(
            "人民政府办公厅", "公安厅", "自然资源厅", "生态环境厅", "住房和城乡建设厅", "人力资源和社会保障厅", "交通运输厅");

    private Organs() {}

    static Organ pick(Random rnd) {
        Region r = REGIONS.get(rnd.nextInt(REGIONS.size()));
        int roll = rnd.nextInt(100);
        if (roll < 10) return new Organ(r.province + PROVINCE_ORGANS.get(rnd.nextInt(PROVINCE_ORGANS.size())), Level.PROVINCE);
        if (roll < 35) {
            if (rnd.nextInt(5) == 0) return new Organ(r.city + "人民政府", Level.CITY);
            return new Organ(r.city + DEPARTMENTS.get(rnd.nextInt(DEPARTMENTS.size())), Level.CITY);
        }
        if (rnd.nextInt(6) == 0) return new Organ(r.city + r.county + "人民政府", Level.COUNTY);
        return new Organ(r.city + r.county + DEPARTMENTS.get(rnd.nextInt(DEPARTMENTS.size())), Level.COUNTY);
    }
}
