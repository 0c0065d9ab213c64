package cn.workerspalace.faulttests;

import cn.workerspalace.localstack.testkit.Http;
import java.net.URI;

/** Reads a service's Prometheus scrape. */
final class Metrics {

    private Metrics() {
    }

    /** The sum of every series of {@code name} (all tags), 0 when the service does not expose it. */
    static double sum(Http http, URI service, String name) {
        double sum = 0;
        for (String line : http.text(service, "/actuator/prometheus").split("\n")) {
            if (line.startsWith(name + "{") || line.startsWith(name + " ")) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }
}
