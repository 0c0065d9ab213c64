package cn.workerspalace.benchmark.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What the machine is: CPU, cores, memory, operating system, Java. */
public final class Machine {

    private Machine() {
    }

    public static Map<String, String> describe() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("CPU", cpuModel());
        facts.put("cores (available to the JVM)", String.valueOf(Runtime.getRuntime().availableProcessors()));
        facts.put("memory", memory());
        facts.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + ")");
        facts.put("Java", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        return facts;
    }

    private static String cpuModel() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/cpuinfo"));
            return lines.stream().filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String memory() {
        try {
            List<String> lines = Files.readAllLines(Path.of("/proc/meminfo"));
            return lines.stream().filter(l -> l.startsWith("MemTotal")).findFirst()
                    .map(l -> String.format("%.1f GiB", Long.parseLong(l.replaceAll("\\D", "")) / 1024.0 / 1024.0))
                    .orElse("?");
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }
}
