package org.gongkai.app.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The seed reports (shared/seeds), as test resources. */
final class Seeds {
    /** 江阴生态环境局 2020, template 2019: T3 总计 printed 0 beside 自然人 4 on （一） and （七）. */
    static final String JIANGYIN = "000_7d510606562a86a9.txt";
    /** 区生态环境分局 2020. */
    static final String DISTRICT = "001_070690aef0575d3b.txt";
    /** 常州市生态环境局 2021: the tables were published as images. */
    static final String CHANGZHOU = "002_725613280118eb69.txt";

    private Seeds() {}

    static byte[] bytes(String name) {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + name)) {
            if (in == null) throw new IllegalStateException("missing seed " + name);
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
