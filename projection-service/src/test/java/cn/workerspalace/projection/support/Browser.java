package cn.workerspalace.projection.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the Debian packages {@code chromium} and {@code chromium-driver}, driven by Selenium. Both
 * binaries are named explicitly so that Selenium Manager never tries to download a browser or a driver (there is no
 * internet here). Missing binaries fail the test with what to install: CI installs them, so a skip would hide a
 * broken set-up. {@code CHROMIUM_BINARY} and {@code CHROMEDRIVER_BINARY} may point elsewhere.
 */
public final class Browser {

    private static final String INSTALL = "The dashboard's browser test needs Debian's chromium and chromium-driver: "
            + "apt-get install chromium chromium-driver (.ci/run installs them).";

    private Browser() {
    }

    /** A new headless Chromium with a fresh profile, its window {@code width} x {@code height}. */
    public static ChromeDriver start(int width, int height) {
        File chromium = executable("CHROMIUM_BINARY", "/usr/bin/chromium");
        File chromedriver = executable("CHROMEDRIVER_BINARY", "/usr/bin/chromedriver");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, chromedriver.getPath());
        Path profile;
        try {
            profile = Files.createTempDirectory("dashboard-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + profile, "--window-size=" + width + "," + height,
                "--lang=zh-CN", "--force-device-scale-factor=1");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver)
                .usingAnyFreePort()
                .withTimeout(Duration.ofSeconds(60))
                .build();
        return new ChromeDriver(service, options);
    }

    private static File executable(String variable, String fallback) {
        String configured = System.getenv(variable);
        File file = new File(configured == null || configured.isBlank() ? fallback : configured);
        if (!file.canExecute()) {
            throw new AssertionError(file + " is missing or not executable. " + INSTALL);
        }
        return file;
    }
}
