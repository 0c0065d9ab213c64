package cn.workerspalace.localstack.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Looks for clear-text values (national ID numbers, phone numbers) wherever the system keeps or sends data: log
 * files, every text-like and binary column of every table of a database (binary read byte for byte, so a clear
 * value inside a bytea payload shows), and every record of Kafka topics (keys and values). Each finding names where.
 */
final class ClearTextScanner {

    private final List<String> needles;
    private final List<String> findings = new ArrayList<>();

    ClearTextScanner(Collection<String> needles) {
        this.needles = List.copyOf(needles);
    }

    List<String> findings() {
        return List.copyOf(findings);
    }

    ClearTextScanner logFiles(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                check("log " + file.getFileName(), new String(Files.readAllBytes(file), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Every column of a text, JSON, array or binary type of every table outside PostgreSQL's own schemas; binary
     * columns with their ASCII bytes as they are (event payloads are UTF-8 JSON) and the others escaped.
     */
    ClearTextScanner database(String name, String jdbcUrl) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             Statement statement = connection.createStatement()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery("""
                    SELECT c.table_schema, c.table_name, c.column_name, c.data_type
                      FROM information_schema.columns c
                      JOIN information_schema.tables t
                        ON t.table_schema = c.table_schema AND t.table_name = c.table_name
                     WHERE t.table_type = 'BASE TABLE'
                       AND c.table_schema NOT IN ('pg_catalog', 'information_schema')
                       AND c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'bytea',
                                           'ARRAY', 'USER-DEFINED')""")) {
                while (rows.next()) {
                    columns.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3),
                            rows.getString(4)});
                }
            }
            for (String[] column : columns) {
                String value = "bytea".equals(column[3])
                        ? "encode(\"%s\", 'escape')".formatted(column[2])
                        : "\"%s\"::text".formatted(column[2]);
                try (ResultSet rows = statement.executeQuery("SELECT " + value + " FROM \"" + column[0] + "\".\""
                        + column[1] + "\" WHERE \"" + column[2] + "\" IS NOT NULL")) {
                    while (rows.next()) {
                        check(name + " " + column[1] + "." + column[2], rows.getString(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot scan " + name + ": " + e.getMessage(), e);
        }
        return this;
    }

    /** Every record of the topics, from the first offset to the end as of now. */
    ClearTextScanner topics(String bootstrapServers, Collection<String> topics) {
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "clear-text-scan-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                            .map(info -> new TopicPartition(topic, info.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = new HashMap<>(consumer.endOffsets(partitions));
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("topics not read to their end within 2 minutes");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String where = "topic " + record.topic() + "@" + record.partition() + ":" + record.offset();
                    check(where, record.key() == null ? "" : new String(record.key(), StandardCharsets.UTF_8));
                    check(where, record.value() == null ? "" : new String(record.value(), StandardCharsets.UTF_8));
                }
            }
        }
        return this;
    }

    private void check(String where, String text) {
        if (text == null) {
            return;
        }
        for (String needle : needles) {
            if (text.contains(needle)) {
                findings.add(needle + " in " + where);
            }
        }
    }
}
