package org.gongkai.app.web;

import org.gongkai.store.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages in Debian's Chromium, headless: upload seeds, read a report's tables, click a cell with a finding,
 * review it, see the dashboard, compare two reports. Skipped when Chromium is not installed.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path tmp;
    static Store store;
    static WebServer web;
    static ChromeDriver browser;
    static WebDriverWait wait;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium not installed: apt-get install chromium chromium-driver (as .ci/run does) to run the browser tests");
        store = Store.open(tmp.resolve("db").toString());
        web = WebServer.start(store, WebServer.options().port(0).uploadDir(tmp.resolve("uploads")));
        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1500,1300", "--user-data-dir=" + Files.createDirectories(tmp.resolve("profile")));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        browser = new ChromeDriver(service, o);
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        // a form post reloads the page: an element read while it does so is stale, and is simply read again
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (web != null) web.close();
        if (store != null) store.close();
    }

    @Test
    void uploadReadCellCompareAndOverview() throws Exception {
        Path jiangyin = tmp.resolve("江阴生态环境局2020.txt");
        Path district = tmp.resolve("区生态环境分局2020.txt");
        Files.write(jiangyin, Seeds.bytes(Seeds.JIANGYIN));
        Files.write(district, Seeds.bytes(Seeds.DISTRICT));

        // 导入: two files at once, each with its own row, progress and status
        browser.get(url("/import"));
        browser.findElement(By.id("files")).sendKeys(jiangyin + "\n" + district);
        wait.until(d -> d.findElements(By.cssSelector("#uploads tbody tr.done")).size() == 2);
        List<WebElement> rows = browser.findElements(By.cssSelector("#uploads tbody tr"));
        assertThat(rows).extracting(WebElement::getText).allSatisfy(t -> assertThat(t).contains("parsed").contains("查看报告"));
        rows.stream().filter(r -> r.getText().contains("江阴")).findFirst().orElseThrow()
                .findElement(By.linkText(rows.get(0).getText().contains("江阴") ? rows.get(0).findElement(By.tagName("a")).getText()
                        : rows.get(1).findElement(By.tagName("a")).getText())).click();

        // 报告: the three tables in the template's layout
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("table-T3")));
        assertThat(browser.findElement(By.id("report-title")).getText()).isEqualTo("江阴生态环境局2020年政府信息公开工作年度报告");
        assertThat(browser.findElement(By.id("table-T2")).getText()).contains("行政许可").contains("810").contains("减60");
        assertThat(browser.findElement(By.id("table-T3")).getText()).contains("（一）予以公开").contains("（七）总计");
        assertThat(browser.findElement(By.id("table-T4")).getText()).contains("行政复议").contains("复议后起诉");

        // seed 000 prints 总计 0 on （一）予以公开 beside 自然人 4: the cell is flagged; clicking shows why and where
        WebElement granted = browser.findElement(By.cssSelector("td[data-cell='requests.granted.total']"));
        assertThat(granted.getAttribute("class")).contains("flagged").contains("sev-error");
        granted.click();
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("cell-panel")));
        assertThat(browser.findElement(By.id("cell-name")).getText()).isEqualTo("（一）予以公开 · 总计");
        assertThat(browser.findElement(By.id("cell-where")).getText()).isEqualTo("第132行");
        // the source shows the line read (132 of the seed) among its neighbours
        assertThat(browser.findElement(By.id("cell-source")).getText()).contains("▶ 132  0").contains("129  0");
        assertThat(browser.findElement(By.id("cell-findings")).getText()).contains("（一）予以公开 · 总计：0 ≠ 各类申请人之和 4");
        assertThat(browser.findElements(By.cssSelector("ol.findings li.highlight"))).isNotEmpty();
        assertThat(panel.isDisplayed()).isTrue();
        Path shot = Path.of("target", "report-page.png");
        Files.createDirectories(shot.getParent());
        Files.write(shot, browser.getScreenshotAs(OutputType.BYTES));

        // review: confirm the finding with a note; the decision is kept
        WebElement item = browser.findElement(By.cssSelector("ol.findings li.highlight"));
        String id = item.getAttribute("id");
        item.findElement(By.name("note")).sendKeys("已与原件核对");
        item.findElement(By.cssSelector("button[value='confirmed']")).click();
        wait.until(d -> d.findElement(By.id(id)).getText().contains("已确认"));
        assertThat(browser.findElement(By.id(id)).getText()).contains("已与原件核对");

        // 总览: both reports, and one of them with errors
        browser.get(url("/"));
        assertThat(browser.findElement(By.id("count-reports")).getText()).isEqualTo("2");
        String table = browser.findElement(By.id("reports")).getText();
        assertThat(table).contains("江阴生态环境局").contains("区生态环境分局");

        // 比较: pick the two in the compare form
        browser.get(url("/compare"));
        List<WebElement> selects = browser.findElements(By.tagName("select"));
        new Select(selects.get(0)).selectByVisibleText(label(selects.get(0), "江阴"));
        new Select(selects.get(1)).selectByVisibleText(label(selects.get(1), "区生态环境分局"));
        browser.findElement(By.cssSelector("form.filters button")).click();
        WebElement licensing = wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#compare-cells tr[data-cell='proactive.licensing.previous']")));
        // 行政许可 上一年项目数量: 810 in 江阴's report, 28 in the district's
        assertThat(licensing.getAttribute("class")).contains("changed");
        assertThat(licensing.getText()).contains("810").contains("28").contains("-782");
        assertThat(browser.findElements(By.cssSelector(".sentences .s-added"))).isNotEmpty();
    }

    private static String label(WebElement select, String containing) {
        return new Select(select).getOptions().stream().map(WebElement::getText).filter(t -> t.contains(containing))
                .findFirst().orElseThrow();
    }

    private static String url(String path) { return "http://127.0.0.1:" + web.port() + path; }

}
